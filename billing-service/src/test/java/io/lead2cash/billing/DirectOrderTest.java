package io.lead2cash.billing;

import static io.lead2cash.billing.OpportunitySide.clerk;
import static io.lead2cash.billing.OpportunitySide.rep;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.lead2cash.platform.testing.CatalogStandIn;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Orders created directly, their catalog lines priced by the catalog (here its stand-in: 12.50 a unit). */
@QuarkusTest
@WithTestResource(CatalogStandIn.class)
class DirectOrderTest {

    private static String order(String customer, String lines) {
        return order(OpportunitySide.knownAccount(customer), customer, lines);
    }

    private static String order(UUID account, String customer, String lines) {
        return """
                {"customerType": "ACCOUNT", "customerId": "%s", "customerName": "%s", "priceListId": "%s",
                 "currency": "EUR", "freight": 5, "lines": [%s]}""".formatted(account, customer, UUID.randomUUID(), lines);
    }

    @Test
    void aDirectOrderNamesACustomerTheSuiteKnowsByTheNameTheSuiteKnows() {
        String line = "{\"writeInName\": \"Installation\", \"quantity\": 1, \"priceOverride\": 99.9}";
        clerk().body(order(UUID.randomUUID(), "Nobody", line)).when().post("/api/orders").then().statusCode(422)
                .body("type", is("urn:lead2cash:problem:unknown-reference")).body("errors[0].field", is("customerId"));
        UUID account = OpportunitySide.knownAccount("Northwind Traders");
        clerk().body(order(account, "Someone else", line).replace("\"ACCOUNT\"", "\"CONTACT\"")).when()
                .post("/api/orders").then().statusCode(422);
        clerk().body(order(account, "Someone else", line)).when().post("/api/orders").then().statusCode(201)
                .body("customerName", is("Northwind Traders"));
    }

    @Test
    void overridingACatalogPriceOnAnOrderNeedsTheOverridePricingPrivilege() {
        UUID account = OpportunitySide.knownAccount("Overrides " + UUID.randomUUID());
        String overridden = "{\"productId\": \"%s\", \"quantity\": 2, \"priceOverride\": 0}".formatted(UUID.randomUUID());
        clerk().body(order(account, "x", overridden)).when().post("/api/orders").then().statusCode(403)
                .body("detail", containsString("lines[0].priceOverride"));
        String id = io.lead2cash.platform.testing.Auth.as("maria", null, io.lead2cash.platform.security.Roles.SALES_MANAGER)
                .body(order(account, "x", overridden)).when().post("/api/orders").then().statusCode(201)
                .body("totalAmount.amount", is("5.00")).extract().path("id");
        clerk().when().get("/api/orders/" + id + "/lines").then().body("[0].priceOverridden", is(true))
                .body("[0].pricePerUnit", is("0.00"));
        // 2 x 12.50 = 25.00: 2.50 is the clerk's to give, 2.51 is not.
        clerk().body(order(account, "x", "{\"productId\": \"%s\", \"quantity\": 2, \"manualDiscount\": 2.51}"
                .formatted(UUID.randomUUID()))).when().post("/api/orders").then().statusCode(403);
        clerk().body(order(account, "x", "{\"productId\": \"%s\", \"quantity\": 2, \"manualDiscount\": 2.50}"
                .formatted(UUID.randomUUID()))).when().post("/api/orders").then().statusCode(201);
    }

    @Test
    void aHeaderDiscountBeyondTheFreeShareNeedsTheOverridePricingPrivilegeAndDoesNotGrowAsLinesGo() {
        UUID account = OpportunitySide.knownAccount("Header discounts " + UUID.randomUUID());
        String twoLines = "{\"writeInName\": \"Visit\", \"quantity\": 1, \"priceOverride\": 100}, "
                + "{\"writeInName\": \"Repair\", \"quantity\": 1, \"priceOverride\": 100}";
        // The defect: a header discount had no privilege, so 100 % of an order was any clerk's to give.
        clerk().body(order(account, "x", twoLines).replace("\"freight\": 5", "\"discountPercentage\": 100"))
                .when().post("/api/orders").then().statusCode(403).body("detail", containsString("discountPercentage"));
        String id = clerk().body(order(account, "x", twoLines).replace("\"freight\": 5", "\"discountAmount\": 20"))
                .when().post("/api/orders").then().statusCode(201).body("totalAmount.amount", is("180.00"))
                .extract().path("id");
        // 20.00 of 200.00 is 10 %; of the 100.00 left once a line goes it would be 20 %.
        clerk().when().delete("/api/orders/" + id + "/lines/2").then().statusCode(403);
        clerk().body("{\"quantity\": 0.5}").when().put("/api/orders/" + id + "/lines/2").then().statusCode(403);
        clerk().body("{\"quantity\": 2}").when().put("/api/orders/" + id + "/lines/2").then().statusCode(200)
                .body("totalAmount.amount", is("280.00"));
        io.lead2cash.platform.testing.Auth.as("maria", null, io.lead2cash.platform.security.Roles.SALES_MANAGER)
                .body(order(account, "x", twoLines).replace("\"freight\": 5", "\"discountPercentage\": 50")).when()
                .post("/api/orders").then().statusCode(201).body("totalAmount.amount", is("100.00"));
    }

