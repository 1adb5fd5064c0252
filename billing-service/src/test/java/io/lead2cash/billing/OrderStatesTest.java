package io.lead2cash.billing;

import static io.lead2cash.billing.OpportunitySide.clerk;
import static io.lead2cash.billing.OpportunitySide.orderFor;
import static io.lead2cash.billing.OpportunitySide.rep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.EventSchemas;
import io.lead2cash.events.Topics;
import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.lead2cash.platform.testing.CatalogStandIn;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Orders through Dataverse's states: Active (New, Pending) → Submitted (In Progress) → Fulfilled → Invoiced, prices
 * locked and unlocked with current pricing (the catalog's stand-in prices every product at 12.50).
 */
@QuarkusTest
@WithTestResource(CatalogStandIn.class)
class OrderStatesTest {

    private static RequestSpecification backOffice() {
        return Auth.as("erp", null, Roles.INTEGRATION);
    }

    private static String newOrder() {
        return orderFor(OpportunitySide.accepted(UUID.randomUUID(), "alice", "north"));
    }

    private static java.util.List<String> typesOf(String order, int count) {
        return KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.BILLING,
                r -> order.equals(r.key()), count, Duration.ofSeconds(10))
                .stream().map(r -> {
                    String type = KafkaRecords.header(r, "ce_type");
                    assertThat(EventSchemas.violations(type, r.value())).as(type).isEmpty();
                    return type;
                }).toList();
    }

    @Test
    void anOrderIsHeldSubmittedFulfilledAndInvoicedPublishingEachStep() {
        String order = newOrder();
        rep("alice", "north").when().post("/api/orders/" + order + "/hold").then().statusCode(200)
                .body("state", is("ACTIVE")).body("statusReason", is("PENDING"));
        rep("alice", "north").when().post("/api/orders/" + order + "/hold").then().statusCode(409);
        rep("bob", "south").when().post("/api/orders/" + order + "/submit").then().statusCode(403);
        rep("alice", "north").when().post("/api/orders/" + order + "/submit").then().statusCode(200)
                .body("state", is("SUBMITTED")).body("statusReason", is("IN_PROGRESS")).body("submittedAt", notNullValue());
        rep("alice", "north").when().post("/api/orders/" + order + "/submit").then().statusCode(409)
                .body("type", is("urn:lead2cash:problem:illegal-transition"));
        rep("alice", "north").when().post("/api/orders/" + order + "/fulfil").then().statusCode(403);

        backOffice().when().post("/api/orders/" + order + "/fulfil").then().statusCode(200)
                .body("state", is("INVOICED")).body("statusReason", is("INVOICED")).body("fulfilledAt", notNullValue());
        clerk().when().post("/api/orders/" + order + "/invoices").then().statusCode(409);

        assertThat(typesOf(order, 6)).containsExactly("lead2cash.order.created.v1", "lead2cash.order.held.v1",
                "lead2cash.order.submitted.v1", "lead2cash.order.fulfilled.v1", "lead2cash.invoice.created.v1",
                "lead2cash.order.invoiced.v1");
    }

    @Test
    void cancelingTheInvoiceOfAnInvoicedOrderMakesItFulfilledAgainToBeInvoicedAnew() {
        String order = newOrder();
        clerk().body("{\"lines\": [{\"lineNumber\": 1, \"fulfilledQuantity\": 2}]}").when()
                .post("/api/orders/" + order + "/fulfil").then().statusCode(200).body("state", is("INVOICED"));
        String invoice = clerk().queryParam("orderId", order).when().get("/api/invoices").then()
                .extract().path("items[0].id");
        clerk().when().post("/api/invoices/" + invoice + "/cancel").then().statusCode(200);
        clerk().when().get("/api/orders/" + order).then().body("state", is("FULFILLED")).body("statusReason", is("PARTIAL"));
        clerk().when().post("/api/orders/" + order + "/invoices").then().statusCode(201)
                .body("totalAmount.amount", is("2567.20"));
        clerk().when().get("/api/orders/" + order).then().body("state", is("INVOICED"));
        assertThat(typesOf(order, 7)).containsSubsequence("lead2cash.invoice.canceled.v1",
                "lead2cash.order.invoicing-reopened.v1", "lead2cash.invoice.created.v1", "lead2cash.order.invoiced.v1");
    }

    @Test
    void useCurrentPricingUnlocksAndRepricesTheCatalogLinesAndLockingKeepsThem() {
        String order = newOrder();
        clerk().when().post("/api/orders/" + order + "/lock-pricing").then().statusCode(409);
        clerk().when().post("/api/orders/" + order + "/use-current-pricing").then().statusCode(200)
                .body("pricesLocked", is(false))
                .body("detailAmount.amount", is("232.50")).body("totalDiscount.amount", is("11.63"))
                .body("totalTax.amount", is("1085.70")).body("totalAmount.amount", is("1356.57"));
        clerk().when().get("/api/orders/" + order + "/lines").then()
                .body("[0].pricePerUnit", is("12.50")).body("[0].extendedAmount", is("1112.50"))
                .body("[0].productNumber", startsWith("P-"))
                .body("[1].writeInName", is("House roast, 1 kg")).body("[1].extendedAmount", is("205.70"));
        clerk().when().post("/api/orders/" + order + "/lock-pricing").then().statusCode(200).body("pricesLocked", is(true));

        CatalogStandIn.DOWN.set(true);
        try {
            clerk().when().post("/api/orders/" + order + "/use-current-pricing").then().statusCode(503);
        } finally {
            CatalogStandIn.DOWN.set(false);
        }
        clerk().when().get("/api/orders/" + order).then().body("pricesLocked", is(true))
                .body("totalAmount.amount", is("1356.57"));
        assertThat(typesOf(order, 3)).containsExactly("lead2cash.order.created.v1", "lead2cash.order.repriced.v1",
                "lead2cash.order.prices-locked.v1");
    }

    @Test
    void aSubmittedOrderIsLockedForEveryoneButTheIntegrationRole() {
        String order = newOrder();
        clerk().when().post("/api/orders/" + order + "/submit").then().statusCode(200);
        clerk().when().post("/api/orders/" + order + "/use-current-pricing").then().statusCode(409)
                .body("detail", is("Order " + clerk().when().get("/api/orders/" + order).then().extract().path("orderNumber")
                        + " is submitted: only the integration role may reprice it"));
        clerk().when().post("/api/orders/" + order + "/hold").then().statusCode(409);
        backOffice().when().post("/api/orders/" + order + "/use-current-pricing").then().statusCode(200)
                .body("state", is("SUBMITTED")).body("totalAmount.amount", is("1356.57"));
        backOffice().when().post("/api/orders/" + order + "/lock-pricing").then().statusCode(200);
        backOffice().body("{\"reason\": \"Customer withdrew\"}").when().post("/api/orders/" + order + "/cancel").then()
                .statusCode(200).body("state", is("CANCELED"));
        backOffice().when().post("/api/orders/" + order + "/submit").then().statusCode(403);
    }
}
