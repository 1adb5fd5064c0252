package io.lead2cash.e2e;

import static io.lead2cash.e2e.SuiteUnderTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.devstack.KafkaRecords;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * From a new lead to a paid invoice, only through the gateway: qualify, price, move through the business process flow,
 * quote, accept, the order opened by QuoteAccepted, fulfil, the invoice, two payments, and the opportunity showing
 * what was invoiced and paid.
 */
class LeadToPaidInvoiceTest {

    private static RequestSpecification alice() {
        return as("alice", "north", "sales-rep");
    }

    /**
     * Logs a call and a note with a PDF attached on the record (once the opportunity-service has heard of it), then
     * reads its timeline back: the note, then the call.
     */
    private static void callAndNoteOn(String type, String collection, String id) {
        String call = """
                {"type": "PHONE_CALL", "regardingType": "%s", "regardingId": "%s", "subject": "Call about %s"}"""
                .formatted(type, id, collection);
        await().atMost(Duration.ofSeconds(30)).until(() -> alice().body(call).when().post("/api/activities").then()
                .extract().statusCode() == 201);
        String note = alice().body("{\"text\": \"Notes on " + collection + "\"}").when()
                .post("/api/" + collection + "/" + id + "/notes").then().statusCode(201).extract().path("id");
        byte[] pdf = "%PDF-1.4\n% e2e\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        alice().contentType("application/pdf").body(pdf).when()
                .put("/api/notes/" + note + "/attachment?fileName=" + collection + ".pdf").then().statusCode(200)
                .body("mimeType", is("application/pdf"));
        List<String> kinds = alice().when().get("/api/" + collection + "/" + id + "/timeline").then().statusCode(200)
                .body("items[0].fileName", is(collection + ".pdf")).extract().path("items.kind");
        assertThat(kinds).containsExactly("NOTE", "ACTIVITY");
        assertThat(alice().when().get("/api/notes/" + note + "/attachment").then().statusCode(200).extract()
                .asByteArray()).isEqualTo(pdf);
    }

    @Test
    void aQualifiedLeadIsQuotedAcceptedOrderedFulfilledInvoicedAndPaid() throws Exception {
        E2eCatalog catalog = E2eCatalog.roastAt("28.00");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String lead = alice().body("""
                {"topic": "Espresso roast for Lyon", "lastName": "Silva", "companyName": "Café Lumière %s",
                 "email": "ana.%s@lumiere.example", "estimatedValue": {"amount": "1000", "currency": "EUR"},
                 "street1": "12 Rue de la République", "postalCode": "69002", "city": "Lyon", "country": "France"}"""
                .formatted(tag, tag)).when().post("/api/leads").then().statusCode(201).extract().path("id");
        callAndNoteOn("LEAD", "leads", lead);
        // The leads' flow (its Qualify stage) shows what the lead has done; the default requires nothing more.
        alice().when().get("/api/leads/" + lead + "/process").then().statusCode(200).body("readyToQualify", is(true))
                .body("flow.stages[0].steps.find { it.step == 'companyName' }.done", is(true));
        alice().body("{\"opportunity\": {\"priceListId\": \"" + catalog.priceListId() + "\"}}")
                .when().post("/api/leads/" + lead + "/qualify").then().statusCode(200);

        String opportunity = await().atMost(Duration.ofSeconds(30)).until(() -> alice()
                .queryParam("originatingLeadId", lead).when().get("/api/opportunities").then().extract()
                .<String>path("items[0].id"), id -> id != null);
        callAndNoteOn("OPPORTUNITY", "opportunities", opportunity);
        // 30 kg x 28.00 = 840.00
        alice().body("{\"productId\": \"" + catalog.productId() + "\", \"quantity\": 30}")
                .when().post("/api/opportunities/" + opportunity + "/lines").then().statusCode(201).body("amount", is("840.00"));
        // Through the opportunities' flow: a qualified lead's deal starts in Develop; Propose, then Close once the
        // customer has a live quote (422 listing the missing step before).
        String stage = "/api/opportunities/" + opportunity + "/stage";
        alice().when().get("/api/opportunities/" + opportunity + "/process").then().statusCode(200)
                .body("activeStage", is("DEVELOP"));
        alice().body("{\"stage\": \"PROPOSE\"}").when().post(stage).then().statusCode(200).body("salesStage", is("PROPOSE"));
        String quote = alice().when().post("/api/opportunities/" + opportunity + "/quotes").then().statusCode(201)
                .body("totalAmount.amount", is("840.00")).extract().path("id");
        alice().body("{\"stage\": \"CLOSE\"}").when().post(stage).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.contains("liveQuote"));
        alice().when().post("/api/quotes/" + quote + "/activate").then().statusCode(200).body("state", is("ACTIVE"));
        alice().body("{\"stage\": \"CLOSE\"}").when().post(stage).then().statusCode(200).body("salesStage", is("CLOSE"));
        alice().when().get("/api/opportunities/" + opportunity + "/stage-history").then().statusCode(200)
                .body("items.toStage", org.hamcrest.Matchers.contains("DEVELOP", "PROPOSE", "CLOSE"))
                .body("items[2].changedBy", is("alice"));
        assertThat(KafkaRecords.await(SuiteUnderTest.get().bootstrapServers(), "lead2cash.opportunities",
                r -> opportunity.equals(r.key())
                        && "lead2cash.opportunity.stage-changed.v1".equals(KafkaRecords.header(r, "ce_type")),
                2, Duration.ofSeconds(30))).hasSize(2);
        alice().when().post("/api/quotes/" + quote + "/win").then().statusCode(200).body("state", is("WON"));
        alice().when().get("/api/opportunities/" + opportunity).then()
                .body("state", is("WON")).body("actualRevenue.amount", is("840.00"));

