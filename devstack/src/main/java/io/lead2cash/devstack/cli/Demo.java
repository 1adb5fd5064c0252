package io.lead2cash.devstack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.lead2cash.devstack.TokenSource;
import io.lead2cash.devstack.suite.ApiClient;
import io.lead2cash.devstack.suite.CatalogSeed;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Drives the whole chain against a running suite, only through the gateway's public API, printing each step:
 * seed the catalog, a lead, qualify, product lines, a quote, activate, accept, the order, submit, fulfil, the invoice,
 * two payments, and finally the lead's journey.
 */
public final class Demo {

    private final String gateway;
    private final TokenSource tokens;
    private final PrintStream out;
    private int step;

    public Demo(String gateway, TokenSource tokens, PrintStream out) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.out = out;
    }

    public void run() throws Exception {
        out.println("Lead2Cash demo through " + gateway);
        CatalogSeed.Seeded catalog = new CatalogSeed(gateway, tokens, out).run();
        ApiClient alice = as("alice", "north", "sales-rep");
        ApiClient ben = as("ben", null, "billing-clerk");
        String tag = UUID.randomUUID().toString().substring(0, 6);

        JsonNode lead = alice.post("/api/leads", """
                {"topic": "Espresso bar for the Lyon office", "firstName": "Ana", "lastName": "Silva",
                 "companyName": "Café Lumière %s", "email": "ana.silva.%s@lumiere.example", "jobTitle": "Office manager",
                 "street1": "12 Rue de la République", "postalCode": "69002", "city": "Lyon", "country": "France",
                 "estimatedValue": {"amount": "6500.00", "currency": "EUR"}, "rating": "HOT", "source": "Web"}"""
                .formatted(tag, tag), 201);
        String leadId = lead.path("id").asText();
        say("Lead created by alice", "lead " + leadId + " (" + lead.path("statusReason").asText() + ")");

        JsonNode qualified = alice.post("/api/leads/" + leadId + "/qualify",
                "{\"opportunity\": {\"priceListId\": \"" + catalog.eurPriceList() + "\"}}", 200);
        say("Lead qualified", "account " + qualified.path("accountId").asText() + ", contact "
                + qualified.path("contactId").asText() + "; LeadQualified published");

        String opportunity = await("the opportunity opened from LeadQualified", () -> {
            JsonNode page = alice.get("/api/opportunities?originatingLeadId=" + leadId);
            return page.path("items").size() > 0 ? page.path("items").get(0).path("id").asText() : null;
        });
        say("Opportunity opened by the opportunity-service", "opportunity " + opportunity + " (stage Develop)");

        JsonNode machines = alice.post("/api/opportunities/" + opportunity + "/lines",
                "{\"productId\": \"" + catalog.products().get("CC-MACH-SEMI") + "\", \"quantity\": 2}", 201);
        JsonNode roast = alice.post("/api/opportunities/" + opportunity + "/lines",
                "{\"productId\": \"" + catalog.products().get("CC-ROAST-ESP") + "\", \"quantity\": 30}", 201);
        say("Product lines priced by the catalog", "2 espresso machines " + machines.path("extendedAmount").asText()
                + " EUR, 30 kg espresso roast " + roast.path("extendedAmount").asText() + " EUR (volume discount)");

        JsonNode quote = alice.post("/api/opportunities/" + opportunity + "/quotes", "{}", 201);
        String quoteId = quote.path("id").asText();
        say("Quote generated", quote.path("quoteNumber").asText() + " for " + quote.path("totalAmount").path("amount").asText()
                + " EUR");
        alice.post("/api/quotes/" + quoteId + "/activate", null, 200);
        say("Quote activated", "read-only from now on");
        alice.post("/api/quotes/" + quoteId + "/win", null, 200);
        say("Quote accepted by the customer", "opportunity won; QuoteAccepted published");

        String order = await("the order opened from QuoteAccepted", () -> {
            JsonNode page = ben.get("/api/orders?quoteId=" + quoteId);
            return page.path("items").size() > 0 ? page.path("items").get(0).path("id").asText() : null;
        });
        JsonNode submitted = alice.post("/api/orders/" + order + "/submit", null, 200);
        say("Order submitted by alice", submitted.path("orderNumber").asText() + " "
                + submitted.path("state").asText().toLowerCase() + ", locked for everyone but the back office");
        JsonNode fulfilled = ben.post("/api/orders/" + order + "/fulfil", null, 200);
        say("Order fulfilled by ben (billing)", fulfilled.path("orderNumber").asText() + " "
                + fulfilled.path("state").asText().toLowerCase() + " in the same step");

        JsonNode invoice = ben.get("/api/invoices?orderId=" + order).path("items").get(0);
        String invoiceId = invoice.path("id").asText();
        String total = invoice.path("totalAmount").path("amount").asText();
        say("Invoice created", invoice.path("invoiceNumber").asText() + " for " + total + " EUR, due "
                + invoice.path("dueDate").asText());
        java.math.BigDecimal first = new java.math.BigDecimal(total).divide(java.math.BigDecimal.valueOf(2), 2,
                java.math.RoundingMode.DOWN);
        ben.post("/api/invoices/" + invoiceId + "/payments", "{\"amount\": " + first + ", \"reference\": \"WIRE-1\"}", 201);
        ben.post("/api/invoices/" + invoiceId + "/payments", "{\"amount\": "
                + new java.math.BigDecimal(total).subtract(first) + ", \"reference\": \"WIRE-2\"}", 201);
        JsonNode paid = ben.get("/api/invoices/" + invoiceId);
        say("Invoice paid in two payments", paid.path("state").asText() + " / " + paid.path("statusReason").asText());

        JsonNode journey = alice.get("/api/journeys/" + leadId);
        out.println();
        out.println("The journey of lead " + leadId + " (GET /api/journeys/" + leadId + "):");
        for (JsonNode stepOf : journey.path("timeline")) {
            out.printf("  %s  %-12s %s%n", stepOf.path("at").asText(), stepOf.path("record").asText(),
                    stepOf.path("step").asText());
        }
        out.println();
        out.println("Open " + gateway + "/swagger-ui/ to do the same by hand (./lead2cash token prints a token).");
    }

    private ApiClient as(String user, String team, String... roles) {
        return new ApiClient(gateway, tokens.issue(user, List.of(roles), team, Duration.ofHours(1)));
    }

    private void say(String what, String detail) {
        out.printf("%2d. %-45s %s%n", ++step, what, detail);
    }

    /** Polls until the answer is there (events travel through Kafka), printing that it waits. */
    private <T> T await(String what, Callable<T> attempt) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        boolean said = false;
        while (System.nanoTime() < deadline) {
            T answer = attempt.call();
            if (answer != null) {
                return answer;
            }
            if (!said) {
                out.println("    waiting for " + what + "...");
                said = true;
            }
            Thread.sleep(500);
        }
        throw new IOException("Gave up waiting for " + what + " after 60 s; is the suite running (./lead2cash status)?");
    }
}
