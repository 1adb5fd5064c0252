package io.lead2cash.opportunity.api.process;

import io.lead2cash.events.opportunities.SalesStage;
import io.lead2cash.platform.api.ProcessFlowView;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The process bar of one opportunity: its stage, since when, and the flow with each step marked done or not. */
@Schema(name = "OpportunityProcess")
public record OpportunityProcessView(UUID opportunityId, SalesStage activeStage, Instant stageEnteredAt,
        ProcessFlowView flow) {
}
