package io.lead2cash.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.lead2cash.platform.testing.CatalogStandIn;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Product lines priced by the catalog over REST; when it is down, lines are kept unpriced and repriced later. */
@QuarkusTest
@WithTestResource(CatalogStandIn.class)
class OpportunityLinesTest {

    @AfterEach
    void catalogUp() throws InterruptedException {
        CatalogStandIn.DOWN.set(false);
        Thread.sleep(400);
    }

    private static RequestSpecification alice() {
        return Auth.as("alice", "north", Roles.SALES_REP);
    }

    private static String open(boolean systemRevenue) {
        return alice().body("""
                {"topic": "Lines", "customerType": "ACCOUNT", "customerId": "%s", "currency": "EUR",
                 "priceListId": "%s", "estimatedRevenue": 999, "revenueSystemCalculated": %s}"""
                .formatted(Customers.account(), UUID.randomUUID(), systemRevenue))
                .when().post("/api/opportunities").then().statusCode(201).extract().path("id");
    }

    private static String line(String productId, String quantity) {
        return "{\"productId\": \"" + productId + "\", \"quantity\": " + quantity + ", \"tax\": 5}";
    }

    @Test
    void linesArePricedByTheCatalogWithTheUsersTokenAndMakeTheEstimatedRevenue() {
        String id = open(true);
        String product = UUID.randomUUID().toString();
        alice().body(line(product, "4")).when().post("/api/opportunities/" + id + "/lines").then()
                .statusCode(201).body("priced", is(true)).body("lineNumber", is(1))
                .body("pricePerUnit", is("12.50")).body("amount", is("50.00")).body("extendedAmount", is("55.00"))
                .body("productNumber", is(CatalogStandIn.numberOf(product)))
                .body("productName", is("Stand-in product " + CatalogStandIn.numberOf(product)));
        assertThat(CatalogStandIn.LAST_AUTHORIZATION.get()).startsWith("Bearer ");
        alice().body("{\"writeInName\": \"Custom engraving\", \"quantity\": 2, \"priceOverride\": 19.999}")
                .when().post("/api/opportunities/" + id + "/lines").then().statusCode(201)
                .body("lineNumber", is(2)).body("pricePerUnit", is("20.00")).body("extendedAmount", is("40.00"));
        alice().body(line(CatalogStandIn.NOT_ON_LIST, "1")).when().post("/api/opportunities/" + id + "/lines").then()
                .statusCode(201).body("priced", is(false)).body("pricingError", is("PRODUCT_NOT_ON_PRICE_LIST"))
                .body("amount", nullValue());

        alice().when().get("/api/opportunities/" + id).then().body("estimatedRevenue.amount", is("95.00"));
        alice().when().get("/api/opportunities/" + id + "/lines").then().body("size()", is(3));
    }

    @Test
    void whenTheCatalogIsDownTheLineIsKeptUnpricedNeverAtZeroAndRepricedLater() {
        String id = open(true);
        CatalogStandIn.DOWN.set(true);
        alice().body(line(UUID.randomUUID().toString(), "2")).when().post("/api/opportunities/" + id + "/lines").then()
                .statusCode(201).body("priced", is(false)).body("pricingError", is("CATALOG_UNAVAILABLE"))
                .body("amount", nullValue()).body("quantity", is("2"));
        alice().when().get("/api/opportunities/" + id).then().body("estimatedRevenue.amount", is("0.00"));

        CatalogStandIn.DOWN.set(false);
        await(() -> alice().when().post("/api/opportunities/" + id + "/reprice").then().statusCode(200)
                .body("[0].priced", is(true)).body("[0].amount", is("25.00")));
        alice().when().get("/api/opportunities/" + id).then().body("estimatedRevenue.amount", is("30.00"));
    }

    @Test
    void aUserProvidedRevenueIsLeftAlone() {
        String id = open(false);
        alice().body(line(UUID.randomUUID().toString(), "4")).when().post("/api/opportunities/" + id + "/lines").then()
                .statusCode(201);
        alice().when().get("/api/opportunities/" + id).then().body("estimatedRevenue.amount", is("999.00"));
    }

