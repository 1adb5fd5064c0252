package io.lead2cash.opportunity;

import static io.lead2cash.opportunity.Reps.alice;
import static io.lead2cash.opportunity.Reps.maria;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.EventSchemas;
import io.lead2cash.events.Topics;
import io.lead2cash.platform.testing.CatalogStandIn;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The money of a deal adds up and its offers close with it: one currency per sale, no quote below zero, a revenue
 * recalculated when it is switched to the lines, a deal closed only with its quotes settled, quotes of a closed deal
 * frozen, a deleted draft taking what regards it along, customers the suite knows, and Override pricing a privilege.
 */
@QuarkusTest
@WithTestResource(CatalogStandIn.class)
class OpportunityMoneyAndClosingTest {

    private static final String OPPORTUNITY = """
            {"topic": "Money %s", "customerType": "ACCOUNT", "customerId": "%s", "currency": "%s", "priceListId": "%s",
             "estimatedRevenue": %s, "revenueSystemCalculated": %s}""";

    private static String open(String currency, String revenue, boolean systemRevenue) {
        return alice().body(OPPORTUNITY.formatted(UUID.randomUUID(), Customers.account(), currency, UUID.randomUUID(),
                revenue, systemRevenue)).when().post("/api/opportunities").then().statusCode(201).extract().path("id");
    }

    private static String writeIn(String price, String quantity) {
        return "{\"writeInName\": \"Service visit\", \"quantity\": " + quantity + ", \"priceOverride\": " + price + "}";
    }

    private static String quoteWithLine(String opportunity, String price) {
        alice().body(writeIn(price, "1")).when().post("/api/opportunities/" + opportunity + "/lines").then().statusCode(201);
        return alice().when().post("/api/opportunities/" + opportunity + "/quotes").then().statusCode(201).extract().path("id");
    }

    private static String etag(String path) {
        return alice().when().get(path).then().extract().header("ETag");
    }

