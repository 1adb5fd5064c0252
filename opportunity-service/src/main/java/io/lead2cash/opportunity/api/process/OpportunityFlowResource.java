package io.lead2cash.opportunity.api.process;

import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.opportunity.domain.process.OpportunityProcess;
import io.lead2cash.platform.api.answer.ProcessFlowAnswers;
import io.lead2cash.platform.api.ProcessFlowRequest;
import io.lead2cash.platform.api.ProcessFlowView;
import io.lead2cash.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The opportunities' business process flow: read by everyone who works deals, changed by sales managers. */
@Path("/api/process-flows/opportunity")
@Tag(name = "Business process flows")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
public class OpportunityFlowResource {

    @Inject OpportunityProcess process;

    @GET
    @Operation(operationId = "getOpportunityProcessFlow", summary = "The opportunities' business process flow",
            description = "Its stages (Qualify, Develop, Propose, Close), the steps each asks for, and the steps a "
                    + "manager may choose from. The ETag is 0 until a manager first changes the default.")
    public RestResponse<ProcessFlowView> get() {
        return ProcessFlowAnswers.current(process);
    }

    @PUT
    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "replaceOpportunityProcessFlow", summary = "Change what each sales stage asks for",
            description = "Needs If-Match. The stages are the four sales stages in order; each lists steps from "
                    + "availableSteps, required or guidance. Moving an opportunity forward checks the required steps "
                    + "of every stage it leaves or passes over.")
    public RestResponse<ProcessFlowView> replace(@Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") ProcessFlowRequest body) {
        return ProcessFlowAnswers.replaced(process, ifMatch, body);
    }
}
