package io.lead2cash.opportunity.api.process;

import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.opportunity.domain.opportunity.OpportunityService;
import io.lead2cash.opportunity.domain.process.OpportunityProcess;
import io.lead2cash.platform.api.ProcessFlowView;
import io.lead2cash.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One opportunity in its business process flow: the process bar and the stage history. */
@Path("/api/opportunities/{id}")
@Tag(name = "Business process flows")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
public class OpportunityProcessResource {

    @Inject OpportunityService opportunities;
    @Inject OpportunityProcess process;

    @GET
    @Path("process")
    @Operation(operationId = "getOpportunityProcess", summary = "Where the opportunity stands in its flow",
            description = "Its stage, since when, and every step of the flow with whether this opportunity has done it.")
    public OpportunityProcessView process(@PathParam("id") UUID id) {
        Opportunity opportunity = opportunities.get(id);
        return new OpportunityProcessView(opportunity.id, opportunity.stage.salesStage, opportunity.stage.stageEnteredAt,
                ProcessFlowView.of(process.flow(), process, step -> process.isDone(opportunity, step)));
    }

    @GET
    @Path("stage-history")
    @Operation(operationId = "getOpportunityStageHistory", summary = "Every stage the opportunity entered, oldest first",
            description = "Who moved it, when, and how long it spent in the stage it left.")
    public StageHistoryView stageHistory(@PathParam("id") UUID id) {
        return new StageHistoryView(opportunities.stageHistory(id).stream().map(c -> new StageHistoryView.Entry(
                c.fromStage, c.toStage, c.changedBy, c.changedAt, c.secondsInStage)).toList());
    }
}
