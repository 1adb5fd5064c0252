package io.lead2cash.opportunity;

import static io.lead2cash.opportunity.Reps.alice;
import static io.lead2cash.opportunity.Reps.bob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventSchemas;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.events.Topics;
import io.lead2cash.events.billing.InvoiceCreated;
import io.lead2cash.events.leads.AccountCreated;
import io.lead2cash.events.leads.AccountData;
import io.lead2cash.events.leads.LeadCreated;
import io.lead2cash.events.leads.LeadData;
import io.lead2cash.events.leads.LeadState;
import io.lead2cash.events.leads.LeadStatusReason;
import io.lead2cash.events.Rating;
import io.lead2cash.platform.testing.CatalogStandIn;
import io.lead2cash.platform.testing.EventsOnTheBroker;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Activities and notes regarding any record — leads, accounts and invoices known from their services' events, and
 * this service's own opportunities — each record's timeline, and the refusals: unknown records, other people's
 * records, files that are not what they say or too large.
 */
@QuarkusTest
@WithTestResource(CatalogStandIn.class)
class RegardingAnyRecordTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private static void publish(BusinessEvent event) {
        EventsOnTheBroker.publish(event);
    }

    private static UUID leadOf(String owner, String team) {
        UUID lead = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        publish(new LeadCreated(UUID.randomUUID(), now, new LeadData(lead, "Espresso bar", "Ana", "Silva",
                "Café Lumière", null, null, null, PostalAddress.NONE, null, Rating.WARM, null, null, LeadState.OPEN,
                LeadStatusReason.NEW, owner, team, null, null, now, now)));
        return lead;
    }

    private static String call(RequestSpecification who, String type, Object id) {
        return """
                {"type": "PHONE_CALL", "regardingType": "%s", "regardingId": "%s", "subject": "Discovery call",
                 "direction": "OUTGOING", "phoneNumber": "+33 4 72 00 00 00"}""".formatted(type, id);
    }

    /** Waits until the record's event was applied: an activity regarding it is accepted rather than refused. */
    private static String firstCall(RequestSpecification who, String type, Object id) {
        String[] created = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var answer = who.body(call(who, type, id)).when().post("/api/activities").then().extract();
            created[0] = answer.statusCode() == 201 ? answer.path("id") : null;
            return answer.statusCode() == 201;
        });
        return created[0];
    }

    @Test
    void aCallAndANoteWithItsFileOnALeadMakeItsTimelineWhichOnlyWhoMayReadTheLeadReads() throws Exception {
        UUID lead = leadOf("alice", "north");
        String call = firstCall(alice(), "LEAD", lead);
        alice().when().get("/api/activities/" + call).then().statusCode(200).body("regardingType", is("LEAD"))
                .body("regardingId", is(lead.toString())).body("regardingOpportunityId", nullValue());
        bob().when().get("/api/activities/" + call).then().statusCode(403);
        bob().body(call(bob(), "LEAD", lead)).when().post("/api/activities").then().statusCode(403);

        String note = alice().body("{\"subject\": \"Visit\", \"text\": \"Wants the bar before March\"}").when()
                .post("/api/leads/" + lead + "/notes").then().statusCode(201).body("regardingType", is("LEAD"))
                .body("fileName", nullValue()).extract().path("id");
        alice().contentType("application/pdf").body(PDF).when().put("/api/notes/" + note + "/attachment?fileName=plan.pdf")
                .then().statusCode(200).body("fileName", is("plan.pdf")).body("mimeType", is("application/pdf"))
                .body("fileSize", is(PDF.length));
        alice().contentType("application/pdf").body(PDF).when().put("/api/notes/" + note + "/attachment?fileName=again.pdf")
                .then().statusCode(409);
        byte[] back = alice().when().get("/api/notes/" + note + "/attachment").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"plan.pdf\"")
                .extract().asByteArray();
        assertThat(back).isEqualTo(PDF);
        bob().when().get("/api/notes/" + note).then().statusCode(403);
        bob().when().get("/api/notes/" + note + "/attachment").then().statusCode(403);

        alice().queryParam("size", 1).when().get("/api/leads/" + lead + "/timeline").then().statusCode(200)
                .body("items[0].kind", is("NOTE")).body("items[0].fileName", is("plan.pdf"))
                .body("next", notNullValue());
        List<String> kinds = alice().queryParam("size", 10).when().get("/api/leads/" + lead + "/timeline").then()
                .extract().path("items.kind");
        assertThat(kinds).containsExactly("NOTE", "ACTIVITY");
        String next = alice().queryParam("size", 1).when().get("/api/leads/" + lead + "/timeline").then()
                .extract().path("next");
        alice().when().get(next).then().statusCode(200).body("items[0].kind", is("ACTIVITY"))
                .body("items[0].activityType", is("PHONE_CALL"));
        bob().when().get("/api/leads/" + lead + "/timeline").then().statusCode(403);
        alice().when().get("/api/leads/" + UUID.randomUUID() + "/timeline").then().statusCode(404);
        alice().when().get("/api/competitors/" + UUID.randomUUID() + "/timeline").then().statusCode(404);

        var events = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.OPPORTUNITIES,
                r -> note.equals(r.key()), 2, Duration.ofSeconds(10));
        assertThat(events).extracting(r -> KafkaRecords.header(r, "ce_type"))
                .containsExactly("lead2cash.note.created.v1", "lead2cash.note.attachment-added.v1");
        events.forEach(r -> assertThat(EventSchemas.violations(KafkaRecords.header(r, "ce_type"), r.value())).isEmpty());
    }

    @Test
    void aFileStillArrivingHoldsNothingOfTheNoteSoAnotherCallOnItIsAnsweredMeanwhile() throws Exception {
        UUID lead = leadOf("alice", "north");
        firstCall(alice(), "LEAD", lead);
        String note = alice().body("{\"text\": \"Slow line\"}").when().post("/api/leads/" + lead + "/notes").then()
                .statusCode(201).extract().path("id");
        try (java.net.Socket slow = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            slow.setSoTimeout(20_000);
            var out = slow.getOutputStream();
            out.write(("PUT /api/notes/" + note + "/attachment?fileName=slow.pdf HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + io.lead2cash.platform.testing.Auth.token("alice", "north", "sales-rep")
                    + "\r\nContent-Type: application/pdf\r\nContent-Length: " + PDF.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(PDF, 0, 4);
            out.flush();
            // While the slow file is still arriving, nothing of the note is locked: another file is taken at once.
            alice().config(io.restassured.RestAssured.config().httpClient(io.restassured.config.HttpClientConfig
                    .httpClientConfig().setParam("http.socket.timeout", 5_000))).contentType("application/pdf").body(PDF)
                    .when().put("/api/notes/" + note + "/attachment?fileName=fast.pdf").then().statusCode(200);
            out.write(PDF, 4, PDF.length - 4);
            out.flush();
            String answer = new String(slow.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).isEqualTo("HTTP/1.1 409");
        }
        alice().when().get("/api/notes/" + note).then().body("fileName", is("fast.pdf"));
    }

    @Test
    void aFileIsRefusedWhenItsBytesAreNotWhatItSaysOrItIsTooLarge() {
        UUID lead = leadOf("alice", "north");
        firstCall(alice(), "LEAD", lead);
        String note = alice().body("{\"text\": \"Files\"}").when().post("/api/leads/" + lead + "/notes").then()
                .statusCode(201).extract().path("id");
        String attach = "/api/notes/" + note + "/attachment?fileName=x";
        alice().contentType("application/pdf").body(PNG).when().put(attach).then().statusCode(415)
                .body("detail", is("Content-Type says application/pdf but the bytes are image/png"));
        alice().contentType("application/octet-stream").body(new byte[] {'M', 'Z', 0, 0, 3, 0}).when().put(attach)
                .then().statusCode(415);
        alice().contentType("application/pdf").body(new byte[0]).when().put(attach).then().statusCode(400);
        alice().contentType("application/pdf").body(PDF).when().put("/api/notes/" + note + "/attachment").then()
                .statusCode(400);
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        alice().contentType("text/plain").body(large).when().put(attach).then().statusCode(413);
        alice().when().get("/api/notes/" + note).then().body("fileName", nullValue());
        alice().when().get("/api/notes/" + note + "/attachment").then().statusCode(404);
        alice().contentType("text/csv").body("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)).when().put(attach).then()
                .statusCode(200).body("mimeType", is("text/csv"));
        alice().body("{}").when().post("/api/leads/" + lead + "/notes").then().statusCode(400);
        alice().body("{\"text\": \"x\"}").when().post("/api/leads/" + UUID.randomUUID() + "/notes").then().statusCode(404);
    }

    @Test
    void anEmailIsLoggedOnAnyAccountAndACallOnAnInvoiceFollowsItsDeal() {
        UUID account = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        publish(new AccountCreated(UUID.randomUUID(), now, new AccountData(account, "Northwind", null, null, null, null,
                PostalAddress.NONE, null, "carol", "south")));
        firstCall(alice(), "ACCOUNT", account);
        alice().body("""
                {"type": "EMAIL", "regardingType": "ACCOUNT", "regardingId": "%s", "subject": "Prices for 2027",
                 "toAddresses": "buyer@northwind.example"}""".formatted(account)).when().post("/api/activities").then()
                .statusCode(201).body("state", is("COMPLETED")).body("statusReason", is("SENT"))
                .body("direction", is("OUTGOING")).body("actualEnd", notNullValue());
        alice().body("""
                {"type": "EMAIL", "regardingType": "ACCOUNT", "regardingId": "%s", "subject": "No one"}""".formatted(account))
                .when().post("/api/activities").then().statusCode(400).body("errors[0].field", is("toAddresses"));
        alice().body("""
                {"type": "TASK", "regardingType": "ACCOUNT", "regardingId": "%s", "subject": "x",
                 "fromAddress": "a@b.example"}""".formatted(account)).when().post("/api/activities").then().statusCode(400)
                .body("errors[0].field", is("fromAddress"));
        alice().body("{\"type\": \"TASK\", \"regardingType\": \"LEAD\", \"subject\": \"x\"}").when().post("/api/activities")
                .then().statusCode(400).body("errors[0].field", is("regardingId"));
        alice().body("""
                {"type": "TASK", "regardingType": "LEAD", "regardingId": "%s", "subject": "x"}""".formatted(UUID.randomUUID()))
                .when().post("/api/activities").then().statusCode(400).body("errors[0].field", is("regardingId"));
        alice().body("""
                {"type": "TASK", "regardingType": "ACCOUNT", "regardingId": "%s", "regardingOpportunityId": "%s",
                 "subject": "x"}""".formatted(account, UUID.randomUUID())).when().post("/api/activities").then()
                .statusCode(400).body("errors[0].field", is("regardingOpportunityId"));
        List<String> types = bob().when().get("/api/accounts/" + account + "/timeline").then().statusCode(200)
                .extract().path("items.activityType");
        assertThat(types).containsExactly("EMAIL", "PHONE_CALL");

        String opportunity = alice().body("""
                {"topic": "Invoiced %s", "customerType": "ACCOUNT", "customerId": "%s", "currency": "EUR"}"""
                .formatted(UUID.randomUUID(), account)).when().post("/api/opportunities").then().statusCode(201)
                .extract().path("id");
        alice().body("{\"text\": \"Deal notes\"}").when().post("/api/opportunities/" + opportunity + "/notes").then()
                .statusCode(201).body("regardingType", is("OPPORTUNITY"));
        alice().when().get("/api/opportunities/" + opportunity + "/timeline").then().statusCode(200)
                .body("items[0].kind", is("NOTE"));
        bob().when().get("/api/opportunities/" + opportunity + "/timeline").then().statusCode(403);
        alice().when().get("/api/quotes/" + UUID.randomUUID() + "/timeline").then().statusCode(404);
        UUID invoice = UUID.randomUUID();
        publish(new InvoiceCreated(UUID.randomUUID(), now, BillingSide.invoice(invoice, UUID.fromString(opportunity),
                "INV-2026-999999", "alice", "north", account, "100.00"), List.of()));
        String call = firstCall(alice(), "INVOICE", invoice);
        alice().when().get("/api/activities/" + call).then().body("regardingOpportunityId", is(opportunity));
        bob().when().get("/api/invoices/" + invoice + "/timeline").then().statusCode(403);
        bob().body(call(bob(), "INVOICE", invoice)).when().post("/api/activities").then().statusCode(403);
        alice().when().get("/api/invoices/" + invoice + "/timeline").then().statusCode(200)
                .body("items[0].id", is(call));
    }
}
