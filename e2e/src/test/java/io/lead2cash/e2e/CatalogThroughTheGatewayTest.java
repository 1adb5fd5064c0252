package io.lead2cash.e2e;

import static io.lead2cash.e2e.SuiteUnderTest.as;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The catalog as front ends meet it through the gateway: conventions, refusals and a priced request. */
class CatalogThroughTheGatewayTest {

    private static RequestSpecification manager() {
        return as("cathy", null, "catalog-manager");
    }

    private static RequestSpecification rep() {
        return as("alice", "north", "sales-rep");
    }

    @Test
    void aManagerBuildsAPriceListThatARepPricesWith() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var units = manager().body("{\"name\": \"Each " + suffix + "\", \"baseUnit\": \"each\"}")
                .when().post("/api/unit-groups").then().statusCode(201)
                .header("Location", startsWith(SuiteUnderTest.get().gatewayUrl() + "/api/unit-groups/")).extract();
        String product = manager().body("""
                {"productNumber": "E2E-%s", "name": "Grinder", "type": "SALES_INVENTORY", "unitGroupId": "%s",
                 "defaultUnitId": "%s", "currentCost": {"amount": "380.00", "currency": "EUR"}}"""
                .formatted(suffix, units.path("id"), units.path("baseUnitId")))
                .when().post("/api/products").then().statusCode(201).extract().path("id");
        manager().when().post("/api/products/" + product + "/publish").then().statusCode(200);
        String list = manager().body("{\"name\": \"E2E " + suffix + "\", \"currency\": \"EUR\"}")
                .when().post("/api/price-lists").then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
        manager().body("""
                {"productId": "%s", "pricingMethod": "MARGIN_CURRENT_COST", "percentage": 40, "roundingPolicy": "NEAREST",
                 "roundingOption": "MULTIPLE_OF", "roundingAmount": 5, "quantitySellingOption": "WHOLE"}""".formatted(product))
                .when().post("/api/price-lists/" + list + "/items").then().statusCode(201);

        // 380.00 / 0.6 = 633.33, to the nearest multiple of 5: 635.00; x 2 = 1270.00
        rep().body("{\"priceListId\": \"" + list + "\", \"lines\": [{\"productId\": \"" + product + "\", \"quantity\": 2}]}")
                .when().post("/api/pricing/calculate").then().statusCode(200)
                .body("lines[0].pricePerUnit", is("635.00"))
                .body("totalAmount", is("1270.00"));
        rep().body("{\"priceListId\": \"" + list + "\", \"lines\": [{\"productId\": \"" + product + "\", \"quantity\": 1.5}]}")
                .when().post("/api/pricing/calculate").then().statusCode(200)
                .body("lines[0].error", is("QUANTITY_NOT_ALLOWED"));

        rep().header("If-Match", "\"0\"").body("{\"name\": \"Mine now\"}").when().put("/api/price-lists/" + list).then()
                .statusCode(403).contentType("application/problem+json");
        manager().body("{\"name\": \"Renamed\"}").when().put("/api/price-lists/" + list).then().statusCode(428);
        manager().header("If-Match", "\"7\"").body("{\"name\": \"Renamed\"}").when().put("/api/price-lists/" + list)
                .then().statusCode(412);
        rep().queryParam("size", 1).when().get("/api/products").then().statusCode(200).body("size", is(1));
        rep().body("{\"lines\": []}").when().post("/api/pricing/calculate").then().statusCode(400)
                .body("errors[0].field", is("lines"));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneRecord() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"Once " + key + "\", \"currency\": \"USD\"}";
        String first = manager().header("Idempotency-Key", key).body(body).when().post("/api/price-lists").then()
                .statusCode(201).extract().path("id");
        manager().header("Idempotency-Key", key).body(body).when().post("/api/price-lists").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", is(first));
        rep().queryParam("q", "Once " + key).when().get("/api/price-lists").then().body("totalItems", is(1));
    }
}
