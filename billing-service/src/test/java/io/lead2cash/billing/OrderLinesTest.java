package io.lead2cash.billing;

import static io.lead2cash.billing.OpportunitySide.clerk;
import static io.lead2cash.billing.OpportunitySide.orderFor;
import static io.lead2cash.billing.OpportunitySide.rep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.EventSchemas;
import io.lead2cash.events.Topics;
import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.lead2cash.platform.testing.CatalogStandIn;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An order's lines stay editable until it is fulfilled, as in Dynamics 365: added, changed and removed while Active
 * (Submitted: the integration role only), never once an invoice bills them. The standard order is 5 machines at
 * 1000.00 (tax 1050.00) and 10 kg of roast at 20.00 less 2.00 (discount 10.00, tax 35.70), 5% off, freight 50.00.
 */
@QuarkusTest
@WithTestResource(CatalogStandIn.class)
class OrderLinesTest {

    private static String newOrder() {
        return orderFor(OpportunitySide.accepted(UUID.randomUUID(), "alice", "north"));
    }

    private static String lines(String order) {
        return "/api/orders/" + order + "/lines";
    }

    @Test
    void anActiveOrdersLinesAreAddedChangedAndRemovedAtTheirLockedPricesAndTotalledAgain() {
        String order = newOrder();
        // 6 x 1000.00 + 170.00 = 6170.00; 5% = 308.50; 5861.50 + 50.00 freight + 1085.70 tax = 6997.20.
        rep("alice", "north").body("{\"quantity\": 6}").when().put(lines(order) + "/1").then().statusCode(200)
                .body("detailAmount.amount", is("6170.00")).body("totalAmount.amount", is("6997.20"));
        clerk().when().get(lines(order)).then().body("[0].quantity", is("6")).body("[0].pricePerUnit", is("1000.00"))
                .body("[0].amount", is("6000.00")).body("[0].extendedAmount", is("7050.00"))
                .body("[1].extendedAmount", is("205.70"));

        // A write-in: 4 x 7.50 = 30.00; 6200.00 less 5% = 5890.00 + 50.00 + 1085.70 = 7025.70.
        clerk().body("{\"writeInName\": \"Descaler\", \"quantity\": 4, \"priceOverride\": 7.5}").when()
                .post(lines(order)).then().statusCode(200).body("totalAmount.amount", is("7025.70"));
        clerk().when().get(lines(order)).then().body("[2].lineNumber", is(3)).body("[2].amount", is("30.00"));
        clerk().when().delete(lines(order) + "/3").then().statusCode(200).body("totalAmount.amount", is("6997.20"));

        clerk().body("{\"manualDiscount\": 500}").when().put(lines(order) + "/2").then().statusCode(400)
                .body("errors[0].field", is("manualDiscount"));
        clerk().body("{\"quantity\": 0}").when().put(lines(order) + "/2").then().statusCode(400)
                .body("errors[0].field", is("quantity"));
        clerk().body("{\"quantity\": 1}").when().put(lines(order) + "/9").then().statusCode(404);
        clerk().body("{\"quantity\": 1, \"priceOverride\": 3}").when().post(lines(order)).then().statusCode(400)
                .body("errors[0].field", is("productId"));
        rep("bob", "south").body("{\"quantity\": 1}").when().put(lines(order) + "/2").then().statusCode(403);
        clerk().when().get("/api/orders/" + order).then().body("totalAmount.amount", is("6997.20"));

        clerk().when().delete(lines(order) + "/2").then().statusCode(200);
        clerk().when().delete(lines(order) + "/1").then().statusCode(409);

        var changes = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.BILLING,
                r -> order.equals(r.key()) && "lead2cash.order.lines-changed.v1".equals(KafkaRecords.header(r, "ce_type")),
                4, Duration.ofSeconds(10));
        changes.forEach(r -> assertThat(EventSchemas.violations("lead2cash.order.lines-changed.v1", r.value()))
                .as(r.value()).isEmpty());
        assertThat(changes.get(1).value()).contains("\"change\":\"ADDED\"", "\"lineNumber\":3");
    }

    @Test
    void anAddedLineRetriedWithItsIdempotencyKeyIsAddedOnce() {
        String order = newOrder();
        String key = UUID.randomUUID().toString();
        String line = "{\"writeInName\": \"Descaler\", \"quantity\": 4, \"priceOverride\": 7.5}";
        String first = clerk().header("Idempotency-Key", key).body(line).when().post(lines(order)).then().statusCode(200)
                .header("Idempotent-Replayed", (String) null).extract().asString();

        String retried = clerk().header("Idempotency-Key", key).body(line).when().post(lines(order)).then().statusCode(200)
                .header("Idempotent-Replayed", "true").extract().asString();

        assertThat(retried).isEqualTo(first);
        clerk().when().get(lines(order)).then().body("size()", is(3)).body("[2].lineNumber", is(3));
    }

    @Test
    void withPricesUnlockedTheCatalogPricesAChangedLineAgain() {
        String order = newOrder();
        clerk().when().post("/api/orders/" + order + "/use-current-pricing").then().statusCode(200);
        clerk().body("{\"quantity\": 10}").when().put(lines(order) + "/1").then().statusCode(200);
        clerk().when().get(lines(order)).then().body("[0].pricePerUnit", is("12.50")).body("[0].amount", is("125.00"))
                .body("[0].extendedAmount", is("1175.00"));
        CatalogStandIn.DOWN.set(true);
        try {
            clerk().body("{\"quantity\": 11}").when().put(lines(order) + "/1").then().statusCode(503);
        } finally {
            CatalogStandIn.DOWN.set(false);
        }
        clerk().when().get(lines(order)).then().body("[0].quantity", is("10"));
        // The catalog client's circuit breaker stays open a few seconds after the outage: wait until it prices again,
        // so no later test meets it open.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> clerk()
                .body("{\"quantity\": 11}").when().put(lines(order) + "/1").then().statusCode(200));
        clerk().when().get(lines(order)).then().body("[0].amount", is("137.50"));
    }

    @Test
    void linesAreLockedOnceSubmittedInvoicedOrFulfilled() {
        String submitted = newOrder();
        clerk().when().post("/api/orders/" + submitted + "/submit").then().statusCode(200);
        clerk().body("{\"quantity\": 6}").when().put(lines(submitted) + "/1").then().statusCode(409);
        Auth.as("erp", null, Roles.INTEGRATION).body("{\"quantity\": 6}").when().put(lines(submitted) + "/1").then()
                .statusCode(200).body("state", is("SUBMITTED"));

        String invoiced = newOrder();
        clerk().when().post("/api/orders/" + invoiced + "/invoices").then().statusCode(201);
        clerk().body("{\"quantity\": 6}").when().put(lines(invoiced) + "/1").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("cancel that invoice"));

        String fulfilled = newOrder();
        clerk().when().post("/api/orders/" + fulfilled + "/fulfil").then().statusCode(200);
        clerk().when().delete(lines(fulfilled) + "/2").then().statusCode(409)
                .body("type", is("urn:lead2cash:problem:illegal-transition"));
    }
}
