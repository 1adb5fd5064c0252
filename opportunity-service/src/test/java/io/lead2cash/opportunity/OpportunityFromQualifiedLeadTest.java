package io.lead2cash.opportunity;

import io.lead2cash.events.CustomerType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.EventSchemas;
import io.lead2cash.events.Money;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.events.Topics;
import io.lead2cash.events.leads.AccountData;
import io.lead2cash.events.leads.LeadData;
import io.lead2cash.events.leads.LeadQualified;
import io.lead2cash.events.leads.LeadState;
import io.lead2cash.events.leads.LeadStatusReason;
import io.lead2cash.events.leads.RequestedOpportunity;
import io.lead2cash.events.Rating;
import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.lead2cash.platform.testing.EventsOnTheBroker;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** LeadQualified, as leads-service publishes it on the real broker, opens exactly one opportunity. */
@QuarkusTest
class OpportunityFromQualifiedLeadTest {

    @Test
    void aQualifiedLeadBecomesOneOpportunityInDevelopWhateverTheRedeliveries() throws Exception {
        UUID lead = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        LeadQualified event = qualified(lead, account, true);
        publish(event);
        publish(event);
        publish(qualified(lead, account, true));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> manager().queryParam("originatingLeadId", lead)
                .when().get("/api/opportunities").then().statusCode(200).body("totalItems", is(1)));
        Thread.sleep(1500);
        manager().queryParam("originatingLeadId", lead).when().get("/api/opportunities").then()
                .body("totalItems", is(1))
                .body("items[0].topic", is("Espresso machines for Lyon"))
                .body("items[0].salesStage", is("DEVELOP"))
                .body("items[0].state", is("OPEN"))
                .body("items[0].customerType", is("ACCOUNT"))
                .body("items[0].customerId", is(account.toString()))
                .body("items[0].customerName", is("Café Lumière"))
                .body("items[0].ownerId", is("alice"))
                .body("items[0].owningTeam", is("north"))
                .body("items[0].currency", is("EUR"))
                .body("items[0].estimatedRevenue.amount", is("12500.00"))
                .body("items[0].estimatedCloseDate", is("2027-03-31"));
        String id = manager().queryParam("originatingLeadId", lead).when().get("/api/opportunities").then()
                .extract().path("items[0].id");
        var created = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.OPPORTUNITIES,
                r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(created).hasSize(1);
        assertThat(KafkaRecords.header(created.get(0), "ce_type")).isEqualTo("lead2cash.opportunity.created.v1");
        assertThat(EventSchemas.violations("lead2cash.opportunity.created.v1", created.get(0).value())).isEmpty();
    }

    @Test
    void aLeadQualifiedWithoutAnOpportunityOpensNone() throws Exception {
        UUID lead = UUID.randomUUID();
        publish(qualified(lead, UUID.randomUUID(), false));
        UUID marker = UUID.randomUUID();
        publish(qualified(marker, UUID.randomUUID(), true));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> manager().queryParam("originatingLeadId", marker)
                .when().get("/api/opportunities").then().body("totalItems", is(1)));
        manager().queryParam("originatingLeadId", lead).when().get("/api/opportunities").then().body("totalItems", is(0));
    }

    private void publish(LeadQualified event) {
        EventsOnTheBroker.publish(event, "urn:lead2cash:leads-service");
    }

    private static LeadQualified qualified(UUID lead, UUID account, boolean withOpportunity) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Money value = Money.of("12500.00", "EUR");
        return new LeadQualified(UUID.randomUUID(), now,
                new LeadData(lead, "Espresso machines for Lyon", "Ana", "Silva", "Café Lumière", "ana@lumiere.example", null,
                        null, PostalAddress.NONE, value, Rating.HOT, "Web", null, LeadState.QUALIFIED, LeadStatusReason.QUALIFIED, "alice",
                        "north", account, null, now, now),
                new AccountData(account, "Café Lumière", null, null, null, null, PostalAddress.NONE, null, "alice", "north"), true,
                null, false,
                withOpportunity ? new RequestedOpportunity("Espresso machines for Lyon", CustomerType.ACCOUNT,
                        account, value, "EUR", null, LocalDate.of(2027, 3, 31), Rating.HOT, null, "alice", "north") : null);
    }

    private static io.restassured.specification.RequestSpecification manager() {
        return Auth.as("maria", null, Roles.SALES_MANAGER);
    }
}
