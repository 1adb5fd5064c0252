package io.lead2cash.billing.messaging;

import io.lead2cash.billing.domain.access.BillingDocumentAccess;
import io.lead2cash.billing.domain.order.OrderIntake;
import io.lead2cash.events.opportunities.OpportunityCreated;
import io.lead2cash.events.opportunities.OpportunityData;
import io.lead2cash.events.opportunities.OpportunityLinesChanged;
import io.lead2cash.events.opportunities.OpportunityLost;
import io.lead2cash.events.opportunities.OpportunityReopened;
import io.lead2cash.events.opportunities.OpportunitySalesTeamChanged;
import io.lead2cash.events.opportunities.OpportunityShareRevoked;
import io.lead2cash.events.opportunities.OpportunityShared;
import io.lead2cash.events.opportunities.OpportunityUpdated;
import io.lead2cash.events.opportunities.OpportunityWon;
import io.lead2cash.events.opportunities.QuoteAccepted;
import io.lead2cash.events.opportunities.SalesTeamMemberData;
import io.lead2cash.platform.messaging.EventConsumption;
import io.lead2cash.events.registry.Subscriptions;
import io.lead2cash.platform.messaging.EventHandlers;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Turns accepted quotes into orders, once per event whatever the redeliveries, and keeps who may see and change each
 * opportunity (owner, team, shares with their access, sales team) so reps work the orders and invoices of their deals.
 */
@ApplicationScoped
public class OpportunityEventsConsumer {

    static final String CONSUMER = "billing-service.opportunity-events";

    private final EventConsumption consumption;
    private final EventHandlers handlers;

    OpportunityEventsConsumer(EventConsumption consumption, OrderIntake intake, BillingDocumentAccess visibility) {
        this.consumption = consumption;
        java.util.function.BiConsumer<OpportunityData, java.time.Instant> owned = (o, at) -> visibility.owned(o.id(),
                o.ownerId(), o.owningTeam(), at);
        this.handlers = EventHandlers.create()
                .on(QuoteAccepted.class, intake::openFromAcceptedQuote)
                .on(OpportunityCreated.class, e -> owned.accept(e.opportunity(), e.occurredAt()))
                .on(OpportunityUpdated.class, e -> owned.accept(e.opportunity(), e.occurredAt()))
                .on(OpportunityLinesChanged.class, e -> owned.accept(e.opportunity(), e.occurredAt()))
                .on(OpportunityWon.class, e -> owned.accept(e.opportunity(), e.occurredAt()))
                .on(OpportunityLost.class, e -> owned.accept(e.opportunity(), e.occurredAt()))
                .on(OpportunityReopened.class, e -> owned.accept(e.opportunity(), e.occurredAt()))
                .on(OpportunityShared.class, e -> visibility.shared(e.opportunityId(), e.principalType(),
                        e.principalId(), e.access(), e.grantedBy(), e.occurredAt()))
                .on(OpportunityShareRevoked.class, e -> visibility.revoked(e.opportunityId(), e.principalType(),
                        e.principalId()))
                .on(OpportunitySalesTeamChanged.class, e -> visibility.salesTeam(e.opportunityId(),
                        e.members().stream().map(SalesTeamMemberData::userId).toList(), e.occurredAt()))
                .exactly(Subscriptions.ORDERS_FROM_ACCEPTED_QUOTES);
    }

    @Incoming("opportunity-events")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, String> records) {
        consumption.process(CONSUMER, records, handlers);
    }
}
