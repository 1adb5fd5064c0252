package io.lead2cash.opportunity.api;

import io.lead2cash.opportunity.domain.CompetitorService;
import io.lead2cash.opportunity.domain.LiteratureGiven;
import io.lead2cash.opportunity.domain.OpportunityConnections;
import io.lead2cash.opportunity.domain.SalesLiteratureService;
import io.lead2cash.platform.idempotency.Idempotent;
import io.lead2cash.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Around the deal: an opportunity's stakeholders, sales team, competitors and the sales literature given. */
@Path("/api/opportunities/{id}")
@Tag(name = "Around the deal")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
public class AroundTheDealResource {

    private final OpportunityConnections connections;
    private final CompetitorService competitors;
    private final SalesLiteratureService literature;

    AroundTheDealResource(OpportunityConnections connections, CompetitorService competitors,
            SalesLiteratureService literature) {
        this.connections = connections;
        this.competitors = competitors;
        this.literature = literature;
    }

    @GET
    @Path("stakeholders")
    @Operation(summary = "The customer's contacts who take part in the decision")
    public List<StakeholderView> stakeholders(@PathParam("id") UUID id) {
        return connections.stakeholders(id).stream().map(StakeholderView::of).toList();
    }

    @POST
    @Path("stakeholders")
    @Idempotent
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Add a contact as a stakeholder with a role", description = "409 when the contact is one already.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StakeholderView.class)))
    public Response addStakeholder(@PathParam("id") UUID id, @Valid @NotNull(message = "is required") StakeholderRequest body,
            @Context UriInfo uri) {
        var stakeholder = connections.addStakeholder(id, body.contactId(), body.contactName(), body.role(), body.description());
        return Response.created(uri.getAbsolutePathBuilder().path(stakeholder.id.toString()).build())
                .entity(StakeholderView.of(stakeholder)).build();
    }

    @DELETE
    @Path("stakeholders/{stakeholderId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Remove a stakeholder")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeStakeholder(@PathParam("id") UUID id, @PathParam("stakeholderId") UUID stakeholderId) {
        connections.removeStakeholder(id, stakeholderId);
        return Response.noContent().build();
    }

    @GET
    @Path("sales-team")
    @Operation(summary = "The users working the deal with its owner, and their roles")
    public List<SalesTeamMemberView> salesTeam(@PathParam("id") UUID id) {
        return connections.salesTeam(id).stream().map(SalesTeamMemberView::of).toList();
    }

    @PUT
    @Path("sales-team/{userId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Put a user on the sales team with a role, or change their role",
            description = "Members may read and change the opportunity and its quotes, as with a read/write share.")
    public List<SalesTeamMemberView> putMember(@PathParam("id") UUID id,
            @PathParam("userId") @Size(max = 200) String userId,
            @Valid @NotNull(message = "is required") SalesTeamRoleRequest body) {
        return connections.putMember(id, userId, body.role()).stream().map(SalesTeamMemberView::of).toList();
    }

    @DELETE
    @Path("sales-team/{userId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Take a user off the sales team")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeMember(@PathParam("id") UUID id, @PathParam("userId") String userId) {
        connections.removeMember(id, userId);
        return Response.noContent().build();
    }

    @GET
    @Path("competitors")
    @Operation(summary = "The competitors named on the opportunity")
    public List<CompetitorView> competitors(@PathParam("id") UUID id) {
        return competitors.of(id).stream().map(CompetitorView::of).toList();
    }

    @PUT
    @Path("competitors/{competitorId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Name a recorded competitor on the opportunity (naming it again changes nothing)")
    public List<CompetitorView> nameCompetitor(@PathParam("id") UUID id, @PathParam("competitorId") UUID competitorId) {
        return competitors.name(id, competitorId).stream().map(CompetitorView::of).toList();
    }

    @DELETE
    @Path("competitors/{competitorId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Remove a competitor from the opportunity")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeCompetitor(@PathParam("id") UUID id, @PathParam("competitorId") UUID competitorId) {
        competitors.remove(id, competitorId);
        return Response.noContent().build();
    }

    @GET
    @Path("sales-literature")
    @Operation(summary = "The sales literature given to the customer, most recent first")
    public List<LiteratureGivenView> literatureGiven(@PathParam("id") UUID id) {
        return literature.given(id).stream().map(this::view).toList();
    }

    @POST
    @Path("sales-literature")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Record that sales literature was given to the customer",
            description = "Expired literature is refused (409); giving the same literature again changes nothing.")
    public LiteratureGivenView give(@PathParam("id") UUID id,
            @Valid @NotNull(message = "is required") GiveLiteratureRequest body) {
        return view(literature.give(id, body.literatureId()));
    }

    private LiteratureGivenView view(LiteratureGiven given) {
        return new LiteratureGivenView(SalesLiteratureView.of(literature.get(given.id.literatureId())), given.givenBy,
                given.givenAt);
    }
}
