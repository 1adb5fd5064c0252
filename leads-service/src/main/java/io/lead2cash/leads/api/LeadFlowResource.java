package io.lead2cash.leads.api;

import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.leads.domain.LeadProcess;
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

/** The leads' business process flow: read by everyone who works leads, changed by sales managers. */
@Path("/api/process-flows/lead")
@Tag(name = "Business process flows")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
public class LeadFlowResource {

    @Inject LeadProcess process;

    @GET
    @Operation(operationId = "getLeadProcessFlow", summary = "The leads' business process flow",
            description = "Its Qualify stage, the steps it asks for, and the steps a manager may choose from. The ETag "
                    + "is 0 until a manager first changes the default.")
    public RestResponse<ProcessFlowView> get() {
        return ProcessFlowAnswers.current(process);
    }

    @PUT
    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "replaceLeadProcessFlow", summary = "Change what a lead needs before it is qualified",
            description = "Needs If-Match. One stage, QUALIFY, listing steps from availableSteps, required or "
                    + "guidance. Qualifying a lead with a required step not done answers 422 listing them.")
    public RestResponse<ProcessFlowView> replace(@Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") ProcessFlowRequest body) {
        return ProcessFlowAnswers.replaced(process, ifMatch, body);
    }
}
