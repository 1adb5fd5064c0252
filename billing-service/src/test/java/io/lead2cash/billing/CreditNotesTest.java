package io.lead2cash.billing;

import static io.lead2cash.billing.OpportunitySide.clerk;
import static io.lead2cash.billing.OpportunitySide.orderFor;
import static io.lead2cash.billing.OpportunitySide.rep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.EventSchemas;
import io.lead2cash.events.Topics;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Credit notes: partial then full reversal of a billed or paid invoice, their own numbers, event and PDF. */
@QuarkusTest
class CreditNotesTest {

    /** The standard order (6047.20 EUR), fulfilled: its invoice's id and order id. */
    private static String[] invoiced() {
        String order = orderFor(OpportunitySide.accepted(UUID.randomUUID(), "alice", "north"));
        clerk().when().post("/api/orders/" + order + "/fulfil").then().statusCode(200);
        String invoice = clerk().queryParam("orderId", order).when().get("/api/invoices").then().extract().path("items[0].id");
        return new String[] {invoice, order};
    }

    @Test
    void aBilledInvoiceIsCreditedPartlyThenInFullAndTheFiguresAddUpToItsTotal() throws Exception {
        String[] ids = invoiced();
        String invoice = ids[0];
        String credit = "/api/invoices/" + invoice + "/credit-notes";
        clerk().body("{\"reason\": \"Wrong\"}").when().post(credit).then().statusCode(409)
                .body("type", is("urn:lead2cash:problem:illegal-transition"));
        clerk().when().post("/api/invoices/" + invoice + "/bill").then().statusCode(200);

        clerk().body("{\"reason\": \" \"}").when().post(credit).then().statusCode(400).body("errors[0].field", is("reason"));
        clerk().body("{\"reason\": \"Damaged\", \"lines\": [{\"lineNumber\": 2, \"quantity\": 11}]}").when().post(credit)
                .then().statusCode(400).body("errors[0].field", is("lines"));
        clerk().body("{\"reason\": \"Damaged\", \"lines\": [{\"lineNumber\": 7, \"quantity\": 1}]}").when().post(credit)
                .then().statusCode(400).body("errors[0].field", is("lines"));
        clerk().body("{\"reason\": \"Damaged\", \"lines\": [{\"lineNumber\": 2, \"quantity\": 0}]}").when().post(credit)
                .then().statusCode(400).body("errors[0].field", is("lines[0].quantity"));
        rep("alice", "north").body("{\"reason\": \"Damaged\"}").when().post(credit).then().statusCode(403);

        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        // Two of the ten bags: 2 x 18.00 = 36.00 less 2.00 of the 10.00 manual discount, 7.14 of the 35.70 tax; the
        // invoice's 5 % discount applies (1.70), its freight does not: 34.00 - 1.70 + 7.14 = 39.44.
        String partial = clerk().body("{\"reason\": \"Two bags arrived damaged\", \"lines\": [{\"lineNumber\": 2, "
                + "\"quantity\": 2}]}").when().post(credit).then().statusCode(201)
                .header("Location", containsString("/api/credit-notes/")).body("creditNoteNumber",
                        matchesPattern("CRN-" + year + "-\\d{6}")).body("fullCredit", is(false))
                .body("detailAmount.amount", is("34.00")).body("totalDiscount.amount", is("1.70"))
                .body("totalTax.amount", is("7.14")).body("totalAmount.amount", is("39.44"))
                .extract().path("id");
        clerk().when().get("/api/invoices/" + invoice).then().body("creditedAmount.amount", is("39.44"))
                .body("amountDue.amount", is("6007.76"));

        String full = clerk().body("{\"reason\": \"Order returned\"}").when().post(credit).then().statusCode(201)
                .body("fullCredit", is(true)).body("totalAmount.amount", is("6007.76")).extract().path("id");
        // The defect: a fully credited invoice stayed Active/Billed with nothing due. It is closed now, by its credits.
        clerk().when().get("/api/invoices/" + invoice).then().body("creditedAmount.amount", is(OpportunitySide.TOTAL))
                .body("amountDue.amount", is("0.00")).body("state", is("CLOSED")).body("statusReason", is("CREDITED"))
                .body("refundDue.amount", is("0.00"));
        clerk().queryParam("orderId", ids[1]).queryParam("receivable", true).when().get("/api/invoices").then()
                .body("totalItems", is(0));
        clerk().queryParam("orderId", ids[1]).queryParam("dueBefore", "2999-01-01").when().get("/api/invoices").then()
                .body("totalItems", is(0));
        clerk().body("{\"amount\": 1}").when().post("/api/invoices/" + invoice + "/payments").then().statusCode(409);
        clerk().body("{\"reason\": \"Again\"}").when().post(credit).then().statusCode(409);
        clerk().when().post("/api/invoices/" + invoice + "/cancel").then().statusCode(409);
        clerk().when().get("/api/credit-notes/" + full + "/lines").then().body("[0].quantity", is("5"))
                .body("[1].quantity", is("8")).body("[1].tax", is("28.56"));
        clerk().queryParam("invoiceId", invoice).when().get("/api/credit-notes").then().body("totalItems", is(2));
        rep("bob", "south").when().get("/api/credit-notes/" + partial).then().statusCode(403);
        rep("alice", "north").when().get("/api/credit-notes/" + partial).then().statusCode(200);
        clerk().when().get("/api/credit-notes/" + UUID.randomUUID()).then().statusCode(404);

        byte[] pdf = clerk().accept("application/pdf").when().get("/api/credit-notes/" + partial).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String number = clerk().when().get("/api/credit-notes/" + partial).then().extract().path("creditNoteNumber");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("CREDIT NOTE", number, "Credits invoice",
                    "House roast, 1 kg", "Total credited EUR", "39.44", "Reason: Two bags arrived damaged");
        }