    @Test
    void lineChangesFollowTheConventionsAndTheOpportunitysState() {
        String id = open(true);
        var created = alice().body(line(UUID.randomUUID().toString(), "1")).when().post("/api/opportunities/" + id + "/lines")
                .then().statusCode(201).extract();
        String lineId = created.path("id");
        alice().when().get("/api/opportunities/" + id + "/lines/" + lineId).then().header("ETag", created.header("ETag"));
        alice().body(line(UUID.randomUUID().toString(), "3")).when().put("/api/opportunities/" + id + "/lines/" + lineId)
                .then().statusCode(428);
        alice().header("If-Match", created.header("ETag")).body(line(UUID.randomUUID().toString(), "3"))
                .when().put("/api/opportunities/" + id + "/lines/" + lineId).then().statusCode(200).body("amount", is("37.50"));
        alice().body("{\"quantity\": 1}").when().post("/api/opportunities/" + id + "/lines").then().statusCode(400)
                .body("errors[0].field", is("productId"));
        alice().body("{\"writeInName\": \"Thing\", \"quantity\": 1}").when().post("/api/opportunities/" + id + "/lines")
                .then().statusCode(400).body("errors[0].field", is("priceOverride"));
        // A write-in's manual discount may not exceed its amount (2 x 10.00): the extended amount never goes negative.
        alice().body("{\"writeInName\": \"Thing\", \"quantity\": 2, \"priceOverride\": 10, \"manualDiscount\": 20.01}")
                .when().post("/api/opportunities/" + id + "/lines").then().statusCode(400)
                .body("errors[0].field", is("manualDiscount"));
        alice().body("{\"writeInName\": \"Thing\", \"quantity\": 2, \"priceOverride\": 10, \"manualDiscount\": 20}")
                .when().post("/api/opportunities/" + id + "/lines").then().statusCode(201).body("extendedAmount", is("0.00"));
        alice().body("{\"productId\": \"" + UUID.randomUUID() + "\", \"quantity\": 0}").when()
                .post("/api/opportunities/" + id + "/lines").then().statusCode(400).body("errors[0].field", is("quantity"));
        Auth.as("bob", "south", Roles.SALES_REP).when().get("/api/opportunities/" + id + "/lines").then().statusCode(403);

        alice().when().post("/api/opportunities/" + id + "/win").then().statusCode(200);
        alice().body(line(UUID.randomUUID().toString(), "1")).when().post("/api/opportunities/" + id + "/lines").then()
                .statusCode(409);
        alice().when().delete("/api/opportunities/" + id + "/lines/" + lineId).then().statusCode(409);
    }

    @Test
    void anOpportunityWithLinesKeepsItsCurrencyAndItsLinesFollowANewPriceList() {
        String id = open(true);
        alice().body(line(UUID.randomUUID().toString(), "2")).when().post("/api/opportunities/" + id + "/lines").then()
                .statusCode(201).body("priced", is(true));
        String etag = alice().when().get("/api/opportunities/" + id).then().body("estimatedRevenue.amount", is("30.00"))
                .extract().header("ETag");
        String body = """
                {"topic": "Lines", "customerType": "ACCOUNT", "customerId": "%s", "currency": "%s", "priceListId": "%s",
                 "revenueSystemCalculated": true}""";
        alice().header("If-Match", etag).body(body.formatted(Customers.account(), "USD", UUID.randomUUID()))
                .when().put("/api/opportunities/" + id).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("currency"));
        alice().when().get("/api/opportunities/" + id).then().body("currency", is("EUR"));
        // Another price list: the lines are priced again on it within the change. With the catalog down they say so,
        // rather than keep the old list's prices.
        CatalogStandIn.DOWN.set(true);
        alice().header("If-Match", etag).body(body.formatted(Customers.account(), "EUR", UUID.randomUUID()))
                .when().put("/api/opportunities/" + id).then().statusCode(200).body("estimatedRevenue.amount", is("0.00"));
        alice().when().get("/api/opportunities/" + id + "/lines").then().body("[0].priced", is(false))
                .body("[0].pricingError", is("CATALOG_UNAVAILABLE"));
    }

    private static void await(Runnable assertion) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(assertion::run);
    }
}
