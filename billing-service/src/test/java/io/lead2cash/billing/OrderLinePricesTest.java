package io.lead2cash.billing;

import static io.lead2cash.billing.OpportunitySide.clerk;
import static io.lead2cash.billing.OpportunitySide.orderFor;
import static io.lead2cash.billing.OpportunitySide.rep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.lead2cash.events.ProductLineData;
import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.lead2cash.platform.testing.CatalogStandIn;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A line's price and quantity travel unchanged from the quote to the order, its invoice and its credit notes: six
 * decimals of quantity, the price a user set stays set through repricing, and quantity x net price makes the amount
 * on every line of every document. The catalog's stand-in prices at 12.50 a unit.
 */
@QuarkusTest
@WithTestResource(CatalogStandIn.class)
class OrderLinePricesTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** 1.234567 machines at an overridden 1000.00 (1234.57), and 2 kg of roast at the list's 20.00 (40.00). */
    private static String order() {
        return orderFor(OpportunitySide.acceptedWith(List.of(
                new ProductLineData(1, UUID.randomUUID(), "ESP-SEMI-01", "Semi-automatic espresso machine", null,
                        UUID.randomUUID(), d("1.234567"), d("1000.00"), d("0.00"), d("1234.57"), d("0.00"), d("0.00"),
                        d("1234.57"), true),
                new ProductLineData(2, UUID.randomUUID(), "CC-ROAST", "House roast", null, UUID.randomUUID(), d("2"),
                        d("20.00"), d("0.00"), d("40.00"), d("0.00"), d("0.00"), d("40.00"), null))));
    }

    /** Every line's amount is its quantity times its net price per unit, rounded to the currency. */
    private static void amountsAddUp(String path) {
        List<Map<String, String>> lines = clerk().when().get(path).then().statusCode(200).extract().path("");
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(d(line.get("pricePerUnit"))
                .subtract(d(line.get("volumeDiscountPerUnit"))).multiply(d(line.get("quantity")))
                .setScale(2, RoundingMode.HALF_UP)).as(path + " line " + line).isEqualByComparingTo(line.get("amount")));
    }

    @Test
    void quantitiesKeepSixDecimalsAndAnOverriddenPriceStaysThroughRepricingToTheInvoice() {
        String order = order();
        // The defects: 1.234567 was stored as 1.2346 (x 1000.00 no longer made 1234.57), and using current pricing
        // replaced the negotiated 1000.00 by the list price.
        clerk().when().get("/api/orders/" + order + "/lines").then().body("[0].quantity", is("1.234567"))
                .body("[0].priceOverridden", is(true)).body("[1].priceOverridden", is(false));
        amountsAddUp("/api/orders/" + order + "/lines");

        clerk().when().post("/api/orders/" + order + "/use-current-pricing").then().statusCode(200)
                .body("pricesLocked", is(false)).body("detailAmount.amount", is("1259.57"));
        clerk().when().get("/api/orders/" + order + "/lines").then().body("[0].pricePerUnit", is("1000.00"))
                .body("[1].pricePerUnit", is("12.50")).body("[1].amount", is("25.00"));
        clerk().body("{\"quantity\": 2.5}").when().put("/api/orders/" + order + "/lines/1").then().statusCode(200);
        clerk().when().get("/api/orders/" + order + "/lines").then().body("[0].pricePerUnit", is("1000.00"))
                .body("[0].amount", is("2500.00")).body("[0].priceOverridden", is(true));
        amountsAddUp("/api/orders/" + order + "/lines");

        clerk().body("{\"lines\": [{\"lineNumber\": 1, \"fulfilledQuantity\": 1.333333}]}").when()
                .post("/api/orders/" + order + "/fulfil").then().statusCode(200);
        String invoice = clerk().queryParam("orderId", order).when().get("/api/invoices").then().extract()
                .path("items[0].id");
        clerk().when().get("/api/invoices/" + invoice + "/lines").then().body("[0].quantity", is("1.333333"))
                .body("[0].amount", is("1333.33")).body("[0].priceOverridden", is(true));
        amountsAddUp("/api/invoices/" + invoice + "/lines");
        clerk().when().post("/api/invoices/" + invoice + "/bill").then().statusCode(200);
        String note = clerk().body("{\"reason\": \"Returned\", \"lines\": [{\"lineNumber\": 1, \"quantity\": 0.333333}]}")
                .when().post("/api/invoices/" + invoice + "/credit-notes").then().statusCode(201).extract().path("id");
        amountsAddUp("/api/credit-notes/" + note + "/lines");
    }

    @Test
    void onAnOrderOnlyTheOverridePricingPrivilegeSetsACatalogPriceOrDiscountsBeyondTheFreeShare() {
        String order = order();
        String product = UUID.randomUUID().toString();
        String lines = "/api/orders/" + order + "/lines";
        // The defect: any rep who may change the order priced a catalog product at 0.
        rep("alice", "north").body("{\"productId\": \"" + product + "\", \"quantity\": 1, \"priceOverride\": 0}").when()
                .post(lines).then().statusCode(403);
        clerk().body("{\"productId\": \"" + product + "\", \"quantity\": 1, \"priceOverride\": 0}").when()
                .post(lines).then().statusCode(403);
        // 2 x 12.50 = 25.00: 2.50 is free to give, 2.51 is not.
        rep("alice", "north").body("{\"productId\": \"" + product + "\", \"quantity\": 2, \"manualDiscount\": 2.51}").when()
                .post(lines).then().statusCode(403);
        Auth.as("maria", "north", Roles.SALES_MANAGER).body("{\"productId\": \"" + product + "\", \"quantity\": 2, "
                + "\"priceOverride\": 9, \"manualDiscount\": 10}").when().post(lines).then().statusCode(200);
        clerk().when().get(lines).then().body("[2].pricePerUnit", is("9.00")).body("[2].priceOverridden", is(true));
        rep("alice", "north").body("{\"quantity\": 3}").when().put(lines + "/3").then().statusCode(200);
        rep("alice", "north").body("{\"manualDiscount\": 12}").when().put(lines + "/3").then().statusCode(403);
        // 10.00 off 27.00 is what the manager's discount now takes; the same 10.00 off 18.00 would take more.
        rep("alice", "north").body("{\"quantity\": 2}").when().put(lines + "/3").then().statusCode(403);
        amountsAddUp(lines);
    }
}
