package io.lead2cash.billing;

import static io.lead2cash.billing.OpportunitySide.clerk;
import static io.lead2cash.billing.OpportunitySide.orderFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.EventSchemas;
import io.lead2cash.events.Topics;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Fulfilling and canceling orders, and the invoice a fulfilment makes. */
@QuarkusTest
class OrderLifecycleTest {

    private static String newOrder() {
        return orderFor(OpportunitySide.accepted(UUID.randomUUID(), "alice", "north"));
    }

    @Test
    void fulfillingAnOrderCompletelyInvoicesItAllDueAfterItsPaymentTerms() {
        String order = newOrder();
        clerk().when().post("/api/orders/" + order + "/fulfil").then().statusCode(200)
                .body("state", is("INVOICED")).body("statusReason", is("INVOICED")).body("fulfilledAt", notNullValue());
        clerk().when().get("/api/orders/" + order + "/lines").then().body("[0].fulfilledQuantity", is("5"))
                .body("[1].fulfilledQuantity", is("10"));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        clerk().queryParam("orderId", order).when().get("/api/invoices").then().body("totalItems", is(1))
                .body("items[0].invoiceNumber", matchesPattern("INV-" + today.getYear() + "-\\d{6}"))
                .body("items[0].totalAmount.amount", is(OpportunitySide.TOTAL))
                .body("items[0].amountDue.amount", is(OpportunitySide.TOTAL))
                .body("items[0].invoiceDate", is(today.toString()))
                .body("items[0].dueDate", is(today.plusDays(30).toString()))
                .body("items[0].state", is("ACTIVE")).body("items[0].statusReason", is("NEW"));

        clerk().when().post("/api/orders/" + order + "/fulfil").then().statusCode(409)
                .body("type", is("urn:lead2cash:problem:illegal-transition"));
        clerk().body("{\"reason\": \"Too late\"}").when().post("/api/orders/" + order + "/cancel").then().statusCode(409);

        var fulfilled = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.BILLING,
                r -> order.equals(r.key()) && "lead2cash.order.fulfilled.v1".equals(KafkaRecords.header(r, "ce_type")), 1,
                Duration.ofSeconds(10));
        assertThat(fulfilled).hasSize(1);
        assertThat(EventSchemas.violations("lead2cash.order.fulfilled.v1", fulfilled.get(0).value())).isEmpty();
        assertThat(fulfilled.get(0).value()).contains("\"statusReason\":\"COMPLETE\"");
        var invoiced = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.BILLING,
                r -> order.equals(r.key()) && "lead2cash.invoice.created.v1".equals(KafkaRecords.header(r, "ce_type")), 1,
                Duration.ofSeconds(10));
        assertThat(EventSchemas.violations("lead2cash.invoice.created.v1", invoiced.get(0).value())).isEmpty();
    }

    @Test
    void aPartialFulfilmentInvoicesOnlyWhatWasDelivered() {
        String order = newOrder();
        clerk().body("{\"lines\": [{\"lineNumber\": 1, \"fulfilledQuantity\": 6}]}").when()
                .post("/api/orders/" + order + "/fulfil").then().statusCode(400).body("errors[0].field", is("lines"));
        clerk().body("{\"lines\": [{\"lineNumber\": 9, \"fulfilledQuantity\": 1}]}").when()
                .post("/api/orders/" + order + "/fulfil").then().statusCode(400).body("errors[0].field", is("lines"));
        clerk().body("{\"lines\": [{\"lineNumber\": 1, \"fulfilledQuantity\": -1}]}").when()
                .post("/api/orders/" + order + "/fulfil").then().statusCode(400)
                .body("errors[0].field", is("lines[0].fulfilledQuantity"));
        clerk().body("{\"lines\": [{\"lineNumber\": 1, \"fulfilledQuantity\": 0}, {\"lineNumber\": 2, \"fulfilledQuantity\": 0}]}")
                .when().post("/api/orders/" + order + "/fulfil").then().statusCode(400);
        clerk().when().get("/api/orders/" + order).then().body("state", is("ACTIVE"));

        clerk().body("{\"lines\": [{\"lineNumber\": 1, \"fulfilledQuantity\": 2}]}").when()
                .post("/api/orders/" + order + "/fulfil").then().statusCode(200).body("state", is("INVOICED"));
        String invoice = clerk().queryParam("orderId", order).when().get("/api/invoices").then()
                .body("items[0].detailAmount.amount", is("2170.00"))
                .body("items[0].totalDiscount.amount", is("108.50"))
                .body("items[0].freight.amount", is("50.00"))
                .body("items[0].totalTax.amount", is("455.70"))
                .body("items[0].totalAmount.amount", is("2567.20")).extract().path("items[0].id");
        clerk().when().get("/api/invoices/" + invoice + "/lines").then()
                .body("[0].quantity", is("2")).body("[0].amount", is("2000.00")).body("[0].tax", is("420.00"))
                .body("[1].quantity", is("10")).body("[1].extendedAmount", is("205.70"));
    }

    @Test
    void anActiveOrderCanBeInvoicedOnRequestOnceAndCanceledOnlyWithoutAnInvoice() {
        String order = newOrder();
        String invoice = clerk().when().post("/api/orders/" + order + "/invoices").then().statusCode(201)
                .body("totalAmount.amount", is(OpportunitySide.TOTAL)).extract().path("id");
        clerk().when().post("/api/orders/" + order + "/invoices").then().statusCode(409);
        clerk().body("{\"reason\": \"Customer went bankrupt\"}").when().post("/api/orders/" + order + "/cancel").then()
                .statusCode(409);
        // Invoiced for everything: delivering only part would leave the customer billed for too much.
        clerk().body("{\"lines\": [{\"lineNumber\": 1, \"fulfilledQuantity\": 2}]}").when()
                .post("/api/orders/" + order + "/fulfil").then().statusCode(409);
        clerk().when().get("/api/orders/" + order).then().body("state", is("ACTIVE"));

        clerk().when().post("/api/invoices/" + invoice + "/cancel").then().statusCode(200).body("state", is("CANCELED"));
        clerk().body("{\"reason\": \"\"}").when().post("/api/orders/" + order + "/cancel").then().statusCode(400)
                .body("errors[0].field", is("reason"));
        clerk().body("{\"reason\": \"Customer went bankrupt\"}").when().post("/api/orders/" + order + "/cancel").then()
                .statusCode(200).body("state", is("CANCELED")).body("statusReason", is("NO_MONEY"))
                .body("cancelReason", is("Customer went bankrupt"));
        clerk().when().post("/api/orders/" + order + "/fulfil").then().statusCode(409);
        clerk().when().post("/api/orders/" + order + "/invoices").then().statusCode(409);
        clerk().when().get("/api/orders/" + UUID.randomUUID()).then().statusCode(404);
    }
}
