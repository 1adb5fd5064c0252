package io.lead2cash.opportunity.messaging;

import io.lead2cash.events.leads.AccountCreated;
import io.lead2cash.events.leads.AccountData;
import io.lead2cash.events.leads.AccountUpdated;
import io.lead2cash.events.leads.ContactCreated;
import io.lead2cash.events.leads.ContactData;
import io.lead2cash.events.leads.ContactUpdated;
import io.lead2cash.events.leads.CustomerRecordShareRevoked;
import io.lead2cash.events.leads.CustomerRecordShared;
import io.lead2cash.events.leads.LeadCreated;
import io.lead2cash.events.leads.LeadData;
import io.lead2cash.events.leads.LeadDisqualified;
import io.lead2cash.events.leads.LeadQualified;
import io.lead2cash.events.leads.LeadReactivated;
import io.lead2cash.events.leads.LeadUpdated;
import io.lead2cash.events.opportunities.RegardingType;
import io.lead2cash.opportunity.domain.engagement.regarding.RegardedRecords;
import io.lead2cash.opportunity.domain.opportunity.QualifiedLeadIntake;
import io.lead2cash.platform.messaging.EventConsumption;
import io.lead2cash.events.registry.Subscriptions;
import io.lead2cash.platform.messaging.EventHandlers;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Turns qualified leads into opportunities, and keeps each lead, account and contact (with its shares) as activities
 * and notes may regard them, once per event whatever the redeliveries.
 */
@ApplicationScoped
public class LeadEventsConsumer {

    static final String CONSUMER = "opportunity-service.lead-events";

    private final EventConsumption consumption;
    private final EventHandlers handlers;

    LeadEventsConsumer(EventConsumption consumption, QualifiedLeadIntake intake, RegardedRecords regarded) {
        this.consumption = consumption;
        BiConsumer<LeadData, Instant> lead = (l, at) -> regarded.learned(RegardingType.LEAD, l.id(),
                l.companyName() != null ? l.companyName() : l.lastName(), l.ownerId(), l.owningTeam(), null, at);
        BiConsumer<AccountData, Instant> account = (a, at) -> regarded.learned(RegardingType.ACCOUNT, a.id(), a.name(),
                a.ownerId(), a.owningTeam(), null, at);
        BiConsumer<ContactData, Instant> contact = (c, at) -> regarded.learned(RegardingType.CONTACT, c.id(),
                c.firstName() == null ? c.lastName() : c.firstName() + " " + c.lastName(), c.ownerId(), c.owningTeam(),
                null, at);
        this.handlers = EventHandlers.create()
                .on(LeadQualified.class, e -> {
                    lead.accept(e.lead(), e.occurredAt());
                    // The customers it names are known from it at once, whichever of their own events comes first.
                    if (e.account() != null) {
                        account.accept(e.account(), e.occurredAt());
                    }
                    if (e.contact() != null) {
                        contact.accept(e.contact(), e.occurredAt());
                    }
                    intake.openFromLead(e);
                })
                .on(LeadCreated.class, e -> lead.accept(e.lead(), e.occurredAt()))
                .on(LeadUpdated.class, e -> lead.accept(e.lead(), e.occurredAt()))
                .on(LeadDisqualified.class, e -> lead.accept(e.lead(), e.occurredAt()))
                .on(LeadReactivated.class, e -> lead.accept(e.lead(), e.occurredAt()))
                .on(AccountCreated.class, e -> account.accept(e.account(), e.occurredAt()))
                .on(AccountUpdated.class, e -> account.accept(e.account(), e.occurredAt()))
                .on(ContactCreated.class, e -> contact.accept(e.contact(), e.occurredAt()))
                .on(ContactUpdated.class, e -> contact.accept(e.contact(), e.occurredAt()))
                .on(CustomerRecordShared.class, e -> regarded.shared(e.recordType(), e.recordId(), e.principalType(),
                        e.principalId(), e.access(), e.grantedBy(), e.occurredAt()))
                .on(CustomerRecordShareRevoked.class, e -> regarded.shareRevoked(e.recordType(), e.recordId(),
                        e.principalType(), e.principalId()))
                .exactly(Subscriptions.LEADS_AND_CUSTOMERS_FOR_OPPORTUNITIES);
    }

    @Incoming("lead-events")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, String> records) {
        consumption.process(CONSUMER, records, handlers);
    }
}
