package io.lead2cash.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.EventSchemas;
import io.lead2cash.events.Topics;
import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.lead2cash.platform.testing.CatalogStandIn;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Quotes from generation to acceptance, with the catalog pricing their lines (12.50 per unit). */
@QuarkusTest
@WithTestResource(CatalogStandIn.class)
class QuoteLifecycleTest {

    private static RequestSpecification alice() {
        return Auth.as("alice", "north", Roles.SALES_REP);
    }

    /** An opportunity with two catalog lines (4 and 2 units, tax 5.00 each): detail 75.00, tax 10.00. */
    private static String opportunity() {
        String id = alice().body("""
                {"topic": "Quoted", "customerType": "ACCOUNT", "customerId": "%s", "customerName": "Café Lumière",
                 "currency": "EUR", "priceListId": "%s", "estimatedRevenue": 100}"""
                .formatted(Customers.account(), UUID.randomUUID()))
                .when().post("/api/opportunities").then().statusCode(201).extract().path("id");
        for (String quantity : new String[] {"4", "2"}) {
            alice().body("{\"productId\": \"" + UUID.randomUUID() + "\", \"quantity\": " + quantity + ", \"tax\": 5}")
                    .when().post("/api/opportunities/" + id + "/lines").then().statusCode(201);
        }
        return id;
    }

    private static String generate(String opportunity) {
        return alice().when().post("/api/opportunities/" + opportunity + "/quotes").then().statusCode(201)
                .body("state", is("DRAFT")).body("statusReason", is("IN_PROGRESS")).body("revisionNumber", is(0))
                .body("customerName", is("Café Lumière")).body("currency", is("EUR"))
                .extract().path("id");
    }

    @Test
    void aGeneratedQuoteCopiesTheLinesAndTotalsThemWithHeaderDiscountsAndFreight() {
        String quote = generate(opportunity());
        alice().when().get("/api/quotes/" + quote + "/lines").then().body("size()", is(2))
                .body("[0].amount", is("50.00")).body("[1].amount", is("25.00"));
        alice().when().get("/api/quotes/" + quote).then().body("detailAmount.amount", is("75.00"))
                .body("totalTax.amount", is("10.00")).body("totalAmount.amount", is("85.00"));

        // 75.00 - (10 % = 7.50 + 2.50) = 65.00 + freight 4.00 + tax 10.00 = 79.00; above the rep's free 10 %: a manager's
        Reps.maria().header("If-Match", "*").body("{\"name\": \"Offer\", \"discountPercentage\": 10, \"discountAmount\": 2.5, "
                + "\"freight\": 4}").when().put("/api/quotes/" + quote).then().statusCode(200)
                .body("totalDiscount.amount", is("10.00")).body("preFreightAmount.amount", is("65.00"))
                .body("totalAmount.amount", is("79.00"));
        alice().header("If-Match", "*").body("{\"name\": \"Offer\", \"discountAmount\": 500}").when()
                .put("/api/quotes/" + quote).then().statusCode(400).body("errors[0].field", is("discountAmount"));
    }

    @Test
    void anActiveQuoteIsReadOnlyAndARevisionIsANewDraftWithTheNextNumber() {
        String quote = generate(opportunity());
        String number = alice().when().post("/api/quotes/" + quote + "/activate").then().statusCode(200)
                .body("state", is("ACTIVE")).extract().path("quoteNumber");
        alice().header("If-Match", "*").body("{\"name\": \"Late change\"}").when().put("/api/quotes/" + quote).then()
                .statusCode(409).body("type", is("urn:lead2cash:problem:illegal-transition"));
        alice().body("{\"productId\": \"" + UUID.randomUUID() + "\", \"quantity\": 1}").when()
                .post("/api/quotes/" + quote + "/lines").then().statusCode(409);
        alice().when().post("/api/quotes/" + quote + "/activate").then().statusCode(409);

        String revision = alice().when().post("/api/quotes/" + quote + "/revise").then().statusCode(201)
                .body("state", is("DRAFT")).body("revisionNumber", is(1)).body("quoteNumber", is(number))
                .body("revisedFromId", is(quote)).body("totalAmount.amount", is("85.00"))
                .extract().path("id");
        alice().when().get("/api/quotes/" + quote).then().body("state", is("CLOSED")).body("statusReason", is("REVISED"));
        alice().when().post("/api/quotes/" + quote + "/revise").then().statusCode(409);
        alice().when().post("/api/quotes/" + revision + "/activate").then().statusCode(200);
        alice().when().post("/api/quotes/" + revision + "/revise").then().statusCode(201).body("revisionNumber", is(2));
    }