    @Test
    void aDealsCurrencyIsLockedWhileItHasAQuoteEvenWithoutLines() {
        String opportunity = open("EUR", "1000", false);
        alice().when().post("/api/opportunities/" + opportunity + "/quotes").then().statusCode(201);
        String toUsd = OPPORTUNITY.formatted("Same", Customers.account(), "USD", UUID.randomUUID(), "1000", false);
        alice().header("If-Match", etag("/api/opportunities/" + opportunity)).body(toUsd).when()
                .put("/api/opportunities/" + opportunity).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("one currency per sale"));
        alice().when().get("/api/opportunities/" + opportunity).then().body("currency", is("EUR"));
    }

    @Test
    void noQuoteTotalGoesBelowZeroWhateverItsDetailAmount() {
        String opportunity = open("EUR", "1000", false);
        String empty = alice().when().post("/api/opportunities/" + opportunity + "/quotes").then().statusCode(201)
                .extract().path("id");
        // The defect: a quote with a 0 detail amount took a header discount and went below zero.
        alice().header("If-Match", "*").body("{\"name\": \"Offer\", \"discountAmount\": 100}").when()
                .put("/api/quotes/" + empty).then().statusCode(400).body("errors[0].field", is("discountAmount"));
        alice().when().get("/api/quotes/" + empty).then().body("totalAmount.amount", is("0.00"));

        String quote = quoteWithLine(opportunity, "150");
        maria().header("If-Match", "*").body("{\"name\": \"Offer\", \"discountAmount\": 100}").when()
                .put("/api/quotes/" + quote).then().statusCode(200).body("totalAmount.amount", is("50.00"));
        String line = alice().when().get("/api/quotes/" + quote + "/lines").then().extract().path("[0].id");
        alice().when().delete("/api/quotes/" + quote + "/lines/" + line).then().statusCode(409);
        alice().header("If-Match", "*").body(writeIn("80", "1")).when().put("/api/quotes/" + quote + "/lines/" + line)
                .then().statusCode(409);
        alice().when().get("/api/quotes/" + quote).then().body("totalAmount.amount", is("50.00"));
        alice().when().get("/api/quotes/" + quote + "/lines").then().body("[0].amount", is("150.00"));
    }

    @Test
    void switchingToSystemCalculatedRevenueRecalculatesItFromTheLines() {
        String opportunity = open("EUR", "5000", false);
        alice().body(writeIn("100", "2")).when().post("/api/opportunities/" + opportunity + "/lines").then().statusCode(201);
        alice().when().get("/api/opportunities/" + opportunity).then().body("estimatedRevenue.amount", is("5000.00"));
        String system = OPPORTUNITY.formatted("Same", Customers.account(), "EUR",
                alice().when().get("/api/opportunities/" + opportunity).then().extract().path("priceListId"), "5000", true);
        alice().header("If-Match", etag("/api/opportunities/" + opportunity)).body(system).when()
                .put("/api/opportunities/" + opportunity).then().statusCode(200)
                .body("revenueSystemCalculated", is(true)).body("estimatedRevenue.amount", is("200.00"));
    }

    @Test
    void aDealWithQuotesOnOfferIsNeitherLostNorWonUntilTheyAreClosedWithItAndItsQuotesThenStayClosed() {
        String opportunity = open("EUR", "1000", false);
        String active = quoteWithLine(opportunity, "300");
        alice().when().post("/api/quotes/" + active + "/activate").then().statusCode(200);
        String draft = alice().when().post("/api/opportunities/" + opportunity + "/quotes").then().statusCode(201)
                .extract().path("id");

        // The defect: the deal was lost while its quote stayed active and could still be revised.
        alice().body("{\"reason\": \"CANCELED\"}").when().post("/api/opportunities/" + opportunity + "/lose").then()
                .statusCode(409).body("openQuotes", hasSize(2)).body("openQuotes[0].id", is(active))
                .body("openQuotes[1].state", is("DRAFT"));
        alice().body("{}").when().post("/api/opportunities/" + opportunity + "/win").then().statusCode(409)
                .body("openQuotes", hasSize(2));
        alice().when().get("/api/opportunities/" + opportunity).then().body("state", is("OPEN"));

        alice().body("{\"reason\": \"OUT_SOLD\", \"closeQuotes\": true}").when()
                .post("/api/opportunities/" + opportunity + "/lose").then().statusCode(200).body("state", is("LOST"));
        alice().when().get("/api/quotes/" + active).then().body("state", is("CLOSED")).body("statusReason", is("LOST"));
        alice().when().get("/api/quotes/" + draft).then().body("state", is("CLOSED")).body("statusReason", is("CANCELED"));
        alice().when().post("/api/quotes/" + active + "/revise").then().statusCode(409);
        alice().when().post("/api/quotes/" + draft + "/activate").then().statusCode(409);

        // Reopened, the deal takes a new quote; a quote kept as a draft is frozen while the deal is closed.
        alice().when().post("/api/opportunities/" + opportunity + "/reopen").then().statusCode(200);
        String next = alice().when().post("/api/opportunities/" + opportunity + "/quotes").then().statusCode(201)
                .extract().path("id");
        alice().body("{\"closeQuotes\": true}").when().post("/api/opportunities/" + opportunity + "/win").then()
                .statusCode(200).body("state", is("WON"));
        alice().when().get("/api/quotes/" + next).then().body("state", is("CLOSED")).body("statusReason", is("CANCELED"));
        alice().body(writeIn("1", "1")).when().post("/api/quotes/" + next + "/lines").then().statusCode(409);
    }

    @Test
    void winningAQuoteClosesItsSiblingsOnlyWhenAskedAndTheyCannotBeActivatedAfter() {
        String opportunity = open("EUR", "1000", false);
        String won = quoteWithLine(opportunity, "400");
        alice().when().post("/api/quotes/" + won + "/activate").then().statusCode(200);
        String sibling = alice().when().post("/api/opportunities/" + opportunity + "/quotes").then().statusCode(201)
                .extract().path("id");

        // The defect: winning one quote left its sibling draft, which could be activated afterwards.
        alice().when().post("/api/quotes/" + won + "/win").then().statusCode(409)
                .body("openQuotes[0].id", is(sibling));
        alice().body("{\"closeQuotes\": true}").when().post("/api/quotes/" + won + "/win").then().statusCode(200)
                .body("state", is("WON"));
        alice().when().get("/api/opportunities/" + opportunity).then().body("state", is("WON"))
                .body("actualRevenue.amount", is("400.00"));
        alice().when().get("/api/quotes/" + sibling).then().body("state", is("CLOSED")).body("statusReason", is("CANCELED"));
        alice().when().post("/api/quotes/" + sibling + "/activate").then().statusCode(409);
    }

    @Test
    void deletingADraftQuoteDeletesTheActivitiesAndNotesRegardingItAndSaysSo() {
        String opportunity = open("EUR", "1000", false);
        String quote = alice().when().post("/api/opportunities/" + opportunity + "/quotes").then().statusCode(201)
                .extract().path("id");
        String note = alice().body("{\"text\": \"Prices agreed on the phone\"}").when()
                .post("/api/quotes/" + quote + "/notes").then().statusCode(201).extract().path("id");
        alice().contentType("text/plain").body("price list".getBytes()).when()
                .put("/api/notes/" + note + "/attachment?fileName=prices.txt").then().statusCode(200);
        String task = alice().body("""
                {"type": "TASK", "regardingType": "QUOTE", "regardingId": "%s", "subject": "Send the quote"}"""
                .formatted(quote)).when().post("/api/activities").then().statusCode(201).extract().path("id");

        alice().when().delete("/api/quotes/" + quote).then().statusCode(204);
        alice().when().get("/api/notes/" + note).then().statusCode(404);
        alice().when().get("/api/notes/" + note + "/attachment").then().statusCode(404);
        alice().when().get("/api/activities/" + task).then().statusCode(404);
        var deleted = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.OPPORTUNITIES,
                r -> r.value().contains(note) && KafkaRecords.header(r, "ce_type").equals("lead2cash.note.deleted.v1")
                        || r.value().contains(task) && KafkaRecords.header(r, "ce_type").equals("lead2cash.activity.deleted.v1"),
                2, Duration.ofSeconds(10));
        deleted.forEach(r -> assertThat(EventSchemas.violations(KafkaRecords.header(r, "ce_type"), r.value())).isEmpty());
    }

    @Test
    void anOpportunityNamesACustomerTheSuiteKnowsAndByTheNameTheSuiteKnows() {
        String unknown = OPPORTUNITY.formatted("Ghost", UUID.randomUUID(), "EUR", UUID.randomUUID(), "10", false);
        alice().body(unknown).when().post("/api/opportunities").then().statusCode(422)
                .body("type", is("urn:lead2cash:problem:unknown-reference")).body("errors[0].field", is("customerId"));
        UUID contact = Customers.contact("Silva", "alice", "north");
        alice().body(OPPORTUNITY.formatted("B2C", contact, "EUR", UUID.randomUUID(), "10", false)).when()
                .post("/api/opportunities").then().statusCode(422);
        String asContact = OPPORTUNITY.formatted("B2C", contact, "EUR", UUID.randomUUID(), "10", false)
                .replace("\"ACCOUNT\"", "\"CONTACT\"").replace("\"revenueSystemCalculated\"", "\"customerName\": \"Someone "
                        + "else\", \"revenueSystemCalculated\"");
        String opportunity = alice().body(asContact).when().post("/api/opportunities").then().statusCode(201)
                .body("customerType", is("CONTACT")).body("customerName", is("Ana Silva")).extract().path("id");
        alice().header("If-Match", etag("/api/opportunities/" + opportunity)).body(unknown.replace("Ghost", "Moved")).when()
                .put("/api/opportunities/" + opportunity).then().statusCode(422).body("errors[0].field", is("customerId"));
    }

    @Test
    void overridingACatalogPriceOrDiscountingBeyondTheFreeShareNeedsTheOverridePricingPrivilege() {
        String opportunity = open("EUR", "1000", true);
        String product = UUID.randomUUID().toString();
        String lines = "/api/opportunities/" + opportunity + "/lines";
        // The defect: any rep overrode a catalog price down to 0.
        alice().body("{\"productId\": \"" + product + "\", \"quantity\": 4, \"priceOverride\": 0}").when().post(lines)
                .then().statusCode(403).body("detail", org.hamcrest.Matchers.containsString("Override pricing"));
        // 4 x 12.50 = 50.00: 10 % (5.00) is the rep's to give, 5.01 is not.
        alice().body("{\"productId\": \"" + product + "\", \"quantity\": 4, \"manualDiscount\": 5.01}").when().post(lines)
                .then().statusCode(403);
        String line = alice().body("{\"productId\": \"" + product + "\", \"quantity\": 4, \"manualDiscount\": 5}").when()
                .post(lines).then().statusCode(201).extract().path("id");
        alice().when().get(lines).then().body("size()", is(1));
        // A write-in is priced by hand by design.
        alice().body(writeIn("0", "1")).when().post(lines).then().statusCode(201);

        maria().body("{\"productId\": \"" + product + "\", \"quantity\": 4, \"priceOverride\": 9.5}").when().post(lines)
                .then().statusCode(201).body("pricePerUnit", is("9.50")).body("amount", is("38.00"));
        String overridden = maria().when().get(lines).then().extract().path("[2].id");
        // The rep may change the quantity of the line the manager priced: the override is kept, not set anew.
        alice().header("If-Match", "*").body("{\"productId\": \"" + product + "\", \"quantity\": 5, \"priceOverride\": 9.5}")
                .when().put(lines + "/" + overridden).then().statusCode(200).body("amount", is("47.50"));
        alice().header("If-Match", "*").body("{\"productId\": \"" + product + "\", \"quantity\": 5, \"priceOverride\": 1}")
                .when().put(lines + "/" + overridden).then().statusCode(403);
        alice().header("If-Match", "*").body("{\"productId\": \"" + product + "\", \"quantity\": 4, \"manualDiscount\": 20}")
                .when().put(lines + "/" + line).then().statusCode(403);
        List<String> amounts = alice().when().get(lines).then().extract().path("amount");
        assertThat(amounts).containsExactly("50.00", "0.00", "47.50");
    }

    @Test
    void whatALineHadCountsOnlyForTheSameCatalogProductAndADiscountMayNotGrowItsShareOfTheLine() {
        String opportunity = open("EUR", "1000", true);
        String product = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String lines = "/api/opportunities/" + opportunity + "/lines";
        // The defect: a write-in at 0 turned into a catalog product kept its price as "the override it had".
        String free = alice().body(writeIn("0", "100")).when().post(lines).then().statusCode(201).extract().path("id");
        alice().header("If-Match", "*").body("{\"productId\": \"" + product + "\", \"quantity\": 100, \"priceOverride\": 0}")
                .when().put(lines + "/" + free).then().statusCode(403);
        // A manager's override of one product does not carry over to another.
        String overridden = maria().body("{\"productId\": \"" + product + "\", \"quantity\": 4, \"priceOverride\": 1}")
                .when().post(lines).then().statusCode(201).extract().path("id");
        alice().header("If-Match", "*").body("{\"productId\": \"" + other + "\", \"quantity\": 4, \"priceOverride\": 1}")
                .when().put(lines + "/" + overridden).then().statusCode(403);
        // 5.00 off 4 x 12.50 is the rep's 10 %; the same 5.00 off one unit would be 40 %.
        String discounted = alice().body("{\"productId\": \"" + product + "\", \"quantity\": 4, \"manualDiscount\": 5}")
                .when().post(lines).then().statusCode(201).extract().path("id");
        alice().header("If-Match", "*").body("{\"productId\": \"" + product + "\", \"quantity\": 1, \"manualDiscount\": 5}")
                .when().put(lines + "/" + discounted).then().statusCode(403);
        alice().header("If-Match", "*").body("{\"productId\": \"" + product + "\", \"quantity\": 8, \"manualDiscount\": 5}")
                .when().put(lines + "/" + discounted).then().statusCode(200).body("amount", is("100.00"));
        // A manager's 50 % may be kept while the quantity grows, not while it falls.
        String generous = maria().body("{\"productId\": \"" + product + "\", \"quantity\": 4, \"manualDiscount\": 25}")
                .when().post(lines).then().statusCode(201).extract().path("id");
        alice().header("If-Match", "*").body("{\"productId\": \"" + product + "\", \"quantity\": 5, \"manualDiscount\": 25}")
                .when().put(lines + "/" + generous).then().statusCode(200);
        alice().header("If-Match", "*").body("{\"productId\": \"" + product + "\", \"quantity\": 3, \"manualDiscount\": 25}")
                .when().put(lines + "/" + generous).then().statusCode(403);
        // A write-in's discount is asked again once it is a catalog product.
        String writeIn = alice().body("{\"writeInName\": \"Visit\", \"quantity\": 4, \"priceOverride\": 12.5, "
                + "\"manualDiscount\": 40}").when().post(lines).then().statusCode(201).extract().path("id");
        alice().header("If-Match", "*").body("{\"productId\": \"" + product + "\", \"quantity\": 4, \"manualDiscount\": 40}")
                .when().put(lines + "/" + writeIn).then().statusCode(403);
        List<String> amounts = alice().when().get(lines).then().extract().path("amount");
        assertThat(amounts).containsExactly("0.00", "4.00", "100.00", "62.50", "50.00");
    }

    @Test
    void aQuoteHeaderDiscountBeyondTheFreeShareNeedsTheOverridePricingPrivilegeAndDoesNotGrowAsLinesGo() {
        String opportunity = open("EUR", "1000", false);
        alice().body(writeIn("100", "1")).when().post("/api/opportunities/" + opportunity + "/lines").then().statusCode(201);
        String quote = quoteWithLine(opportunity, "100");
        String path = "/api/quotes/" + quote;
        // The defect: any rep who may change the deal gave the whole quote away.
        alice().header("If-Match", "*").body("{\"name\": \"Offer\", \"discountPercentage\": 100}").when().put(path)
                .then().statusCode(403).body("detail", org.hamcrest.Matchers.containsString("Override pricing"));
        alice().header("If-Match", "*").body("{\"name\": \"Offer\", \"discountAmount\": 20}").when().put(path)
                .then().statusCode(200).body("totalAmount.amount", is("180.00"));
        // 20.00 of 200.00 is 10 %; of the 100.00 left once a line goes it would be 20 %.
        String line = alice().when().get(path + "/lines").then().extract().path("[0].id");
        alice().when().delete(path + "/lines/" + line).then().statusCode(403);
        alice().when().get(path).then().body("totalAmount.amount", is("180.00"));
        maria().header("If-Match", "*").body("{\"name\": \"Offer\", \"discountPercentage\": 50}").when().put(path)
                .then().statusCode(200).body("totalAmount.amount", is("100.00"));
    }
}
