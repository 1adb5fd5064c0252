package io.lead2cash.billing.messaging;

import io.lead2cash.billing.domain.customer.CustomerAddresses;
import io.lead2cash.events.registry.Subscriptions;
import io.lead2cash.events.leads.AccountCreated;
import io.lead2cash.events.leads.AccountUpdated;
import io.lead2cash.events.leads.ContactCreated;
import io.lead2cash.events.leads.ContactUpdated;
import io.lead2cash.platform.messaging.EventConsumption;
import io.lead2cash.platform.messaging.EventHandlers;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps each account's and contact's address from the leads-service's events, once per event, for the bill-to of its orders. */
@ApplicationScoped
public class CustomerEventsConsumer {

    static final String CONSUMER = "billing-service.customer-events";

    private final EventConsumption consumption;
    private final EventHandlers handlers;

    CustomerEventsConsumer(EventConsumption consumption, CustomerAddresses addresses) {
        this.consumption = consumption;
        this.handlers = EventHandlers.create()
                .on(AccountCreated.class, e -> addresses.accountChanged(e.account(), e.occurredAt()))
                .on(AccountUpdated.class, e -> addresses.accountChanged(e.account(), e.occurredAt()))
                .on(ContactCreated.class, e -> addresses.contactChanged(e.contact(), e.occurredAt()))
                .on(ContactUpdated.class, e -> addresses.contactChanged(e.contact(), e.occurredAt()))
                .exactly(Subscriptions.BILL_TO_ADDRESSES_FROM_CUSTOMERS);
    }

    @Incoming("customer-events")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, String> records) {
        consumption.process(CONSUMER, records, handlers);
    }
}
