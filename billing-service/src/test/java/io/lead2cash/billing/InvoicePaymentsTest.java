package io.lead2cash.billing;

import static io.lead2cash.billing.OpportunitySide.clerk;
import static io.lead2cash.billing.OpportunitySide.orderFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.billing.domain.customer.CustomerAddress;
import io.lead2cash.events.CustomerReference;
import io.lead2cash.events.CustomerType;
import io.lead2cash.events.EventSchemas;
import io.lead2cash.events.Topics;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.lead2cash.events.PostalAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Billing, paying in parts, the refusals around payments, and the printable invoice. */
@QuarkusTest
class InvoicePaymentsTest {

    private static String[] fulfilledInvoice() {
        String order = orderFor(OpportunitySide.accepted(UUID.randomUUID(), "alice", "north"));
        clerk().when().post("/api/orders/" + order + "/fulfil").then().statusCode(200);
        String invoice = clerk().queryParam("orderId", order).when().get("/api/invoices").then().extract().path("items[0].id");
        return new String[] {order, invoice};
    }

    @Test
    void anInvoicePaidInTwoPartsIsPaidPartlyThenCompletely() {
        String[] ids = fulfilledInvoice();
        String invoice = ids[1];
        clerk().when().post("/api/invoices/" + invoice + "/bill").then().statusCode(200).body("statusReason", is("BILLED"));
        clerk().when().post("/api/invoices/" + invoice + "/bill").then().statusCode(409);

        clerk().body("{\"amount\": 6047.21}").when().post("/api/invoices/" + invoice + "/payments").then().statusCode(400)
                .body("errors[0].field", is("amount")).body("detail", containsString("6047.20"));
        clerk().body("{\"amount\": 0}").when().post("/api/invoices/" + invoice + "/payments").then().statusCode(400)
                .body("errors[0].field", is("amount"));
        clerk().body("{\"amount\": 10.001}").when().post("/api/invoices/" + invoice + "/payments").then().statusCode(400)
                .body("errors[0].field", is("amount"));
        clerk().body("{\"amount\": 10, \"paidOn\": \"2999-01-01\"}").when().post("/api/invoices/" + invoice + "/payments")
                .then().statusCode(400).body("errors[0].field", is("paidOn"));
        clerk().when().get("/api/invoices/" + invoice).then().body("amountPaid.amount", is("0.00"));

        clerk().body("{\"amount\": 4000, \"reference\": \"WIRE-1\"}").when().post("/api/invoices/" + invoice + "/payments")
                .then().statusCode(201).body("amount.amount", is("4000.00")).body("reference", is("WIRE-1"));
        clerk().when().get("/api/invoices/" + invoice).then().body("state", is("PAID")).body("statusReason", is("PARTIAL"))
                .body("amountDue.amount", is("2047.20"));
        clerk().body("{\"amount\": 2047.21}").when().post("/api/invoices/" + invoice + "/payments").then().statusCode(400);
        clerk().when().post("/api/invoices/" + invoice + "/cancel").then().statusCode(409);
        clerk().body("{\"amount\": 2047.20, \"reference\": \"WIRE-2\"}").when()
                .post("/api/invoices/" + invoice + "/payments").then().statusCode(201);
        clerk().when().get("/api/invoices/" + invoice).then().body("state", is("PAID")).body("statusReason", is("COMPLETE"))
                .body("amountPaid.amount", is(OpportunitySide.TOTAL)).body("amountDue.amount", is("0.00"));
        clerk().when().get("/api/invoices/" + invoice + "/payments").then().body("", hasSize(2));
        clerk().body("{\"amount\": 1}").when().post("/api/invoices/" + invoice + "/payments").then().statusCode(409);

        var paid = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.BILLING,
                r -> ids[0].equals(r.key()) && "lead2cash.invoice.paid.v1".equals(KafkaRecords.header(r, "ce_type")), 2,
                Duration.ofSeconds(10));
        assertThat(paid).hasSize(2);
        paid.forEach(r -> assertThat(EventSchemas.violations("lead2cash.invoice.paid.v1", r.value())).isEmpty());
        assertThat(paid.get(1).value()).contains("\"COMPLETE\"");
    }

    @Test
    void aContactCustomersOrderAndInvoiceAreBilledToTheContactsAddress() {
        UUID contact = UUID.randomUUID();
        Instant now = Instant.now();
        OpportunitySide.publish(OpportunitySide.contactCreated(contact, new PostalAddress("3 Quai Saint-Antoine", null,
                "69002", "Lyon", null, "France"), now.minusSeconds(60)));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                CustomerAddress.findById(contact) != null));
        String order = orderFor(OpportunitySide.accepted(UUID.randomUUID(), "alice", "north", now,
                new CustomerReference(CustomerType.CONTACT, contact, "Ana Silva")));
        clerk().when().get("/api/orders/" + order).then().body("customerType", is("CONTACT"))
                .body("billTo.street1", is("3 Quai Saint-Antoine")).body("billTo.city", is("Lyon"));
        clerk().when().post("/api/orders/" + order + "/fulfil").then().statusCode(200);
        clerk().queryParam("orderId", order).when().get("/api/invoices").then()
                .body("items[0].billTo.street1", is("3 Quai Saint-Antoine"));
    }

    @Test
    void aContactEventCarryingAnAccountsIdIsParkedAndTheBillToStays() {
        UUID account = UUID.randomUUID();
        Instant now = Instant.now();
        OpportunitySide.publish(OpportunitySide.accountCreated(account, new PostalAddress("12 Rue de la République",
                null, "69002", "Lyon", null, "France"), now.minusSeconds(60)));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                CustomerAddress.findById(account) != null));
        OpportunitySide.publish(OpportunitySide.contactCreated(account, new PostalAddress("1 Forged Street", null,
                "00000", "Nowhere", null, "Atlantis"), now.minusSeconds(30)));
        var parked = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(),
                Topics.deadLetterTopic("billing-service"), r -> account.toString().equals(r.key()), 1,
                Duration.ofSeconds(60));
        assertThat(KafkaRecords.header(parked.get(0), "dead-letter-cause")).contains("is a known ACCOUNT");
        String order = orderFor(OpportunitySide.accepted(UUID.randomUUID(), "alice", "north", now, account));
        clerk().when().get("/api/orders/" + order).then().body("customerType", is("ACCOUNT"))
                .body("billTo.street1", is("12 Rue de la République"));
    }

    @Test
    void theInvoiceIsAPrintablePdfNamingTheProductsAndTheCustomersAddress() throws Exception {
        UUID account = UUID.randomUUID();
        Instant now = Instant.now();
        OpportunitySide.publish(OpportunitySide.accountCreated(account, new PostalAddress("12 Rue de la République",
                "Bâtiment B", "69002", "Lyon", null, "France"), now.minusSeconds(60)));
        // An older event arriving late changes nothing: the newer address stays.
        var late = OpportunitySide.accountCreated(account, new PostalAddress("1 Old Road", null, "00000", "Nowhere", null,
                "Atlantis"), now.minusSeconds(120));
        OpportunitySide.publish(late);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) Panache.getEntityManager().createNativeQuery(
                        "SELECT count(*) FROM processed_event WHERE event_id = ?1").setParameter(1, late.eventId().toString())
                        .getSingleResult()).longValue() > 0));
        String order = orderFor(OpportunitySide.accepted(UUID.randomUUID(), "alice", "north", now, account));
        clerk().when().get("/api/orders/" + order).then().body("billTo.street1", is("12 Rue de la République"))
                .body("billTo.city", is("Lyon")).body("billTo.stateOrProvince", nullValue());
        clerk().when().get("/api/orders/" + order + "/lines").then().body("[0].productNumber", is("ESP-SEMI-01"))
                .body("[0].productName", is("Semi-automatic espresso machine")).body("[1].productNumber", nullValue());
        clerk().when().post("/api/orders/" + order + "/fulfil").then().statusCode(200);
        String invoice = clerk().queryParam("orderId", order).when().get("/api/invoices").then().extract().path("items[0].id");
        clerk().when().get("/api/invoices/" + invoice).then().body("billTo.postalCode", is("69002"))
                .body("billTo.country", is("France"));
        clerk().when().get("/api/invoices/" + invoice + "/lines").then().body("[0].productName",
                is("Semi-automatic espresso machine"));
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        clerk().body("{\"amount\": 1000, \"reference\": \"WIRE-7\", \"paidOn\": \"" + today + "\"}").when()
                .post("/api/invoices/" + invoice + "/payments").then().statusCode(201);
        String number = clerk().when().get("/api/invoices/" + invoice).then().extract().path("invoiceNumber");
        byte[] pdf = clerk().accept("application/pdf").when().get("/api/invoices/" + invoice).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(number, "6047.20", "Café Lumière", "House roast, 1 kg", "Lead2Cash Demo Company",
                    "Due date", "ESP-SEMI-01 Semi-automatic espresso machine", "12 Rue de la République", "Bâtiment B",
                    "69002 Lyon", "France", "Paid " + today + " WIRE-7", "-1000.00", "Amount due", "5047.20")
                    .doesNotContain("Atlantis")
                    .doesNotContainPattern("Product [0-9a-f]{8}-");
        }
        clerk().accept("application/pdf").when().get("/api/invoices/" + UUID.randomUUID()).then().statusCode(404);
    }
}
