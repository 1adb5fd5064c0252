package io.lead2cash.e2e;

import static io.lead2cash.e2e.SuiteUnderTest.as;

import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** A catalog manager's product on a fresh EUR price list, made through the gateway for a test. */
record E2eCatalog(String productId, String priceListId, String productNumber) {

    private static RequestSpecification manager() {
        return as("cathy", null, "catalog-manager");
    }

    /** A published product sold by the kilo (2 decimals) at {@code price} per kilo on a new EUR list. */
    static E2eCatalog roastAt(String price) {
        return roastAt(price, 2);
    }

    /** A published product sold by the kilo in {@code decimals} decimals at {@code price} per kilo on a new EUR list. */
    static E2eCatalog roastAt(String price, int decimals) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var units = manager().body("{\"name\": \"Weight " + suffix + "\", \"baseUnit\": \"kg\"}")
                .when().post("/api/unit-groups").then().statusCode(201).extract();
        String roast = manager().body("""
                {"productNumber": "ROAST-%s", "name": "House roast", "type": "SALES_INVENTORY", "unitGroupId": "%s",
                 "defaultUnitId": "%s", "decimalsSupported": %d}""".formatted(suffix, units.path("id"), units.path("baseUnitId"),
                decimals))
                .when().post("/api/products").then().statusCode(201).extract().path("id");
        manager().when().post("/api/products/" + roast + "/publish").then().statusCode(200);
        String list = manager().body("{\"name\": \"E2E " + suffix + "\", \"currency\": \"EUR\"}")
                .when().post("/api/price-lists").then().statusCode(201).extract().path("id");
        manager().body("{\"productId\": \"" + roast + "\", \"pricingMethod\": \"CURRENCY_AMOUNT\", \"amount\": " + price
                + ", \"quantitySellingOption\": \"WHOLE_AND_FRACTIONAL\"}")
                .when().post("/api/price-lists/" + list + "/items").then().statusCode(201);
        return new E2eCatalog(roast, list, "ROAST-" + suffix);
    }
}
