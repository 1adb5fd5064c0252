package io.lead2cash.e2e;

import static io.lead2cash.e2e.SuiteUnderTest.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rep A's deal, from lead to order, stays out of rep B's sight until A shares it; a manager sees it all. */
class AccessAcrossTheChainTest {

    private static RequestSpecification alice() {
        return as("alice", "north", "sales-rep");
    }

    private static RequestSpecification bob() {
        return as("bob", "south", "sales-rep");
    }

    private static RequestSpecification maria() {
        return as("maria", "north", "sales-manager");
    }

    /** Alice's deal from lead to order: qualified, priced, quoted and won, its order opened by billing. */
    private record WonDeal(String lead, String opportunity, String quote, String order) {
    }

    private static WonDeal aliceWinsADeal(String topic, String quantity) {
        E2eCatalog catalog = E2eCatalog.roastAt("20.00");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String lead = alice().body("""
                {"topic": "%s %s", "lastName": "Moreau", "companyName": "Brûlerie %s"}""".formatted(topic, tag, tag))
                .when().post("/api/leads").then().statusCode(201).extract().path("id");
        alice().body("{\"opportunity\": {\"priceListId\": \"" + catalog.priceListId() + "\", \"currency\": \"EUR\"}}")
                .when().post("/api/leads/" + lead + "/qualify").then().statusCode(200);
        String opportunity = await().atMost(Duration.ofSeconds(30)).until(() -> alice()
                .queryParam("originatingLeadId", lead).when().get("/api/opportunities").then().extract()
                .<String>path("items[0].id"), id -> id != null);
        alice().body("{\"productId\": \"" + catalog.productId() + "\", \"quantity\": " + quantity + "}")
                .when().post("/api/opportunities/" + opportunity + "/lines").then().statusCode(201);
        String quote = alice().when().post("/api/opportunities/" + opportunity + "/quotes").then().statusCode(201)
                .extract().path("id");
        alice().when().post("/api/quotes/" + quote + "/activate").then().statusCode(200);
        alice().when().post("/api/quotes/" + quote + "/win").then().statusCode(200);
        String order = await().atMost(Duration.ofSeconds(30)).until(() -> maria().queryParam("quoteId", quote).when()
                .get("/api/orders").then().extract().<String>path("items[0].id"), id -> id != null);
        return new WonDeal(lead, opportunity, quote, order);
    }

    @Test
    void anotherRepSeesNothingOfTheDealUntilItIsSharedAndThenOnlyReads() {
        WonDeal deal = aliceWinsADeal("Private deal", "5");
        String lead = deal.lead();
        String opportunity = deal.opportunity();
        String quote = deal.quote();
        String order = deal.order();

        bob().when().get("/api/leads/" + lead).then().statusCode(403);
        bob().when().get("/api/opportunities/" + opportunity).then().statusCode(403);
        bob().when().get("/api/quotes/" + quote).then().statusCode(403);
        bob().when().get("/api/orders/" + order).then().statusCode(403);
        bob().queryParam("quoteId", quote).when().get("/api/orders").then().body("totalItems", is(0));
        bob().when().get("/api/journeys/" + lead).then().statusCode(403);
        maria().when().get("/api/orders/" + order).then().statusCode(200);
        maria().when().get("/api/journeys/" + lead).then().statusCode(200).body("orders[0].id", is(order));

        alice().body("{\"principalType\": \"USER\", \"principalId\": \"bob\", \"access\": \"READ\"}")
                .when().post("/api/opportunities/" + opportunity + "/shares").then().statusCode(200);
        bob().when().get("/api/opportunities/" + opportunity).then().statusCode(200);
        bob().when().get("/api/quotes/" + quote).then().statusCode(200);
        // The billing-service learns of the share from the opportunity's events.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                bob().when().get("/api/orders/" + order).then().statusCode(200));
        bob().when().post("/api/opportunities/" + opportunity + "/reopen").then().statusCode(403);
        bob().when().post("/api/orders/" + order + "/fulfil").then().statusCode(403);
        bob().when().get("/api/leads/" + lead).then().statusCode(403);
    }

    @Test
    void assigningTheDealMovesItsQuoteOrderAndInvoiceToTheNewOwnerAndOnlyOwnersAndManagersMayAssign() {
        WonDeal deal = aliceWinsADeal("Handed-over deal", "2");
        String opportunity = deal.opportunity();
        String quote = deal.quote();
        String order = deal.order();
        as("ben", null, "billing-clerk").when().post("/api/orders/" + order + "/fulfil").then().statusCode(200);
        String invoice = await().atMost(Duration.ofSeconds(30)).until(() -> alice().queryParam("orderId", order).when()
                .get("/api/invoices").then().extract().<String>path("items[0].id"), id -> id != null);

        String toBob = "{\"ownerId\": \"bob\", \"owningTeam\": \"south\"}";
        as("nora", "north", "sales-rep").body(toBob).when().post("/api/opportunities/" + opportunity + "/assign")
                .then().statusCode(403).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        as("nora", "north", "sales-rep").body("{\"principalType\": \"USER\", \"principalId\": \"nora\", "
                + "\"access\": \"READ\"}").when().post("/api/opportunities/" + opportunity + "/shares").then().statusCode(403);
        bob().body(toBob).when().post("/api/opportunities/" + opportunity + "/assign").then().statusCode(403);
        maria().body(toBob).when().post("/api/opportunities/" + opportunity + "/assign").then().statusCode(200)
                .body("ownerId", is("bob"));

        bob().when().get("/api/opportunities/" + opportunity).then().statusCode(200);
        bob().when().get("/api/quotes/" + quote).then().statusCode(200).body("ownerId", is("bob"));
        alice().when().get("/api/opportunities/" + opportunity).then().statusCode(403);
        alice().when().get("/api/quotes/" + quote).then().statusCode(403);
        // Billing learns of the new owner from the opportunity's event; the order and invoice go with the deal.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            bob().when().get("/api/orders/" + order).then().statusCode(200).body("ownerId", is("bob"));
            bob().when().get("/api/invoices/" + invoice).then().statusCode(200).body("ownerId", is("bob"));
        });
        alice().when().get("/api/orders/" + order).then().statusCode(403);
        alice().when().get("/api/invoices/" + invoice).then().statusCode(403);
        alice().queryParam("quoteId", quote).when().get("/api/orders").then().body("totalItems", is(0));

        bob().body("{\"principalType\": \"USER\", \"principalId\": \"alice\", \"access\": \"READ\"}")
                .when().post("/api/opportunities/" + opportunity + "/shares").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                alice().when().get("/api/invoices/" + invoice).then().statusCode(200));
        alice().when().get("/api/quotes/" + quote).then().statusCode(200);
        alice().when().post("/api/invoices/" + invoice + "/payments").then().statusCode(403);
    }
}