        var accepted = KafkaRecords.await(SuiteUnderTest.get().bootstrapServers(), "lead2cash.opportunities",
                r -> quote.equals(r.key()) && "lead2cash.quote.accepted.v1".equals(KafkaRecords.header(r, "ce_type")),
                1, Duration.ofSeconds(30));
        assertThat(accepted).hasSize(1);
        JsonNode event = new ObjectMapper().readTree(accepted.get(0).value());
        assertThat(event.path("quote").path("opportunityId").asText()).isEqualTo(opportunity);
        assertThat(event.path("quote").path("customerName").asText()).isEqualTo("Café Lumière " + tag);
        assertThat(event.path("lines").get(0).path("productId").asText()).isEqualTo(catalog.productId());
        assertThat(event.path("lines").get(0).path("extendedAmount").asText()).isEqualTo("840.00");

        java.util.function.Supplier<RequestSpecification> clerk = () -> as("ben", null, "billing-clerk");
        String order = await().atMost(Duration.ofSeconds(30)).until(() -> clerk.get().queryParam("quoteId", quote).when()
                .get("/api/orders").then().extract().<String>path("items[0].id"), id -> id != null);
        alice().when().get("/api/orders/" + order).then().statusCode(200).body("totalAmount.amount", is("840.00"))
                .body("pricesLocked", is(true)).body("opportunityId", is(opportunity));
        as("bob", "south", "sales-rep").when().get("/api/orders/" + order).then().statusCode(403);
        alice().when().post("/api/orders/" + order + "/fulfil").then().statusCode(403);
        // The rep hands the order to fulfilment; from then on only the back office may reprice it.
        alice().when().post("/api/orders/" + order + "/submit").then().statusCode(200).body("state", is("SUBMITTED"));
        alice().when().post("/api/orders/" + order + "/use-current-pricing").then().statusCode(409);
        clerk.get().when().post("/api/orders/" + order + "/fulfil").then().statusCode(200).body("state", is("INVOICED"))
                .body("statusReason", is("INVOICED"));

