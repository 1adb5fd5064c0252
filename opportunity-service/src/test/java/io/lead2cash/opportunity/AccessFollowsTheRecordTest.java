package io.lead2cash.opportunity;

import static io.lead2cash.opportunity.Reps.alice;
import static io.lead2cash.opportunity.Reps.bob;
import static io.lead2cash.opportunity.Reps.dave;
import static io.lead2cash.opportunity.Reps.maria;
import static io.lead2cash.opportunity.Reps.nora;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.events.Topics;
import io.lead2cash.events.billing.InvoiceCreated;
import io.lead2cash.events.leads.AccountData;
import io.lead2cash.events.leads.AccountUpdated;
import io.lead2cash.events.leads.CustomerRecordShareRevoked;
import io.lead2cash.events.leads.CustomerRecordShared;
import io.lead2cash.events.leads.LeadCreated;
import io.lead2cash.events.leads.LeadData;
import io.lead2cash.events.leads.LeadState;
import io.lead2cash.events.leads.LeadStatusReason;
import io.lead2cash.events.leads.LeadUpdated;
import io.lead2cash.events.Rating;
import io.lead2cash.events.ShareAccess;
import io.lead2cash.events.SharePrincipalType;
import io.lead2cash.platform.testing.EventsOnTheBroker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Notes, activities and timelines follow the record they regard, on the suite's one access model: the deal for its
 * quotes, orders and invoices (as this service knows the deal now, not as a document's event once named its owner), a
 * lead's owner, team and shares as the leads-service publishes them; never the author's team.
 */
@QuarkusTest
class AccessFollowsTheRecordTest {

    private static String opportunityOf(RequestSpecification owner) {
        return owner.body("""
                {"topic": "Access %s", "customerType": "ACCOUNT", "customerId": "%s", "currency": "EUR"}"""
                .formatted(UUID.randomUUID(), Customers.account())).when().post("/api/opportunities").then()
                .statusCode(201).extract().path("id");
    }

    private static String share(String opportunity, String with, String access) {
        return """
                {"principalType": "USER", "principalId": "%s", "access": "%s"}""".formatted(with, access);
    }

    private static String call(String type, Object id) {
        return """
                {"type": "PHONE_CALL", "regardingType": "%s", "regardingId": "%s", "subject": "Call",
                 "direction": "OUTGOING"}""".formatted(type, id);
    }

    @Test
    void aNoteOnADealSharedWithItsAuthorIsNotReadByTheAuthorsTeamAndLeavesWithTheShare() {
        String opportunity = opportunityOf(bob());
        bob().body(share(opportunity, "alice", "READ_WRITE")).when().post("/api/opportunities/" + opportunity + "/shares")
                .then().statusCode(200);
        String note = alice().body("{\"text\": \"Budget is approved\"}").when()
                .post("/api/opportunities/" + opportunity + "/notes").then().statusCode(201).extract().path("id");
        String activity = alice().body(call("OPPORTUNITY", opportunity)).when().post("/api/activities").then()
                .statusCode(201).extract().path("id");

        // Nora is in alice's team, not on bob's deal: nothing regarding it is hers to read or change.
        nora().when().get("/api/notes/" + note).then().statusCode(403);
        nora().contentType("text/plain").body("x".getBytes()).when().put("/api/notes/" + note + "/attachment?fileName=x.txt")
                .then().statusCode(403);
        nora().when().get("/api/activities/" + activity).then().statusCode(403);
        nora().header("If-Match", "*").body("{\"subject\": \"Taken over\"}").when().put("/api/activities/" + activity)
                .then().statusCode(403);
        List<String> listed = nora().queryParam("regardingOpportunityId", opportunity).when().get("/api/activities").then()
                .statusCode(200).extract().path("items.id");
        assertThat(listed).isEmpty();
        bob().when().get("/api/notes/" + note).then().statusCode(200);

        bob().when().delete("/api/opportunities/" + opportunity + "/shares/USER/alice").then().statusCode(204);
        alice().when().get("/api/notes/" + note).then().statusCode(403);
        alice().when().get("/api/opportunities/" + opportunity + "/timeline").then().statusCode(403);
        // She still works the call she owns.
        alice().when().get("/api/activities/" + activity).then().statusCode(200);
    }

    @Test
    void aReadShareReadsTheDealsTimelineButAddsNothingToIt() {
        String opportunity = opportunityOf(alice());
        alice().body(share(opportunity, "bob", "READ")).when().post("/api/opportunities/" + opportunity + "/shares")
                .then().statusCode(200);
        alice().body("{\"text\": \"Kick-off\"}").when().post("/api/opportunities/" + opportunity + "/notes").then()
                .statusCode(201);
        bob().when().get("/api/opportunities/" + opportunity + "/timeline").then().statusCode(200)
                .body("items[0].body", is("Kick-off"));
        bob().body("{\"text\": \"Mine\"}").when().post("/api/opportunities/" + opportunity + "/notes").then()
                .statusCode(403);
        bob().body(call("OPPORTUNITY", opportunity)).when().post("/api/activities").then().statusCode(403);
    }

    @Test
    void theTimelineAndNotesOfADealsInvoiceGoWithTheDealToItsNewOwner() {
        String opportunity = opportunityOf(alice());
        UUID invoice = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        EventsOnTheBroker.publish(new InvoiceCreated(UUID.randomUUID(), now, BillingSide.invoice(invoice,
                UUID.fromString(opportunity), "INV-2026-888888", "alice", "north", Customers.account(), "100.00"),
                List.of()), "urn:lead2cash:billing-service");
        String[] note = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var answer = alice().body("{\"text\": \"Paid late last year\"}").when()
                    .post("/api/invoices/" + invoice + "/notes").then().extract();
            note[0] = answer.statusCode() == 201 ? answer.path("id") : null;
            return note[0] != null;
        });

        maria().body("{\"ownerId\": \"bob\", \"owningTeam\": \"south\"}").when()
                .post("/api/opportunities/" + opportunity + "/assign").then().statusCode(200);
        // Billing publishes nothing when it moves the invoice to bob: the deal decides, as this service knows it now.
        alice().when().get("/api/invoices/" + invoice + "/timeline").then().statusCode(403);
        alice().when().get("/api/notes/" + note[0]).then().statusCode(403);
        alice().body("{\"text\": \"Still mine?\"}").when().post("/api/invoices/" + invoice + "/notes").then()
                .statusCode(403);
        nora().when().get("/api/invoices/" + invoice + "/timeline").then().statusCode(403);
        bob().when().get("/api/invoices/" + invoice + "/timeline").then().statusCode(200)
                .body("items[0].id", is(note[0]));
        bob().body("{\"text\": \"Taking it from here\"}").when().post("/api/invoices/" + invoice + "/notes").then()
                .statusCode(201);
    }

    private static LeadData lead(UUID id, String owner, String team, Instant at) {
        return new LeadData(id, "Espresso bar", "Ana", "Silva", "Café Lumière", null, null, null, PostalAddress.NONE, null,
                Rating.WARM, null, null, LeadState.OPEN, LeadStatusReason.NEW, owner, team, null, null, at, at);
    }

    /** A lead of alice's the leads-service published at {@code now}, known here when this returns. */
    private static UUID alicesLead(Instant now) {
        UUID lead = UUID.randomUUID();
        EventsOnTheBroker.publish(new LeadCreated(UUID.randomUUID(), now, lead(lead, "alice", "north", now)),
                "urn:lead2cash:leads-service");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                alice().when().get("/api/leads/" + lead + "/timeline").then().statusCode(200));
        return lead;
    }

    @Test
    void aLeadSharedInTheLeadsServiceOpensItsTimelineHereAndAForgedShareOpensNothing() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID lead = alicesLead(now);
        bob().when().get("/api/leads/" + lead + "/timeline").then().statusCode(403);

        EventsOnTheBroker.publish(new CustomerRecordShared(UUID.randomUUID(), now, "lead", lead, SharePrincipalType.USER,
                "bob", ShareAccess.READ, "alice"), "urn:lead2cash:leads-service");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                bob().when().get("/api/leads/" + lead + "/timeline").then().statusCode(200));
        bob().body("{\"text\": \"Read only\"}").when().post("/api/leads/" + lead + "/notes").then().statusCode(403);

        EventsOnTheBroker.publish(new CustomerRecordShareRevoked(UUID.randomUUID(), now, "lead", lead,
                SharePrincipalType.USER, "bob", "alice"), "urn:lead2cash:leads-service");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                bob().when().get("/api/leads/" + lead + "/timeline").then().statusCode(403));

        // The leads topic shares leads, accounts and contacts: a "share" of a deal on it is parked, and opens nothing.
        String opportunity = opportunityOf(alice());
        EventsOnTheBroker.publish(new CustomerRecordShared(UUID.randomUUID(), now, "opportunity",
                UUID.fromString(opportunity), SharePrincipalType.USER, "dave", ShareAccess.READ_WRITE, "mallory"),
                "urn:lead2cash:leads-service");
        var parked = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(),
                Topics.deadLetterTopic("opportunity-service"), r -> opportunity.equals(r.key()), 1, Duration.ofSeconds(60));
        assertThat(KafkaRecords.header(parked.get(0), "dead-letter-cause")).contains("not a opportunity");
        dave().when().get("/api/opportunities/" + opportunity).then().statusCode(403);
        dave().when().get("/api/opportunities/" + opportunity + "/timeline").then().statusCode(403);
    }

    @Test
    void theActivitiesListFollowsTheLeadOrDealTheyRegardAsItChangesHands() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID lead = alicesLead(now);
        String onLead = alice().body(call("LEAD", lead.toString())).when().post("/api/activities").then().statusCode(201)
                .extract().path("id");
        String opportunity = opportunityOf(alice());
        String onDeal = nora().body(call("OPPORTUNITY", opportunity)).when().post("/api/activities").then()
                .statusCode(201).extract().path("id");
        assertThat(listed(bob(), lead)).isEmpty();
        assertThat(listed(nora(), lead)).containsExactly(onLead);

        // The leads-service gives the lead to bob's team: the list (which keeps the root's owner) follows.
        EventsOnTheBroker.publish(new LeadUpdated(UUID.randomUUID(), now.plusSeconds(1), lead(lead, "bob", "south",
                now.plusSeconds(1))), "urn:lead2cash:leads-service");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(listed(bob(), lead)).containsExactly(onLead));
        assertThat(listed(nora(), lead)).isEmpty();
        assertThat(listed(alice(), lead)).containsExactly(onLead); // she owns the call

        alice().body("{\"ownerId\": \"dave\", \"owningTeam\": \"west\"}").when()
                .post("/api/opportunities/" + opportunity + "/assign").then().statusCode(200);
        assertThat(listed(dave(), UUID.fromString(opportunity))).containsExactly(onDeal);
        assertThat(listed(alice(), UUID.fromString(opportunity))).isEmpty();
        assertThat(listed(nora(), UUID.fromString(opportunity))).containsExactly(onDeal); // hers, though the deal went
        alice().when().get("/api/activities/" + onDeal).then().statusCode(403);
    }

    /** The ids of the activities regarding the record that the caller's activities list shows. */
    private static List<String> listed(RequestSpecification caller, UUID regarding) {
        return caller.queryParam("regardingId", regarding).when().get("/api/activities").then().statusCode(200)
                .extract().path("items.id");
    }

    @Test
    void anEventNamingALeadAsAnAccountIsParkedAndOpensNothing() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID lead = alicesLead(now);

        // Every seller reads what regards an account: an account event carrying the lead's id would open the lead.
        EventsOnTheBroker.publish(new AccountUpdated(UUID.randomUUID(), now.plusSeconds(1), new AccountData(lead,
                "Not an account", null, null, null, null, PostalAddress.NONE, null, "mallory", "evil")),
                "urn:lead2cash:leads-service");
        var parked = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(),
                Topics.deadLetterTopic("opportunity-service"), r -> lead.toString().equals(r.key()), 1,
                Duration.ofSeconds(60));
        assertThat(KafkaRecords.header(parked.get(0), "dead-letter-cause")).contains("is a LEAD here");
        bob().when().get("/api/leads/" + lead + "/timeline").then().statusCode(403);
        bob().when().get("/api/accounts/" + lead + "/timeline").then().statusCode(404);
    }
}