        var issued = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.BILLING,
                r -> ids[1].equals(r.key()) && "lead2cash.credit-note.issued.v1".equals(KafkaRecords.header(r, "ce_type")),
                2, Duration.ofSeconds(10));
        assertThat(issued).hasSize(2);
        issued.forEach(r -> assertThat(EventSchemas.violations("lead2cash.credit-note.issued.v1", r.value())).isEmpty());
    }

    @Test
    void aPaidInvoiceIsCreditedInFullAndOwesTheCustomerARefundWhichIsRecordedAsPaidBack() {
        String[] ids = invoiced();
        String invoice = ids[0];
        clerk().body("{\"amount\": " + OpportunitySide.TOTAL + "}").when().post("/api/invoices/" + invoice + "/payments")
                .then().statusCode(201);
        clerk().body("{\"reason\": \"Returned\"}").when().post("/api/invoices/" + invoice + "/credit-notes").then()
                .statusCode(201).body("totalAmount.amount", is(OpportunitySide.TOTAL)).body("freight.amount", is("50.00"));
        // The defect: nothing recorded the refund owed on a paid invoice.
        clerk().when().get("/api/invoices/" + invoice).then().body("state", is("PAID")).body("statusReason", is("COMPLETE"))
                .body("amountDue.amount", is("0.00")).body("creditedAmount.amount", is(OpportunitySide.TOTAL))
                .body("refundDue.amount", is(OpportunitySide.TOTAL)).body("refundedAmount.amount", is("0.00"));

        String refunds = "/api/invoices/" + invoice + "/refunds";
        clerk().body("{\"amount\": 6047.21}").when().post(refunds).then().statusCode(400)
                .body("errors[0].field", is("amount"));
        clerk().body("{\"amount\": 0.001}").when().post(refunds).then().statusCode(400);
        rep("alice", "north").body("{\"amount\": 1}").when().post(refunds).then().statusCode(403);
        clerk().body("{\"amount\": 6000, \"reference\": \"SEPA-77\"}").when().post(refunds).then().statusCode(201)
                .body("amount.amount", is("6000.00"));
        clerk().body("{\"amount\": 47.20}").when().post(refunds).then().statusCode(201);
        clerk().body("{\"amount\": 0.01}").when().post(refunds).then().statusCode(400);
        clerk().when().get("/api/invoices/" + invoice).then().body("refundDue.amount", is("0.00"))
                .body("refundedAmount.amount", is(OpportunitySide.TOTAL));
        clerk().when().get(refunds).then().body("size()", is(2)).body("[0].reference", is("SEPA-77"));
        var refunded = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.BILLING,
                r -> ids[1].equals(r.key()) && "lead2cash.invoice.refunded.v1".equals(KafkaRecords.header(r, "ce_type")),
                2, Duration.ofSeconds(10));
        refunded.forEach(r -> assertThat(EventSchemas.violations("lead2cash.invoice.refunded.v1", r.value())).isEmpty());
    }

    @Test
    void aPartlyPaidInvoiceCreditedForTheRestClosesAndOwesBackWhatWasPaidBeyondIt() {
        String[] ids = invoiced();
        String invoice = ids[0];
        clerk().when().post("/api/invoices/" + invoice + "/bill").then().statusCode(200);
        clerk().body("{\"amount\": 1000}").when().post("/api/invoices/" + invoice + "/payments").then().statusCode(201);
        clerk().queryParam("orderId", ids[1]).queryParam("receivable", true).when().get("/api/invoices").then()
                .body("totalItems", is(1));
        clerk().body("{\"reason\": \"Returned\"}").when().post("/api/invoices/" + invoice + "/credit-notes").then()
                .statusCode(201);
        clerk().when().get("/api/invoices/" + invoice).then().body("state", is("CLOSED")).body("statusReason", is("CREDITED"))
                .body("amountDue.amount", is("0.00")).body("refundDue.amount", is("1000.00"));
        clerk().queryParam("orderId", ids[1]).queryParam("receivable", true).when().get("/api/invoices").then()
                .body("totalItems", is(0));
        byte[] pdf = clerk().accept("application/pdf").when().get("/api/invoices/" + invoice).then().statusCode(200)
                .extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Credited", "Owed back to you", "1000.00",
                    "Nothing is left to pay");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
