package io.lead2cash.opportunity.api.related;

import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.opportunity.domain.related.CompetitorService;
import io.lead2cash.opportunity.domain.related.LiteratureGiven;
import io.lead2cash.opportunity.domain.related.SalesLiteratureService;
import io.lead2cash.opportunity.domain.related.StakeholderService;
import io.lead2cash.platform.api.answer.Responses;
import io.lead2cash.platform.idempotency.Idempotent;
import io.lead2cash.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Around the deal: an opportunity's stakeholders, its competitors and the sales literature given to its customer. */
@Path("/api/opportunities/{id}")
@Tag(name = "Around the deal")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
@Idempotent
public class AroundTheOpportunityResource {

    @Inject StakeholderService stakeholders;
    @Inject CompetitorService competitors;
    @Inject SalesLiteratureService literature;

    @GET
    @Path("stakeholders")
    @Operation(summary = "The customer's contacts who take part in the decision")
    public List<StakeholderView> stakeholders(@PathParam("id") UUID id) {
        return RelatedRecordsMapper.stakeholders(stakeholders.stakeholders(id));
    }

    @POST
    @ResponseStatus(201)
    @Path("stakeholders")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Add a contact as a stakeholder with a role", description = "409 when the contact is one already.")
    public RestResponse<StakeholderView> addStakeholder(@PathParam("id") UUID id, @Valid @NotNull(message = "is required") StakeholderRequest body,
            @Context UriInfo uri) {
        var stakeholder = stakeholders.add(id, body.contactId(), body.contactName(), body.role(), body.description());
        return Responses.created(uri, stakeholder.id, RelatedRecordsMapper.view(stakeholder));
    }

    @DELETE
    @Path("stakeholders/{stakeholderId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Remove a stakeholder")
    public RestResponse<Void> removeStakeholder(@PathParam("id") UUID id, @PathParam("stakeholderId") UUID stakeholderId) {
        stakeholders.remove(id, stakeholderId);
        return Responses.done();
    }

    @GET
    @Path("competitors")
    @Operation(summary = "The competitors named on the opportunity")
    public List<CompetitorView> competitors(@PathParam("id") UUID id) {
        return RelatedRecordsMapper.competitors(competitors.of(id));
    }

    @PUT
    @Path("competitors/{competitorId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "addOpportunityCompetitor", summary = "Name a recorded competitor on the opportunity (naming it again changes nothing)")
    public List<CompetitorView> nameCompetitor(@PathParam("id") UUID id, @PathParam("competitorId") UUID competitorId) {
        return RelatedRecordsMapper.competitors(competitors.name(id, competitorId));
    }

    @DELETE
    @Path("competitors/{competitorId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Remove a competitor from the opportunity")
    public RestResponse<Void> removeCompetitor(@PathParam("id") UUID id, @PathParam("competitorId") UUID competitorId) {
        competitors.remove(id, competitorId);
        return Responses.done();
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
    public RestResponse<LiteratureGivenView> give(@PathParam("id") UUID id,
            @Valid @NotNull(message = "is required") GiveLiteratureRequest body) {
        return Responses.ok(view(literature.give(id, body.literatureId())));
    }

    private LiteratureGivenView view(LiteratureGiven given) {
        return RelatedRecordsMapper.view(given, literature.get(given.id.literatureId()));
    }
}
