package io.lead2cash.opportunity.api.access;

import io.lead2cash.platform.idempotency.Idempotent;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.platform.api.ShareRequest;
import io.lead2cash.platform.api.ShareView;
import io.lead2cash.events.SharePrincipalType;
import io.lead2cash.opportunity.api.opportunity.OpportunityMapper;
import io.lead2cash.opportunity.api.opportunity.OpportunityView;
import io.lead2cash.opportunity.domain.access.AccessService;
import io.lead2cash.platform.api.AssignRequest;
import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.platform.api.answer.ETags;
import io.lead2cash.platform.api.paging.QueryParameters;
import io.lead2cash.platform.api.answer.Responses;
import io.lead2cash.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who works a deal: assign an opportunity, share it, and put users on its sales team. */
@Path("/api/opportunities/{id}")
@Tag(name = "Opportunities")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
@Idempotent
public class AccessResource {

    @Inject AccessService access;

    @POST
    @Path("assign")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Give the opportunity to another owner and team",
            description = "Allowed to the owner, sales managers and admins; the previous owner's open activities go with it.")
    public RestResponse<OpportunityView> assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") AssignRequest body) {
        Opportunity opportunity = access.assign(id, ETags.optional(ifMatch), body.ownerId().trim(), body.owningTeam());
        return Responses.ok(OpportunityMapper.view(opportunity), opportunity.version);
    }

    @GET
    @Path("shares")
    @Operation(summary = "Who the opportunity is shared with",
            description = "Allowed to those who may share it: the owner, sales managers and admins.")
    public List<ShareView> shares(@PathParam("id") UUID id) {
        return AccessMapper.shares(access.shares(id));
    }

    @POST
    @Path("shares")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "shareOpportunity", summary = "Share the opportunity and its quotes with a user or team (or change that share's access)",
            description = "Allowed to the owner, sales managers and admins.")
    public RestResponse<List<ShareView>> share(@PathParam("id") UUID id, @Valid @NotNull(message = "is required") ShareRequest body) {
        return Responses.ok(AccessMapper.shares(access.share(id, body.principalType(), body.principalId().trim(), body.access())));
    }

    @DELETE
    @Path("shares/{principalType}/{principalId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "revokeOpportunityShare", summary = "Revoke a share")
    public RestResponse<Void> revoke(@PathParam("id") UUID id, @PathParam("principalType") String principalType,
            @PathParam("principalId") String principalId) {
        access.revoke(id, QueryParameters.enumValue("principalType", principalType, SharePrincipalType.class), principalId);
        return Responses.done();
    }

    @GET
    @Path("sales-team")
    @Tag(name = "Around the deal")
    @Operation(summary = "The users working the deal with its owner, and their roles")
    public List<SalesTeamMemberView> salesTeam(@PathParam("id") UUID id) {
        return AccessMapper.salesTeam(access.salesTeam(id));
    }

    @PUT
    @Path("sales-team/{userId}")
    @Tag(name = "Around the deal")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "setSalesTeamMember", summary = "Put a user on the sales team with a role, or change their role",
            description = "Members may read and change the opportunity and its quotes, as with a read/write share.")
    public List<SalesTeamMemberView> putMember(@PathParam("id") UUID id,
            @PathParam("userId") @Size(max = 200) String userId,
            @Valid @NotNull(message = "is required") SalesTeamRoleRequest body) {
        return AccessMapper.salesTeam(access.putMember(id, userId, body.role()));
    }

    @DELETE
    @Path("sales-team/{userId}")
    @Tag(name = "Around the deal")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "removeSalesTeamMember", summary = "Take a user off the sales team")
    public RestResponse<Void> removeMember(@PathParam("id") UUID id, @PathParam("userId") String userId) {
        access.removeMember(id, userId);
        return Responses.done();
    }
}
