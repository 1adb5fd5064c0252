package io.lead2cash.billing;

import static io.lead2cash.billing.OpportunitySide.clerk;
import static io.lead2cash.billing.OpportunitySide.orderFor;
import static io.lead2cash.billing.OpportunitySide.publish;
import static io.lead2cash.billing.OpportunitySide.rep;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import io.lead2cash.events.CustomerReference;
import io.lead2cash.events.CustomerType;
import io.lead2cash.events.opportunities.OpportunityCreated;
import io.lead2cash.events.opportunities.OpportunityData;
import io.lead2cash.events.opportunities.OpportunitySalesTeamChanged;
import io.lead2cash.events.opportunities.OpportunityShareRevoked;
import io.lead2cash.events.opportunities.OpportunityShared;
import io.lead2cash.events.opportunities.OpportunityState;
import io.lead2cash.events.opportunities.OpportunityUpdated;
import io.lead2cash.events.opportunities.QuoteAccepted;
import io.lead2cash.events.opportunities.SalesTeamMemberData;
import io.lead2cash.events.ShareAccess;
import io.lead2cash.events.SharePrincipalType;
import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.lead2cash.platform.testing.EventsOnTheBroker;
import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Clerks, managers and admins manage orders and invoices; a rep reads those of the opportunities they may see. */
@QuarkusTest
class BillingAccessTest {

