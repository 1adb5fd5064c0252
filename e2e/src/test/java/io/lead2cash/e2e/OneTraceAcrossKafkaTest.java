package io.lead2cash.e2e;

import static io.lead2cash.e2e.SuiteUnderTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lead2cash.devstack.KafkaRecords;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The trace of a qualify call travels with LeadQualified through Kafka to the opportunity it opens. */
class OneTraceAcrossKafkaTest {

    @Test
    void theQualifyCallsTraceReachesTheOpportunityOpenedByTheConsumer() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";
        var alice = as("alice", "north", "sales-rep");
        String lead = alice.body("{\"topic\": \"Traced\", \"lastName\": \"Trace\", \"companyName\": \"Traced " + traceId + "\"}")
                .when().post("/api/leads").then().statusCode(201).extract().path("id");
        as("alice", "north", "sales-rep").header("traceparent", traceparent).body("{}").when()
                .post("/api/leads/" + lead + "/qualify").then().statusCode(200).header("traceparent", traceparent);

        String bootstrap = SuiteUnderTest.get().bootstrapServers();
        var qualified = KafkaRecords.await(bootstrap, "lead2cash.leads",
                r -> lead.equals(r.key()) && "lead2cash.lead.qualified.v1".equals(KafkaRecords.header(r, "ce_type")), 1,
                Duration.ofSeconds(30));
        assertThat(KafkaRecords.header(qualified.get(0), "traceparent")).contains(traceId);

        String opportunity = await().atMost(Duration.ofSeconds(30)).until(() -> as("alice", "north", "sales-rep")
                .queryParam("originatingLeadId", lead).when().get("/api/opportunities").then().extract()
                .<String>path("items[0].id"), id -> id != null);
        var created = KafkaRecords.await(bootstrap, "lead2cash.opportunities",
                r -> opportunity.equals(r.key()) && "lead2cash.opportunity.created.v1".equals(KafkaRecords.header(r, "ce_type")),
                1, Duration.ofSeconds(30));
        assertThat(KafkaRecords.header(created.get(0), "traceparent")).contains(traceId);
    }
}
