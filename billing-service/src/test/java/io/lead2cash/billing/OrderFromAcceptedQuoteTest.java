package io.lead2cash.billing;

import static io.lead2cash.billing.OpportunitySide.clerk;
import static io.lead2cash.billing.OpportunitySide.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.EventSchemas;
import io.lead2cash.events.Topics;
import io.lead2cash.events.opportunities.QuoteAccepted;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** QuoteAccepted, as the opportunity-service publishes it on the real broker, opens exactly one order. */
@QuarkusTest
class OrderFromAcceptedQuoteTest {

    @Test
    void anAcceptedQuoteBecomesOneOrderWithLockedPricesWhateverTheRedeliveries() throws Exception {
        QuoteAccepted accepted = OpportunitySide.accepted(UUID.randomUUID(), "alice", "north");
        publish(accepted);
        // The same event again, and the same acceptance published anew under another event id.
        publish(accepted);
        publish(new QuoteAccepted(UUID.randomUUID(), accepted.occurredAt(), accepted.quote(), accepted.lines()));
        String order = OpportunitySide.orderFor(accepted);
        Thread.sleep(1500);
        clerk().queryParam("quoteId", accepted.quote().id()).when().get("/api/orders").then().body("totalItems", is(1));

        clerk().when().get("/api/orders/" + order).then().statusCode(200)
                .body("orderNumber", org.hamcrest.Matchers.startsWith("ORD-"))
                .body("quoteNumber", is(accepted.quote().quoteNumber()))
                .body("opportunityId", is(accepted.quote().opportunityId().toString()))
                .body("customerName", is("Café Lumière")).body("ownerId", is("alice"))
                .body("pricesLocked", is(true)).body("paymentTerms", is("NET_30"))
                .body("state", is("ACTIVE")).body("statusReason", is("NEW"))
                .body("detailAmount.amount", is("5170.00")).body("totalDiscount.amount", is("258.50"))
                .body("freight.amount", is("50.00")).body("totalTax.amount", is("1085.70"))
                .body("totalAmount.amount", is(OpportunitySide.TOTAL)).body("totalAmount.currency", is("EUR"));
        clerk().when().get("/api/orders/" + order + "/lines").then().statusCode(200)
                .body("[0].quantity", is("5")).body("[0].pricePerUnit", is("1000.00")).body("[0].extendedAmount", is("6050.00"))
                .body("[1].writeInName", is("House roast, 1 kg")).body("[1].volumeDiscountPerUnit", is("2.00"));

        var created = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.BILLING,
                r -> order.equals(r.key()) && "lead2cash.order.created.v1".equals(KafkaRecords.header(r, "ce_type")), 2,
                Duration.ofSeconds(5));
        assertThat(created).hasSize(1);
        assertThat(EventSchemas.violations("lead2cash.order.created.v1", created.get(0).value())).isEmpty();
    }
}