    @Test
    void winningAQuoteWinsTheOpportunityWithItsTotalAndEmitsOneValidQuoteAccepted() throws Exception {
        String opportunity = opportunity();
        String quote = generate(opportunity);
        alice().when().post("/api/quotes/" + quote + "/win").then().statusCode(409);
        alice().when().post("/api/quotes/" + quote + "/activate").then().statusCode(200);
        alice().when().post("/api/quotes/" + quote + "/win").then().statusCode(200)
                .body("state", is("WON")).body("statusReason", is("WON"));
        alice().when().get("/api/opportunities/" + opportunity).then()
                .body("state", is("WON")).body("actualRevenue.amount", is("85.00"));

        var accepted = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.OPPORTUNITIES,
                r -> quote.equals(r.key()) && "lead2cash.quote.accepted.v1".equals(KafkaRecords.header(r, "ce_type")),
                2, Duration.ofSeconds(10));
        assertThat(accepted).hasSize(1);
        assertThat(EventSchemas.violations("lead2cash.quote.accepted.v1", accepted.get(0).value())).isEmpty();
        JsonNode event = new ObjectMapper().readTree(accepted.get(0).value());
        assertThat(event.path("quote").path("opportunityId").asText()).isEqualTo(opportunity);
        assertThat(event.path("quote").path("totalAmount").path("amount").asText()).isEqualTo("85.00");
        assertThat(event.path("quote").path("customerName").asText()).isEqualTo("Café Lumière");
        assertThat(event.path("lines")).hasSize(2);
        assertThat(event.path("lines").get(0).path("pricePerUnit").asText()).isEqualTo("12.50");
    }

    @Test
    void onlyOneQuoteOfAnOpportunityCanBeWon() {
        String opportunity = opportunity();
        String first = generate(opportunity);
        String second = generate(opportunity);
        alice().when().post("/api/quotes/" + first + "/activate").then().statusCode(200);
        alice().when().post("/api/quotes/" + second + "/activate").then().statusCode(200);
        // The other active quote is on offer: the deal is won only with it closed too.
        alice().when().post("/api/quotes/" + first + "/win").then().statusCode(409).body("openQuotes[0].id", is(second));
        alice().body("{\"closeQuotes\": true}").when().post("/api/quotes/" + first + "/win").then().statusCode(200);
        alice().when().get("/api/quotes/" + second).then().body("state", is("CLOSED")).body("statusReason", is("LOST"));
        alice().when().post("/api/quotes/" + second + "/win").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("only one quote"));
        alice().when().post("/api/opportunities/" + opportunity + "/quotes").then().statusCode(409);
        // Reopened, the deal takes new quotes, but none of them wins it again.
        alice().when().post("/api/opportunities/" + opportunity + "/reopen").then().statusCode(200);
        String third = generate(opportunity);
        alice().when().post("/api/quotes/" + third + "/activate").then().statusCode(200);
        alice().when().post("/api/quotes/" + third + "/win").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("already"));
    }

    @Test
    void anActiveQuoteClosesAsLostOrCanceled() {
        String quote = generate(opportunity());
        alice().body("{\"reason\": \"LOST\"}").when().post("/api/quotes/" + quote + "/close").then().statusCode(409);
        alice().when().post("/api/quotes/" + quote + "/activate").then().statusCode(200);
        alice().body("{\"reason\": \"REVISED\"}").when().post("/api/quotes/" + quote + "/close").then().statusCode(400)
                .body("errors[0].field", is("reason"));
        alice().body("{\"reason\": \"CANCELED\"}").when().post("/api/quotes/" + quote + "/close").then().statusCode(200)
                .body("state", is("CLOSED")).body("statusReason", is("CANCELED"));
    }

    @Test
    void aQuoteWithAnUnpricedLineCannotBeActivated() {
        String opportunity = opportunity();
        alice().body("{\"productId\": \"" + CatalogStandIn.NOT_ON_LIST + "\", \"quantity\": 1}").when()
                .post("/api/opportunities/" + opportunity + "/lines").then().statusCode(201);
        String quote = generate(opportunity);
        alice().when().post("/api/quotes/" + quote + "/activate").then().statusCode(409).body("unpricedLines[0]", is(3));
    }

    @Test
    void closingTheLastOpenQuoteOffersToCloseTheOpportunityAndCanCloseItToo() {
        // Two open quotes: closing one offers nothing, and cannot take the opportunity with it.
        String opportunity = opportunity();
        String first = generate(opportunity);
        alice().when().post("/api/quotes/" + first + "/activate").then().statusCode(200);
        String second = generate(opportunity);
        alice().body("{\"reason\": \"LOST\", \"closeOpportunity\": true}").when().post("/api/quotes/" + first + "/close")
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("still"));
        alice().when().get("/api/quotes/" + first).then().body("state", is("ACTIVE"));
        alice().body("{\"reason\": \"LOST\"}").when().post("/api/quotes/" + first + "/close").then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.nullValue());
        // The last one: the answer offers the opportunity's lose action, which stays the caller's choice.
        alice().when().post("/api/quotes/" + second + "/activate").then().statusCode(200);
        String key = java.util.UUID.randomUUID().toString();
        for (String replayed : new String[] {null, "true"}) { // a retry with the same key makes the same offer
            alice().header("Idempotency-Key", key).body("{\"reason\": \"CANCELED\"}").when()
                    .post("/api/quotes/" + second + "/close").then().statusCode(200)
                    .header("Idempotent-Replayed", replayed == null ? org.hamcrest.Matchers.nullValue() : is(replayed))
                    .header("Link", org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.containsString("/api/opportunities/" + opportunity + "/lose"),
                            org.hamcrest.Matchers.containsString("rel=\"close-opportunity\"")));
        }
        alice().when().get("/api/opportunities/" + opportunity).then().body("state", is("OPEN"));

        // Closing the last quote with closeOpportunity loses the opportunity in the same change.
        String other = opportunity();
        String only = generate(other);
        alice().when().post("/api/quotes/" + only + "/activate").then().statusCode(200);
        alice().body("{\"reason\": \"LOST\", \"closeOpportunity\": true, \"opportunityStatusReason\": \"OUT_SOLD\"}")
                .when().post("/api/quotes/" + only + "/close").then().statusCode(200).body("state", is("CLOSED"))
                .header("Link", org.hamcrest.Matchers.nullValue());
        alice().when().get("/api/opportunities/" + other).then().body("state", is("LOST"))
                .body("statusReason", is("OUT_SOLD"));
    }

    @Test
    void onlyADraftQuoteIsDeletedWithItsLinesAndTheDeletionIsPublished() throws Exception {
        String opportunity = opportunity();
        String draft = generate(opportunity);
        Auth.as("bob", "south", Roles.SALES_REP).when().delete("/api/quotes/" + draft).then().statusCode(403);
        alice().header("If-Match", "\"999\"").when().delete("/api/quotes/" + draft).then().statusCode(412);
        alice().when().delete("/api/quotes/" + draft).then().statusCode(204);
        alice().when().get("/api/quotes/" + draft).then().statusCode(404);
        alice().when().get("/api/quotes/" + draft + "/lines").then().statusCode(404);
        alice().when().delete("/api/quotes/" + draft).then().statusCode(404);

        var deleted = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.OPPORTUNITIES,
                r -> draft.equals(r.key()) && "lead2cash.quote.deleted.v1".equals(KafkaRecords.header(r, "ce_type")),
                1, Duration.ofSeconds(10));
        assertThat(deleted).hasSize(1);
        assertThat(EventSchemas.violations("lead2cash.quote.deleted.v1", deleted.get(0).value())).isEmpty();
        assertThat(new ObjectMapper().readTree(deleted.get(0).value()).path("quote").path("state").asText()).isEqualTo("DRAFT");

        // An offered quote stays on record: it is closed, not deleted.
        String active = generate(opportunity);
        alice().when().post("/api/quotes/" + active + "/activate").then().statusCode(200);
        alice().when().delete("/api/quotes/" + active).then().statusCode(409);
        alice().when().get("/api/quotes/" + active).then().statusCode(200).body("state", is("ACTIVE"));
    }

    @Test
    void quotesFollowTheOpportunitysAccessAndTheCloseStageNeedsAnActiveOrWonQuote() {
        String opportunity = opportunity();
        String etag = alice().when().get("/api/opportunities/" + opportunity).then().extract().header("ETag");
        String body = "{\"topic\": \"Quoted\", \"customerType\": \"ACCOUNT\", \"customerId\": \"" + Customers.account()
                + "\", \"customerName\": \"Café Lumière\", \"currency\": \"EUR\", \"estimatedCloseDate\": \"2031-05-01\", "
                + "\"salesStage\": \"%s\"}";
        etag = alice().header("If-Match", etag).body(body.formatted("DEVELOP")).when().put("/api/opportunities/" + opportunity)
                .then().statusCode(200).extract().header("ETag");
        // Develop -> Close passes over Propose, whose flow step asks for a live quote: refused.
        alice().header("If-Match", etag).body(body.formatted("CLOSE")).when().put("/api/opportunities/" + opportunity)
                .then().statusCode(422).body("errors[0].field", is("liveQuote"));
        etag = alice().header("If-Match", etag).body(body.formatted("PROPOSE")).when().put("/api/opportunities/" + opportunity)
                .then().statusCode(200).extract().header("ETag");
        String quote = generate(opportunity);
        // A draft is not an offer yet.
        alice().header("If-Match", etag).body(body.formatted("CLOSE")).when().put("/api/opportunities/" + opportunity)
                .then().statusCode(422);
        alice().when().post("/api/quotes/" + quote + "/activate").then().statusCode(200);
        alice().header("If-Match", etag).body(body.formatted("CLOSE")).when().put("/api/opportunities/" + opportunity)
                .then().statusCode(200).body("salesStage", is("CLOSE"));

        Auth.as("bob", "south", Roles.SALES_REP).when().get("/api/quotes/" + quote).then().statusCode(403);
        Auth.as("bob", "south", Roles.SALES_REP).when().post("/api/quotes/" + quote + "/activate").then().statusCode(403);
        Auth.as("bob", "south", Roles.SALES_REP).queryParam("opportunityId", opportunity).when().get("/api/quotes").then()
                .body("totalItems", is(0));
        Auth.as("carol", "north", Roles.SALES_REP).queryParam("opportunityId", opportunity).when().get("/api/quotes").then()
                .body("totalItems", is(1));
        alice().when().get("/api/quotes/" + UUID.randomUUID()).then().statusCode(404);
    }
}