    @Test
    void aRepReadsTheOrdersOfTheirOpportunitiesAndOfThoseSharedWithThemButChangesNone() {
        UUID opportunity = UUID.randomUUID();
        String order = orderFor(OpportunitySide.accepted(opportunity, "alice", "north"));

        rep("alice", "north").when().get("/api/orders/" + order).then().statusCode(200);
        rep("nora", "north").when().get("/api/orders/" + order).then().statusCode(200);
        rep("bob", "south").when().get("/api/orders/" + order).then().statusCode(403);
        rep("bob", "south").queryParam("opportunityId", opportunity).when().get("/api/orders").then()
                .body("totalItems", is(0));
        rep("alice", "north").when().post("/api/orders/" + order + "/fulfil").then().statusCode(403);
        Auth.as("sam", null, Roles.CATALOG_MANAGER).when().get("/api/orders/" + order).then().statusCode(403);
        Auth.as("maria", "north", Roles.SALES_MANAGER).when().get("/api/orders/" + order).then().statusCode(200);

        publish(new OpportunityShared(UUID.randomUUID(), Instant.now(), opportunity, SharePrincipalType.USER, "bob",
                ShareAccess.READ, "alice"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                rep("bob", "south").when().get("/api/orders/" + order).then().statusCode(200));
        rep("bob", "south").queryParam("opportunityId", opportunity).when().get("/api/orders").then()
                .body("totalItems", is(1));

        clerk().when().post("/api/orders/" + order + "/fulfil").then().statusCode(200);
        String invoice = rep("bob", "south").queryParam("orderId", order).when().get("/api/invoices").then()
                .body("totalItems", is(1)).extract().path("items[0].id");
        rep("bob", "south").when().get("/api/invoices/" + invoice).then().statusCode(200);
        rep("bob", "south").body("{\"amount\": 1}").when().post("/api/invoices/" + invoice + "/payments").then()
                .statusCode(403);
        rep("dave", "west").when().get("/api/invoices/" + invoice).then().statusCode(403);

        publish(new OpportunityShareRevoked(UUID.randomUUID(), Instant.now(), opportunity, SharePrincipalType.USER, "bob",
                "alice"));
        publish(new OpportunitySalesTeamChanged(UUID.randomUUID(), Instant.now(), opportunity,
                List.of(new SalesTeamMemberData("dave", "Technical sales", "alice", Instant.now()))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                rep("dave", "west").when().get("/api/invoices/" + invoice).then().statusCode(200));
        rep("bob", "south").when().get("/api/invoices/" + invoice).then().statusCode(403);
        rep("bob", "south").queryParam("orderId", order).when().get("/api/invoices").then().body("totalItems", is(0));
    }

    @Test
    void aShareForgedByAnotherSourceIsDeadLetteredAndGrantsNothing() {
        UUID opportunity = UUID.randomUUID();
        String order = orderFor(OpportunitySide.accepted(opportunity, "alice", "north"));
        OpportunityShared forged = new OpportunityShared(UUID.randomUUID(), Instant.now(), opportunity,
                SharePrincipalType.USER, "mallory", ShareAccess.READ_WRITE, "alice");

        EventsOnTheBroker.publish(forged, "urn:lead2cash:kcat");

        var parked = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), "billing-service.dead-letter",
                r -> forged.eventId().toString().equals(KafkaRecords.header(r, "ce_id")), 1, Duration.ofSeconds(20));
        org.assertj.core.api.Assertions.assertThat(parked).as("the forged share on the dead-letter topic").hasSize(1);
        org.assertj.core.api.Assertions.assertThat(KafkaRecords.header(parked.get(0), "dead-letter-reason"))
                .contains("urn:lead2cash:kcat", "does not publish lead2cash.opportunities");
        rep("mallory", "south").when().get("/api/orders/" + order).then().statusCode(403);

        // The same share from its publisher is believed: the refusal was the source's, not the event's.
        publish(forged);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                rep("mallory", "south").when().get("/api/orders/" + order).then().statusCode(200));
    }

    @Test
    void whenTheOpportunityChangesHandsItsOrdersAndInvoicesGoToTheNewOwnerAndThePreviousOneLosesThem() {
        UUID opportunity = UUID.randomUUID();
        Invoiced deal = invoicedDealOfAlice(opportunity);
        String order = deal.order();
        String invoice = deal.invoice();
        String orderETag = clerk().when().get("/api/orders/" + order).then().extract().header("ETag");

        Instant assigned = Instant.now();
        publish(new OpportunityUpdated(UUID.randomUUID(), assigned, opportunityOwnedBy(opportunity, "bob", "south", assigned)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                rep("bob", "south").when().get("/api/orders/" + order).then().statusCode(200).body("ownerId", is("bob"))
                        .body("owningTeam", is("south")));
        rep("bob", "south").when().get("/api/invoices/" + invoice).then().statusCode(200).body("ownerId", is("bob"));
        rep("alice", "north").when().get("/api/orders/" + order).then().statusCode(403);
        rep("alice", "north").when().get("/api/invoices/" + invoice).then().statusCode(403);
        rep("nora", "north").queryParam("opportunityId", opportunity).when().get("/api/orders").then().body("totalItems", is(0));
        org.assertj.core.api.Assertions.assertThat(clerk().when().get("/api/orders/" + order).then().extract().header("ETag"))
                .as("the owner is part of the order's representation").isNotEqualTo(orderETag);

        // A quote accepted before the handover, whose event arrives after it, is billed to the new owner too.
        QuoteAccepted late = OpportunitySide.accepted(opportunity, "alice", "north", assigned.minusSeconds(5));
        String lateOrder = orderFor(late);
        clerk().when().get("/api/orders/" + lateOrder).then().body("ownerId", is("bob"));
    }

    @Test
    void aReadShareReadsTheDealsOrderButChangesNoneOfItsMoneyAReadWriteShareOrASalesTeamPlaceDoes() {
        UUID opportunity = UUID.randomUUID();
        String order = orderFor(OpportunitySide.accepted(opportunity, "alice", "north"));
        publish(new OpportunityShared(UUID.randomUUID(), Instant.now(), opportunity, SharePrincipalType.USER, "bob",
                ShareAccess.READ, "alice"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                rep("bob", "south").when().get("/api/orders/" + order).then().statusCode(200));
        String etag = clerk().when().get("/api/orders/" + order).then().extract().header("ETag");

        // The defect: a READ grantee added a line at price 0 and submitted the order.
        String free = "{\"writeInName\": \"Free machine\", \"quantity\": 1, \"priceOverride\": 0}";
        rep("bob", "south").body(free).when().post("/api/orders/" + order + "/lines").then().statusCode(403)
                .contentType("application/problem+json");
        rep("bob", "south").body("{\"quantity\": 1}").when().put("/api/orders/" + order + "/lines/1").then()
                .statusCode(403);
        rep("bob", "south").when().delete("/api/orders/" + order + "/lines/2").then().statusCode(403);
        for (String action : List.of("submit", "hold", "lock-pricing", "use-current-pricing")) {
            rep("bob", "south").when().post("/api/orders/" + order + "/" + action).then().statusCode(403);
        }
        clerk().when().get("/api/orders/" + order).then().body("state", is("ACTIVE")).header("ETag", is(etag));

        publish(new OpportunityShared(UUID.randomUUID(), Instant.now(), opportunity, SharePrincipalType.USER, "bob",
                ShareAccess.READ_WRITE, "alice"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> rep("bob", "south").when()
                .post("/api/orders/" + order + "/hold").then().statusCode(200));
        publish(new OpportunitySalesTeamChanged(UUID.randomUUID(), Instant.now(), opportunity,
                List.of(new SalesTeamMemberData("dave", "Technical sales", "alice", Instant.now()))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> rep("dave", "west").when()
                .post("/api/orders/" + order + "/submit").then().statusCode(200));
    }

    @Test
    void aDealsCreditNotesGoWithItToItsNewOwner() {
        UUID opportunity = UUID.randomUUID();
        String invoice = invoicedDealOfAlice(opportunity).invoice();
        clerk().when().post("/api/invoices/" + invoice + "/bill").then().statusCode(200);
        String note = clerk().body("{\"reason\": \"Damaged\", \"lines\": [{\"lineNumber\": 2, \"quantity\": 1}]}")
                .when().post("/api/invoices/" + invoice + "/credit-notes").then().statusCode(201).extract().path("id");
        rep("alice", "north").when().get("/api/credit-notes/" + note).then().statusCode(200);

        Instant assigned = Instant.now();
        publish(new OpportunityUpdated(UUID.randomUUID(), assigned, opportunityOwnedBy(opportunity, "bob", "south", assigned)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                rep("bob", "south").when().get("/api/credit-notes/" + note).then().statusCode(200).body("ownerId", is("bob")));
        rep("alice", "north").when().get("/api/credit-notes/" + note).then().statusCode(403);
        rep("alice", "north").when().get("/api/credit-notes/" + note + "/lines").then().statusCode(403);
        rep("alice", "north").queryParam("invoiceId", invoice).when().get("/api/credit-notes").then()
                .body("totalItems", is(0));
    }

    private static OpportunityData opportunityOwnedBy(UUID id, String owner, String team, Instant at) {
        return new OpportunityData(id, "Handover", new CustomerReference(CustomerType.ACCOUNT, UUID.randomUUID(),
                "Café Lumière"), null, owner, team, null, "EUR", null, null, null, null, null, null,
                OpportunityState.OPEN, null, null, null, null, null, at, at);
    }

    /** An order and its invoice. */
    private record Invoiced(String order, String invoice) {
    }

    /** A deal of alice's (team north) whose accepted quote became an order, fulfilled and so invoiced. */
    private Invoiced invoicedDealOfAlice(UUID opportunity) {
        Instant created = Instant.now().minusSeconds(60);
        publish(new OpportunityCreated(UUID.randomUUID(), created, opportunityOwnedBy(opportunity, "alice", "north", created)));
        String order = orderFor(OpportunitySide.accepted(opportunity, "alice", "north"));
        clerk().when().post("/api/orders/" + order + "/fulfil").then().statusCode(200);
        String invoice = clerk().queryParam("orderId", order).when().get("/api/invoices").then()
                .body("totalItems", is(1)).extract().path("items[0].id");
        return new Invoiced(order, invoice);
    }
}
