package io.lead2cash.leads;

import static io.lead2cash.leads.Fixtures.alice;
import static io.lead2cash.leads.Fixtures.createLead;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.EventSchemas;
import io.lead2cash.events.Topics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What a plain Kafka consumer sees on the leads topic: CloudEvents whose data match the published schemas. */
@QuarkusTest
class PublishedEventsTest {

    @Inject
    ObjectMapper json;

    @Test
    void qualifyingPublishesLeadQualifiedWithTheCustomerAndTheOpportunityToOpen() throws Exception {
        String id = createLead(alice(), "Espresso machines for Lyon").path("id");
        var qualification = alice().header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .body("{\"opportunity\": {\"estimatedCloseDate\": \"2027-03-31\"}}")
                .when().post("/api/leads/" + id + "/qualify").then().statusCode(200).extract();

        ConsumerRecord<String, String> record = awaitEvent(id, "lead2cash.lead.qualified.v1");
        assertThat(record.key()).isEqualTo(id);
        assertThat(KafkaRecords.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaRecords.header(record, "ce_source")).isEqualTo("urn:lead2cash:leads-service");
        assertThat(KafkaRecords.header(record, "ce_subject")).isEqualTo(id);
        assertThat(KafkaRecords.header(record, "ce_id")).isNotBlank();
        assertThat(KafkaRecords.header(record, "ce_time")).isNotBlank();
        assertThat(KafkaRecords.header(record, "traceparent")).isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

        JsonNode event = json.readTree(record.value());
        assertThat(event.path("eventId").asText()).isEqualTo(KafkaRecords.header(record, "ce_id"));
        assertThat(event.path("lead").path("state").asText()).isEqualTo("QUALIFIED");
        assertThat(event.path("account").path("id").asText()).isEqualTo(qualification.<String>path("accountId"));
        assertThat(event.path("accountCreated").asBoolean()).isTrue();
        assertThat(event.path("contact").path("email").asText()).endsWith("@lumiere.example");
        JsonNode opportunity = event.path("opportunity");
        assertThat(opportunity.path("topic").asText()).isEqualTo("Espresso machines for Lyon");
        assertThat(opportunity.path("customerType").asText()).isEqualTo("ACCOUNT");
        assertThat(opportunity.path("customerId").asText()).isEqualTo(qualification.<String>path("accountId"));
        assertThat(opportunity.path("estimatedRevenue").path("amount").asText()).isEqualTo("12500.00");
        assertThat(opportunity.path("currency").asText()).isEqualTo("EUR");
        assertThat(opportunity.path("estimatedCloseDate").asText()).isEqualTo("2027-03-31");
        assertThat(opportunity.path("ownerId").asText()).isEqualTo("alice");
    }

    @Test
    void everyEventTheServiceEmitsValidatesAgainstItsPublishedSchema() {
        String id = createLead(alice(), "Schema check").path("id");
        alice().header("If-Match", "\"0\"").body(Fixtures.leadBody("Schema check, edited")).when().put("/api/leads/" + id)
                .then().statusCode(200);
        alice().body("{\"reason\": \"CANNOT_CONTACT\"}").when().post("/api/leads/" + id + "/disqualify").then().statusCode(200);
        alice().when().post("/api/leads/" + id + "/reactivate").then().statusCode(200);
        var qualification = alice().when().post("/api/leads/" + id + "/qualify").then().statusCode(200).extract();
        String accountId = qualification.path("accountId");
        String contactId = qualification.path("contactId");
        alice().header("If-Match", "*").body("{\"name\": \"Renamed\"}").when().put("/api/accounts/" + accountId).then().statusCode(200);
        alice().header("If-Match", "*").body("{\"lastName\": \"Renamed\"}").when().put("/api/contacts/" + contactId).then().statusCode(200);

        List<String> subjects = List.of(id, accountId, contactId);
        var records = KafkaRecords.await(bootstrap(), Topics.LEADS,
                r -> subjects.contains(KafkaRecords.header(r, "ce_subject")), 9, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> KafkaRecords.header(r, "ce_type")).containsExactlyInAnyOrder(
                "lead2cash.lead.created.v1", "lead2cash.lead.updated.v1", "lead2cash.lead.disqualified.v1",
                "lead2cash.lead.reactivated.v1", "lead2cash.account.created.v1", "lead2cash.contact.created.v1",
                "lead2cash.lead.qualified.v1", "lead2cash.account.updated.v1", "lead2cash.contact.updated.v1");
        for (ConsumerRecord<String, String> record : records) {
            assertThat(EventSchemas.violations(KafkaRecords.header(record, "ce_type"), record.value()))
                    .as("%s %s", KafkaRecords.header(record, "ce_type"), record.value()).isEmpty();
        }
        List<String> leadTypes = records.stream().filter(r -> id.equals(r.key()))
                .map(r -> KafkaRecords.header(r, "ce_type")).toList();
        assertThat(leadTypes).as("a lead's events arrive in the order they happened").containsExactly(
                "lead2cash.lead.created.v1", "lead2cash.lead.updated.v1", "lead2cash.lead.disqualified.v1",
                "lead2cash.lead.reactivated.v1", "lead2cash.lead.qualified.v1");
    }

    private static ConsumerRecord<String, String> awaitEvent(String subject, String type) {
        var records = KafkaRecords.await(bootstrap(), Topics.LEADS,
                r -> subject.equals(KafkaRecords.header(r, "ce_subject")) && type.equals(KafkaRecords.header(r, "ce_type")),
                1, Duration.ofSeconds(30));
        assertThat(records).as("%s for %s", type, subject).hasSize(1);
        return records.get(0);
    }

    private static String bootstrap() {
        return DevStackTestResource.stack().bootstrapServers();
    }
}
