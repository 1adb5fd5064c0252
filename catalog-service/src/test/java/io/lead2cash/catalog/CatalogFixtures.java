package io.lead2cash.catalog;

import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** A catalog manager building catalog records through the API, and the other callers of the tests. */
final class CatalogFixtures {

    private CatalogFixtures() {
    }

    static RequestSpecification manager() {
        return Auth.as("cathy", null, Roles.CATALOG_MANAGER);
    }

    static RequestSpecification rep() {
        return Auth.as("alice", "north", Roles.SALES_REP);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A "kg" unit group with a 250 g bag; returns {groupId, kgId, bagId}. */
    static String[] weightUnits() {
        var group = manager().body("{\"name\": \"" + unique("Weight") + "\", \"baseUnit\": \"kg\"}")
                .when().post("/api/unit-groups").then().statusCode(201).extract();
        String groupId = group.path("id");
        String kg = group.path("baseUnitId");
        String bag = manager().body("{\"name\": \"bag 250 g\", \"quantity\": 0.25, \"definedBy\": \"" + kg + "\"}")
                .when().post("/api/unit-groups/" + groupId + "/units").then().statusCode(200)
                .extract().path("units.find { it.name == 'bag 250 g' }.id");
        return new String[] {groupId, kg, bag};
    }

    /** A draft product sold by the kilo with a list price in EUR. */
    static String product(String[] units, String listPrice) {
        return manager().body("""
                {"productNumber": "%s", "name": "Espresso roast", "type": "SALES_INVENTORY", "unitGroupId": "%s",
                 "defaultUnitId": "%s", "listPrice": {"amount": "%s", "currency": "EUR"},
                 "currentCost": {"amount": "9.00", "currency": "EUR"}, "decimalsSupported": 2}"""
                .formatted(unique("ROAST"), units[0], units[1], listPrice))
                .when().post("/api/products").then().statusCode(201).extract().path("id");
    }

    static String publishedProduct(String[] units, String listPrice) {
        String id = product(units, listPrice);
        manager().when().post("/api/products/" + id + "/publish").then().statusCode(200);
        return id;
    }

    static String priceList(String currency) {
        return manager().body("{\"name\": \"" + unique("Retail " + currency) + "\", \"currency\": \"" + currency + "\"}")
                .when().post("/api/price-lists").then().statusCode(201).extract().path("id");
    }
}
