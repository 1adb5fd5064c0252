package io.lead2cash.opportunity.messaging;

import io.lead2cash.events.billing.CreditNoteIssued;
import io.lead2cash.events.billing.InvoiceCanceled;
import io.lead2cash.events.billing.InvoiceCreated;
import io.lead2cash.events.billing.InvoicePaid;
import io.lead2cash.events.billing.InvoiceRefunded;
import io.lead2cash.events.billing.OrderCreated;
import io.lead2cash.events.opportunities.RegardingType;
import io.lead2cash.opportunity.domain.engagement.regarding.RegardedRecords;
import io.lead2cash.opportunity.domain.opportunity.BillingRollUp;
import io.lead2cash.platform.messaging.EventConsumption;
import io.lead2cash.events.registry.Subscriptions;
import io.lead2cash.platform.messaging.EventHandlers;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Records against each won opportunity what billing invoiced and what the customer paid, and keeps each order and
 * invoice as activities and notes may regard them, once per event.
 */
@ApplicationScoped
public class BillingEventsConsumer {

    static final String CONSUMER = "opportunity-service.billing-events";

    private final EventConsumption consumption;
    private final EventHandlers handlers;

    BillingEventsConsumer(EventConsumption consumption, BillingRollUp rollUp, RegardedRecords regarded) {
        this.consumption = consumption;
        this.handlers = EventHandlers.create()
                .on(InvoiceCreated.class, e -> {
                    regarded.learned(RegardingType.INVOICE, e.invoice().id(), e.invoice().invoiceNumber(),
                            e.invoice().ownerId(), e.invoice().owningTeam(), e.invoice().opportunityId(), e.occurredAt());
                    rollUp.invoiced(e.invoice().opportunityId(), e.invoice().totals().totalAmount(),
                            "invoice " + e.invoice().invoiceNumber() + " created");
                })
                .on(OrderCreated.class, e -> regarded.learned(RegardingType.ORDER, e.order().id(), e.order().orderNumber(),
                        e.order().ownerId(), e.order().owningTeam(), e.order().opportunityId(), e.occurredAt()))
                .on(InvoiceCanceled.class, e -> rollUp.invoiced(e.invoice().opportunityId(),
                        e.invoice().totals().totalAmount().negate(), "invoice " + e.invoice().invoiceNumber() + " canceled"))
                .on(CreditNoteIssued.class, e -> rollUp.invoiced(e.creditNote().opportunityId(),
                        e.creditNote().totals().totalAmount().negate(), "credit note " + e.creditNote().creditNoteNumber()
                                + " on invoice " + e.creditNote().invoiceNumber()))
                .on(InvoicePaid.class, e -> rollUp.paid(e.invoice().opportunityId(), e.payment().amount(),
                        "payment on invoice " + e.invoice().invoiceNumber()))
                .on(InvoiceRefunded.class, e -> rollUp.paid(e.invoice().opportunityId(), e.refund().amount().negate(),
                        "refund on invoice " + e.invoice().invoiceNumber()))
                .exactly(Subscriptions.OPPORTUNITY_REVENUE_FROM_INVOICES);
    }

    @Incoming("billing-events")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, String> records) {
        consumption.process(CONSUMER, records, handlers);
    }
}
