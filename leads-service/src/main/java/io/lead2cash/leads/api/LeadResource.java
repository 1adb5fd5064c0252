package io.lead2cash.leads.api;

import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.platform.api.answer.RecordAnswers;
import io.lead2cash.leads.domain.Lead;
import io.lead2cash.leads.domain.LeadProcess;
import io.lead2cash.leads.domain.LeadQualification;
import io.lead2cash.platform.api.ProcessFlowView;
import io.lead2cash.platform.process.ProcessFlow;
import io.lead2cash.leads.domain.LeadService;
import io.lead2cash.platform.api.AssignRequest;
import io.lead2cash.platform.api.answer.ETags;
import io.lead2cash.platform.api.paging.Page;
import io.lead2cash.platform.api.paging.PageParams;
import io.lead2cash.platform.api.answer.Responses;
import io.lead2cash.platform.idempotency.Idempotent;
import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.api.ShareRequest;
import io.lead2cash.platform.api.ShareView;
import io.lead2cash.platform.api.paging.QueryParameters;
import io.lead2cash.events.SharePrincipalType;
import jakarta.ws.rs.DELETE;
import java.util.List;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.lead2cash.platform.api.openapi.ApiDocumentFilter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Leads: list, read, create, replace, and the qualify / disqualify / reactivate actions. */
@Path("/api/leads")
@Tag(name = "Leads")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
@Idempotent
public class LeadResource {

    static final String SORT_FIELDS = "createdAt,modifiedAt,topic,lastName,companyName";

    private final RecordAnswers<Lead, LeadView> answer = RecordAnswers.showing(LeadsMapper::view);
    @Inject LeadService leads;
    @Inject LeadQualification qualification;
    @Inject LeadProcess process;

    @GET
    @Operation(summary = "List the leads you may see",
            description = "Reps see their own and their team's leads; managers, admins and integrations see all.")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<LeadView> list(@Valid @BeanParam PageParams page,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = io.lead2cash.events.leads.LeadState.class)) String state,
            @QueryParam("statusReason") @Parameter(schema = @Schema(implementation = io.lead2cash.events.leads.LeadStatusReason.class)) String statusReason,
            @QueryParam("ownerId") String ownerId,
            @QueryParam("owningTeam") String owningTeam,
            @QueryParam("rating") @Parameter(schema = @Schema(implementation = io.lead2cash.events.Rating.class)) String rating,
            @QueryParam("q") @Parameter(description = "Quick find: the records whose topic, first or last name, company or e-mail begins with this text, ignoring case; * stands for any characters, so *text finds it anywhere (slower)") String text) {
        var criteria = LeadsMapper.criteria(state, statusReason, ownerId, owningTeam, rating, text);
        return Page.of(leads.search(criteria, page.toSort(SORT_FIELDS, "-createdAt")), page, LeadsMapper::view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a lead", description = "The ETag header carries its version for If-Match.")
    public RestResponse<LeadView> get(@PathParam("id") UUID id) {
        return answer.ok(leads.get(id));
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "409", description = LeadsMapper.DUPLICATES_FOUND)
    @Operation(summary = "Create a lead", description = "Owned by the caller and the caller's team. Send an "
            + "Idempotency-Key header to make retries safe.")
    public RestResponse<LeadView> create(
            @QueryParam("overrideDuplicates") @Parameter(description = LeadsMapper.OVERRIDE_DUPLICATES) boolean overrideDuplicates,
            @Valid @NotNull(message = "is required") LeadRequest body, @Context UriInfo uri) {
        return answer.created(uri, leads.create(LeadsMapper.details(body), overrideDuplicates));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The changed lead; its ETag carries the new version")
    @APIResponse(responseCode = "409", description = LeadsMapper.DUPLICATES_FOUND)
    @Operation(summary = "Replace an open lead's details", description = "Needs If-Match with the lead's ETag.")
    public RestResponse<LeadView> update(
            @QueryParam("overrideDuplicates") @Parameter(description = LeadsMapper.OVERRIDE_DUPLICATES) boolean overrideDuplicates,
            @PathParam("id") UUID id, @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") LeadRequest body) {
        return answer.ok(leads.update(id, ETags.required(ifMatch), LeadsMapper.details(body), overrideDuplicates));
    }

    @GET
    @Path("{id}/process")
    @Tag(name = "Business process flows")
    @Operation(operationId = "getLeadProcess", summary = "Where the lead stands in its flow",
            description = "Every step of the leads' flow with whether this lead has done it.")
    public LeadProcessView process(@PathParam("id") UUID id) {
        var lead = leads.get(id);
        var flow = process.flow();
        ProcessFlow.StepCheck done = step -> process.isDone(lead, step);
        return new LeadProcessView(lead.id, lead.state, flow.missingToFinish(done).isEmpty(),
                ProcessFlowView.of(flow, process, done));
    }

    @POST
    @Path("{id}/qualify")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Qualify a lead", description = "Creates or links the account and contact and publishes "
            + "LeadQualified (which opens the opportunity). 409 with the duplicates found unless overrideDuplicates; "
            + "422 listing the leads' flow's required steps the lead has not done.")
    public RestResponse<QualificationView> qualify(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = false) @Valid QualifyRequest body) {
        var outcome = qualification.qualify(id, ETags.optional(ifMatch), LeadsMapper.command(body));
        return Responses.ok(LeadsMapper.view(outcome), outcome.lead().version);
    }

    @POST
    @Path("{id}/disqualify")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Disqualify an open lead with a reason")
    public RestResponse<LeadView> disqualify(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") DisqualifyRequest body) {
        return answer.ok(leads.disqualify(id, ETags.optional(ifMatch), body.reason()));
    }

    @POST
    @Path("{id}/reactivate")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Reopen a disqualified lead as New")
    public RestResponse<LeadView> reactivate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(leads.reactivate(id, ETags.optional(ifMatch)));
    }

    @POST
    @Path("{id}/assign")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Give the lead to another owner and team",
            description = "Allowed to the owner, sales managers and admins, as for opportunities; who else "
                    + "sees it follows from the new owner and team.")
    public RestResponse<LeadView> assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") AssignRequest body) {
        return answer.ok(leads.assign(id, ETags.optional(ifMatch), body.ownerId().trim(), body.owningTeam()));
    }

    @GET
    @Path("{id}/shares")
    @Operation(operationId = "listLeadShares", summary = "Who the lead is shared with",
            description = "Allowed to those who may share it: the owner, sales managers and admins.")
    public List<ShareView> shares(@PathParam("id") UUID id) {
        return LeadsMapper.shares(leads.shares(id));
    }

    @POST
    @Path("{id}/shares")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "shareLead", summary = "Share the lead with a user or team (or change that share's access)",
            description = "READ lets them see it, READ_WRITE change and qualify it too. Allowed to the owner, sales managers and admins.")
    public RestResponse<List<ShareView>> share(@PathParam("id") UUID id, @Valid @NotNull(message = "is required") ShareRequest body) {
        return Responses.ok(LeadsMapper.shares(leads.share(id, body.principalType(), body.principalId().trim(), body.access())));
    }

    @DELETE
    @Path("{id}/shares/{principalType}/{principalId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "revokeLeadShare", summary = "Revoke a share of the lead")
    public RestResponse<Void> revokeShare(@PathParam("id") UUID id, @PathParam("principalType") String principalType,
            @PathParam("principalId") String principalId) {
        leads.revokeShare(id, QueryParameters.enumValue("principalType", principalType, SharePrincipalType.class), principalId);
        return Responses.done();
    }
}
