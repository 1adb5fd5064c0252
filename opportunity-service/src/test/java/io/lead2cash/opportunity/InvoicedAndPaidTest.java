package io.lead2cash.opportunity;

import static io.lead2cash.opportunity.Reps.alice;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.Money;
import io.lead2cash.events.billing.InvoiceCanceled;
import io.lead2cash.events.billing.InvoiceCreated;
import io.lead2cash.events.billing.InvoiceData;
import io.lead2cash.events.billing.InvoicePaid;
import io.lead2cash.events.billing.PaymentData;
import io.lead2cash.platform.testing.EventsOnTheBroker;
import io.lead2cash.platform.testing.CatalogStandIn;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Billing's invoices and payments, as billing publishes them, are recorded against the won opportunity once each. */
@QuarkusTest
@WithTestResource(CatalogStandIn.class)
class InvoicedAndPaidTest {

    @Test
    void invoicesAndPaymentsAddUpOnTheOpportunityWhateverTheRedeliveries() throws Exception {
        String id = alice().body("""
                {"topic": "Billed %s", "customerType": "ACCOUNT", "customerId": "%s", "currency": "EUR",
                 "estimatedRevenue": 1000}""".formatted(UUID.randomUUID(), Customers.account()))
                .when().post("/api/opportunities").then().statusCode(201).extract().path("id");
        alice().when().post("/api/opportunities/" + id + "/win").then().statusCode(200)
                .body("invoicedAmount.amount", is("0.00")).body("paidAmount.amount", is("0.00"));
        UUID opportunity = UUID.fromString(id);

        InvoiceCreated first = new InvoiceCreated(UUID.randomUUID(), Instant.now(), invoice(opportunity, "INV-2026-900001"), List.of());
        publish(first);
        publish(first);
        InvoicePaid paid = new InvoicePaid(UUID.randomUUID(), Instant.now(), invoice(opportunity, "INV-2026-900001"),
                new PaymentData(UUID.randomUUID(), Money.of("400.00", "EUR"), LocalDate.now(), "WIRE", "ben", Instant.now()));
        publish(paid);
        publish(paid);
        InvoiceData second = invoice(opportunity, "INV-2026-900002");
        publish(new InvoiceCreated(UUID.randomUUID(), Instant.now(), second, List.of()));
        publish(new InvoiceCanceled(UUID.randomUUID(), Instant.now(), second));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> alice().when().get("/api/opportunities/" + id).then()
                .body("invoicedAmount.amount", is("1000.00")).body("paidAmount.amount", is("400.00")));
        // A late redelivery changes nothing either.
        publish(first);
        Thread.sleep(1500);
        alice().when().get("/api/opportunities/" + id).then().body("invoicedAmount.amount", is("1000.00"))
                .body("paidAmount.amount", is("400.00"));
    }

    private void publish(BusinessEvent event) {
        EventsOnTheBroker.publish(event, "urn:lead2cash:billing-service");
    }

    private static InvoiceData invoice(UUID opportunity, String number) {
        return BillingSide.invoice(UUID.randomUUID(), opportunity, number, "alice", "north", Customers.account(), "1000.00");
    }
}
