package io.lead2cash.e2e;

import static io.lead2cash.e2e.SuiteUnderTest.as;
import static org.hamcrest.Matchers.is;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** An opportunity's product line priced by the real catalog-service, service to service, with the rep's token. */
class OpportunityLinesThroughTheSuiteTest {

    private static RequestSpecification rep() {
        return as("alice", "north", "sales-rep");
    }

    @Test
    void aLineOnAnOpportunityIsPricedByTheCatalog() {
        E2eCatalog catalog = E2eCatalog.roastAt("20.99");
        String opportunity = rep().body("""
                {"topic": "Roast for the Lyon offices", "customerType": "ACCOUNT", "customerId": "%s", "currency": "EUR",
                 "priceListId": "%s", "revenueSystemCalculated": true}""".formatted(E2eCustomer.account("Lyon offices"),
                catalog.priceListId()))
                .when().post("/api/opportunities").then().statusCode(201).extract().path("id");
        // 12.5 kg x 20.99 = 262.375 -> 262.38 (half up)
        rep().body("{\"productId\": \"" + catalog.productId() + "\", \"quantity\": 12.5}")
                .when().post("/api/opportunities/" + opportunity + "/lines").then().statusCode(201)
                .body("priced", is(true)).body("pricePerUnit", is("20.99")).body("amount", is("262.38"));
        rep().body("{\"productId\": \"" + catalog.productId() + "\", \"quantity\": 1.234}")
                .when().post("/api/opportunities/" + opportunity + "/lines").then().statusCode(201)
                .body("priced", is(false)).body("pricingError", is("QUANTITY_NOT_ALLOWED"));
        rep().when().get("/api/opportunities/" + opportunity).then().body("estimatedRevenue.amount", is("262.38"));
    }
}