    @Test
    void anOrderCreatedDirectlyIsPricedByTheCatalogAndOwnedByItsCreator() {
        String id = clerk().body(order("Northwind", """
                {"productId": "%s", "quantity": 4, "tax": 10.50},
                {"writeInName": "Installation", "quantity": 1, "priceOverride": 99.9}""".formatted(UUID.randomUUID())))
                .when().post("/api/orders").then().statusCode(201)
                .body("ownerId", is("ben")).body("pricesLocked", is(false)).body("state", is("ACTIVE"))
                .body("paymentTerms", is("NET_30"))
                .body("detailAmount.amount", is("149.90")).body("totalTax.amount", is("10.50"))
                .body("totalAmount.amount", is("165.40")).extract().path("id");
        clerk().when().get("/api/orders/" + id + "/lines").then().body("[0].pricePerUnit", is("12.50"))
                .body("[0].amount", is("50.00")).body("[0].extendedAmount", is("60.50"))
                .body("[1].writeInName", is("Installation")).body("[1].extendedAmount", is("99.90"));
    }

    @Test
    void anOrderTheCatalogCannotPriceIsRefusedAndNothingIsCreated() {
        String customer = "Refused " + UUID.randomUUID();
        UUID account = OpportunitySide.knownAccount(customer);
        clerk().body(order(account, customer, """
                {"productId": "%s", "quantity": 1}, {"productId": "%s", "quantity": 1}"""
                .formatted(UUID.randomUUID(), CatalogStandIn.NOT_ON_LIST))).when().post("/api/orders").then()
                .statusCode(400).body("errors[0].field", is("lines[1].productId"))
                .body("detail", containsString("PRODUCT_NOT_ON_PRICE_LIST"));
        clerk().body(order(account, customer, "{\"quantity\": 1}")).when().post("/api/orders").then().statusCode(400)
                .body("errors[0].field", is("lines[0].productId"));
        clerk().body(order(account, customer, "{\"writeInName\": \"x\", \"quantity\": 0, \"priceOverride\": 1}")).when()
                .post("/api/orders").then().statusCode(400).body("errors[0].field", is("lines[0].quantity"));
        clerk().body(order(account, customer, "{\"writeInName\": \"x\", \"quantity\": 1, \"priceOverride\": 5, \"manualDiscount\": 9}"))
                .when().post("/api/orders").then().statusCode(400).body("errors[0].field", is("lines[0].manualDiscount"));
        clerk().body(order(account, customer, "{\"writeInName\": \"x\", \"quantity\": 999999999999999, "
                + "\"priceOverride\": 999999999999999}")).when().post("/api/orders").then().statusCode(400);
        clerk().body(order(account, customer, "{\"writeInName\": \"x\", \"quantity\": 1, \"priceOverride\": 1}").replace("EUR", "ZZZ"))
                .when().post("/api/orders").then().statusCode(400).body("errors[0].field", is("currency"));
        rep("alice", "north").body(order(account, customer, "{\"writeInName\": \"x\", \"quantity\": 1, \"priceOverride\": 1}")).when()
                .post("/api/orders").then().statusCode(403);

        CatalogStandIn.DOWN.set(true);
        try {
            clerk().body(order(account, customer, "{\"productId\": \"%s\", \"quantity\": 1}".formatted(UUID.randomUUID()))).when()
                    .post("/api/orders").then().statusCode(503).body("type", is("urn:lead2cash:problem:unavailable"));
        } finally {
            CatalogStandIn.DOWN.set(false);
        }
        clerk().queryParam("q", customer).when().get("/api/orders").then().body("totalItems", is(0));
    }
}
