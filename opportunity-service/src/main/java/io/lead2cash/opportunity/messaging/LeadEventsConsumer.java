package io.lead2cash.opportunity.messaging;

import io.lead2cash.events.leads.LeadQualified;
import io.lead2cash.opportunity.domain.opportunity.QualifiedLeadIntake;
import io.lead2cash.platform.messaging.EventConsumption;
import io.lead2cash.events.Subscriptions;
import io.lead2cash.platform.messaging.EventHandlers;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Turns qualified leads into opportunities, once per event whatever the redeliveries. */
@ApplicationScoped
public class LeadEventsConsumer {

    static final String CONSUMER = "opportunity-service.lead-events";

    private final EventConsumption consumption;
    private final EventHandlers handlers;

    LeadEventsConsumer(EventConsumption consumption, QualifiedLeadIntake intake) {
        this.consumption = consumption;
        this.handlers = EventHandlers.create().on(LeadQualified.class, intake::openFromLead)
                .exactly(Subscriptions.OPPORTUNITIES_FROM_QUALIFIED_LEADS);
    }

    @Incoming("lead-events")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, String> records) {
        consumption.process(CONSUMER, records, handlers);
    }
}
