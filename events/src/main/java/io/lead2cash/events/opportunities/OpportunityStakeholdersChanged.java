package io.lead2cash.events.opportunities;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stakeholder was added to or removed from an opportunity; carries every stakeholder it now has. */
@EventContract(type = "lead2cash.opportunity.stakeholders-changed.v1", topic = Topics.OPPORTUNITIES, aggregate = "opportunity", summary = "A stakeholder was added to or removed from an opportunity; carries every stakeholder it now has.")
public record OpportunityStakeholdersChanged(UUID eventId, Instant occurredAt, UUID opportunityId, List<StakeholderData> stakeholders) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return opportunityId;
    }
}
