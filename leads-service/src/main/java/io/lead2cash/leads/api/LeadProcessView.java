package io.lead2cash.leads.api;

import io.lead2cash.events.leads.LeadState;
import io.lead2cash.platform.api.ProcessFlowView;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The process bar of one lead: its state and the flow with each step marked done or not. */
@Schema(name = "LeadProcess")
public record LeadProcessView(UUID leadId, LeadState state,
        @Schema(description = "Whether qualifying it would pass the flow: every required step done") boolean readyToQualify,
        ProcessFlowView flow) {
}
