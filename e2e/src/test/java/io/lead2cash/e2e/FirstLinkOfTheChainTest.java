package io.lead2cash.e2e;

import static io.lead2cash.e2e.SuiteUnderTest.anonymous;
import static io.lead2cash.e2e.SuiteUnderTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.devstack.KafkaRecords;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A lead created and qualified through the gateway, seen on Kafka, and the opportunity it opens. */
class FirstLinkOfTheChainTest {

    @Test
    void aLeadCreatedAndQualifiedThroughTheGatewayReachesKafkaAsLeadQualified() throws Exception {
        // Its own company and e-mail, so duplicate detection finds nothing on a suite that has run this before.
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        String id = as("alice", "north", "sales-rep")
                .body("""
                        {"topic": "Espresso machines for Lyon", "firstName": "Ana", "lastName": "Silva",
                         "companyName": "Café Lumière e2e %s", "email": "ana.%s@e2e.lumiere.example",
                         "estimatedValue": {"amount": "12500", "currency": "EUR"}, "rating": "HOT"}"""
                        .formatted(run, run))
                .when().post("/api/leads").then()
                .statusCode(201)
                .header("Location", startsWith(SuiteUnderTest.get().gatewayUrl() + "/api/leads/"))
                .extract().path("id");

        var qualified = as("alice", "north", "sales-rep").when().post("/api/leads/" + id + "/qualify").then()
                .statusCode(200).body("lead.state", is("QUALIFIED")).extract();

        var records = KafkaRecords.await(SuiteUnderTest.get().bootstrapServers(), "lead2cash.leads",
                r -> id.equals(r.key()) && "lead2cash.lead.qualified.v1".equals(KafkaRecords.header(r, "ce_type")),
                1, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        assertThat(KafkaRecords.header(records.get(0), "ce_source")).isEqualTo("urn:lead2cash:leads-service");
        JsonNode event = new ObjectMapper().readTree(records.get(0).value());
        assertThat(event.path("account").path("id").asText()).isEqualTo(qualified.<String>path("accountId"));
        assertThat(event.path("opportunity").path("estimatedRevenue").path("amount").asText()).isEqualTo("12500.00");

        // The opportunity-service consumed it: the deal is open, in Develop, owned by the lead's owner.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("alice", "north", "sales-rep")
                .queryParam("originatingLeadId", id).when().get("/api/opportunities").then().statusCode(200)
                .body("totalItems", is(1))
                .body("items[0].salesStage", is("DEVELOP"))
                .body("items[0].customerId", is(qualified.<String>path("accountId")))
                .body("items[0].estimatedRevenue.amount", is("12500.00")));
        as("bob", "south", "sales-rep").queryParam("originatingLeadId", id).when().get("/api/opportunities").then()
                .body("totalItems", is(0));
    }

    @Test
    void theGatewayIsReadyBecauseEveryServiceIs() {
        anonymous().when().get("/q/health/ready").then().statusCode(200)
                .body("checks[0].data.leads-service", is("UP"))
                .body("checks[0].data.catalog-service", is("UP"))
                .body("checks[0].data.opportunity-service", is("UP"))
                .body("checks[0].data.billing-service", is("UP"));
    }

    @Test
    void theServicesBehindTheGatewayRefuseCallsWithoutAValidToken() {
        anonymous().when().get("/api/leads").then().statusCode(401).contentType("application/problem+json");
        anonymous().header("Authorization", "Bearer not.a.token").when().get("/api/accounts").then().statusCode(401);
        as("ben", null, "billing-clerk").when().get("/api/leads").then().statusCode(403);
    }
}
