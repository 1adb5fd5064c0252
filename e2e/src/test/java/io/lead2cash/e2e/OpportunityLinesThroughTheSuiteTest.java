package io.lead2cash.e2e;

import static io.lead2cash.e2e.SuiteUnderTest.as;
import static org.hamcrest.Matchers.is;

import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An opportunity's product line priced by the real catalog-service, service to service, with the rep's token. */
class OpportunityLinesThroughTheSuiteTest {

    private static RequestSpecification manager() {
        return as("cathy", null, "catalog-manager");
    }

    private static RequestSpecification rep() {
        return as("alice", "north", "sales-rep");
    }

    @Test
    void aLineOnAnOpportunityIsPricedByTheCatalog() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var units = manager().body("{\"name\": \"Weight " + suffix + "\", \"baseUnit\": \"kg\"}")
                .when().post("/api/unit-groups").then().statusCode(201).extract();
        String roast = manager().body("""
                {"productNumber": "ROAST-%s", "name": "House roast", "type": "SALES_INVENTORY", "unitGroupId": "%s",
                 "defaultUnitId": "%s", "decimalsSupported": 2}""".formatted(suffix, units.path("id"), units.path("baseUnitId")))
                .when().post("/api/products").then().statusCode(201).extract().path("id");
        manager().when().post("/api/products/" + roast + "/publish").then().statusCode(200);
        String list = manager().body("{\"name\": \"Lines " + suffix + "\", \"currency\": \"EUR\"}")
                .when().post("/api/price-lists").then().statusCode(201).extract().path("id");
        manager().body("{\"productId\": \"" + roast + "\", \"pricingMethod\": \"CURRENCY_AMOUNT\", \"amount\": 20.99, "
                + "\"quantitySellingOption\": \"WHOLE_AND_FRACTIONAL\"}")
                .when().post("/api/price-lists/" + list + "/items").then().statusCode(201);

        String opportunity = rep().body("""
                {"topic": "Roast for the Lyon offices", "customerType": "ACCOUNT", "customerId": "%s", "currency": "EUR",
                 "priceListId": "%s", "revenueSystemCalculated": true}""".formatted(UUID.randomUUID(), list))
                .when().post("/api/opportunities").then().statusCode(201).extract().path("id");
        // 12.5 kg x 20.99 = 262.375 -> 262.38 (half up)
        rep().body("{\"productId\": \"" + roast + "\", \"quantity\": 12.5}")
                .when().post("/api/opportunities/" + opportunity + "/lines").then().statusCode(201)
                .body("priced", is(true)).body("pricePerUnit", is("20.99")).body("amount", is("262.38"));
        rep().body("{\"productId\": \"" + roast + "\", \"quantity\": 1.234}")
                .when().post("/api/opportunities/" + opportunity + "/lines").then().statusCode(201)
                .body("priced", is(false)).body("pricingError", is("QUANTITY_NOT_ALLOWED"));
        rep().when().get("/api/opportunities/" + opportunity).then().body("estimatedRevenue.amount", is("262.38"));
    }
}