        String invoice = clerk.get().queryParam("orderId", order).when().get("/api/invoices").then().body("totalItems", is(1))
                .body("items[0].totalAmount.amount", is("840.00")).extract().path("items[0].id");
        callAndNoteOn("INVOICE", "invoices", invoice);
        clerk.get().body("{\"amount\": 840.01}").when().post("/api/invoices/" + invoice + "/payments").then().statusCode(400);
        clerk.get().body("{\"amount\": 500, \"reference\": \"WIRE-1\"}").when().post("/api/invoices/" + invoice + "/payments")
                .then().statusCode(201);
        clerk.get().body("{\"amount\": 340, \"reference\": \"WIRE-2\"}").when().post("/api/invoices/" + invoice + "/payments")
                .then().statusCode(201);
        clerk.get().when().get("/api/invoices/" + invoice).then().body("state", is("PAID")).body("statusReason", is("COMPLETE"));
        byte[] pdf = clerk.get().accept("application/pdf").when().get("/api/invoices/" + invoice).then().statusCode(200)
                .extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            // What the customer reads: the product by number and name, and their address copied from the lead.
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains(
                    catalog.productNumber() + " House roast", "Café Lumière " + tag, "12 Rue de la République",
                    "69002 Lyon", "France", "840.00");
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> alice().when().get("/api/opportunities/" + opportunity)
                .then().body("invoicedAmount.amount", is("840.00")).body("paidAmount.amount", is("840.00")));

        // Five kilos came back: a credit note reverses them, numbered in its own series, and the deal's invoiced
        // amount follows. 5 x 28.00 = 140.00.
        String creditNote = clerk.get().body("{\"reason\": \"5 kg returned\", \"lines\": [{\"lineNumber\": 1, "
                + "\"quantity\": 5}]}").when().post("/api/invoices/" + invoice + "/credit-notes").then().statusCode(201)
                .body("totalAmount.amount", is("140.00")).body("creditNoteNumber", org.hamcrest.Matchers.startsWith("CRN-"))
                .extract().path("id");
        byte[] creditPdf = clerk.get().accept("application/pdf").when().get("/api/credit-notes/" + creditNote).then()
                .statusCode(200).extract().asByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(creditPdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("CREDIT NOTE",
                    catalog.productNumber() + " House roast", "12 Rue de la République", "140.00", "5 kg returned");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> alice().when().get("/api/opportunities/" + opportunity)
                .then().body("invoicedAmount.amount", is("700.00")));

        // Billing's side of the story on Kafka, keyed by the order: created, submitted, fulfilled, invoiced (the
        // invoice, then the order), paid twice, credited.
        var billing = KafkaRecords.await(SuiteUnderTest.get().bootstrapServers(), "lead2cash.billing",
                r -> order.equals(r.key()), 8, Duration.ofSeconds(30));
        assertThat(billing).extracting(r -> KafkaRecords.header(r, "ce_type")).containsExactly(
                "lead2cash.order.created.v1", "lead2cash.order.submitted.v1", "lead2cash.order.fulfilled.v1",
                "lead2cash.invoice.created.v1", "lead2cash.order.invoiced.v1", "lead2cash.invoice.paid.v1",
                "lead2cash.invoice.paid.v1", "lead2cash.credit-note.issued.v1");

        // The whole story in one call, in the order it happened.
        var journey = alice().when().get("/api/journeys/" + lead).then().statusCode(200)
                .body("lead.state", is("QUALIFIED")).body("account.name", is("Café Lumière " + tag))
                .body("opportunity.id", is(opportunity)).body("opportunity.state", is("WON"))
                .body("quotes[0].state", is("WON")).body("orders[0].id", is(order))
                .body("orders[0].state", is("INVOICED")).body("invoices[0].statusReason", is("COMPLETE"))
                .body("invoices[0].payments.size()", is(2)).body("hidden.size()", is(0)).extract();
        List<String> steps = journey.path("timeline.record");
        assertThat(steps.get(0)).isEqualTo("lead");
        assertThat(steps.get(steps.size() - 1)).isEqualTo("payment");
        assertThat(steps).containsSubsequence("lead", "opportunity", "quote", "order", "invoice", "payment");
    }
}
