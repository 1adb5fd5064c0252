package io.lead2cash.events.opportunities;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An opportunity entered a sales stage of its business process flow: who moved it, and how long the last stage took. */
@EventContract(type = "lead2cash.opportunity.stage-changed.v1", topic = Topics.OPPORTUNITIES, aggregate = "opportunity", summary = "An opportunity entered a sales stage of its business process flow: who moved it, and how long the last stage took.")
public record OpportunityStageChanged(UUID eventId, Instant occurredAt, UUID opportunityId,
        @JsonPropertyDescription("The stage it left; null when the opportunity was opened in this stage") SalesStage fromStage,
        SalesStage toStage,
        @JsonPropertyDescription("The user who moved it, or the service for a qualified lead's opportunity") String changedBy,
        @JsonPropertyDescription("Whole seconds the opportunity spent in the stage it left; null when it had none") Long secondsInPreviousStage,
        OpportunityData opportunity) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return opportunityId;
    }
}
