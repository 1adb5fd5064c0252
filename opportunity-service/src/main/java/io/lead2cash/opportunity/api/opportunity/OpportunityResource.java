package io.lead2cash.opportunity.api.opportunity;

import io.lead2cash.platform.api.answer.RecordAnswers;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.events.opportunities.OpportunityState;
import io.lead2cash.events.opportunities.SalesStage;
import io.lead2cash.opportunity.api.insight.InsightMapper;
import io.lead2cash.opportunity.api.insight.PipelineView;
import io.lead2cash.opportunity.api.line.ProductLineEndpoints;
import io.lead2cash.opportunity.api.line.ProductLineView;
import io.lead2cash.opportunity.api.quote.GenerateQuoteRequest;
import io.lead2cash.opportunity.api.quote.QuoteMapper;
import io.lead2cash.opportunity.api.quote.QuoteView;
import io.lead2cash.opportunity.domain.insight.SalesInsight;
import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.opportunity.domain.opportunity.OpportunityLines;
import io.lead2cash.opportunity.domain.opportunity.OpportunityService;
import io.lead2cash.opportunity.domain.quote.QuoteService;
import io.lead2cash.platform.api.answer.ETags;
import io.lead2cash.platform.api.paging.Page;
import io.lead2cash.platform.api.paging.PageParams;
import io.lead2cash.platform.api.paging.QueryParameters;
import io.lead2cash.platform.api.answer.Responses;
import io.lead2cash.platform.idempotency.Idempotent;
import io.lead2cash.platform.security.Roles;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
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

/** Opportunities: list, read, open, replace, and hold / resume / win / lose / reopen. */
@Path("/api/opportunities")
@Tag(name = "Opportunities")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
@Idempotent
public class OpportunityResource {
    private static final RecordAnswers<Opportunity, OpportunityView> answer = RecordAnswers.showing(OpportunityMapper::view);

    static final String SORT_FIELDS = "createdAt,modifiedAt,topic,estimatedCloseDate,estimatedRevenue";

    @Inject OpportunityService opportunities;
    @Inject OpportunityLines lines;
    @Inject QuoteService quotes;
    @Inject SalesInsight insight;

    @GET
    @Operation(summary = "List the opportunities you may see",
            description = "Reps see their own and their team's; managers, admins and integrations see all.")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<OpportunityView> list(@Valid @BeanParam PageParams page,
            @QueryParam("originatingLeadId") UUID originatingLeadId, @QueryParam("customerId") UUID customerId,
            @QueryParam("ownerId") String ownerId, @QueryParam("state") @Parameter(schema = @Schema(implementation = io.lead2cash.events.opportunities.OpportunityState.class)) String state, @QueryParam("stage") @Parameter(schema = @Schema(implementation = io.lead2cash.events.opportunities.SalesStage.class)) String stage,
            @QueryParam("closeFrom") LocalDate closeFrom, @QueryParam("closeTo") LocalDate closeTo,
            @QueryParam("q") @Parameter(description = "Quick find: the records whose topic or customer name begins with this text, ignoring case; * stands for any characters, so *text finds it anywhere (slower)") String text) {
        var criteria = new OpportunityService.Criteria(originatingLeadId, customerId, ownerId,
                QueryParameters.enumValue("state", state, OpportunityState.class),
                QueryParameters.enumValue("stage", stage, SalesStage.class), closeFrom, closeTo, text);
        return Page.of(opportunities.search(criteria, page.toSort(SORT_FIELDS, "-createdAt")), page, OpportunityMapper::view);
    }

    @GET
    @Path("pipeline")
    @Tag(name = "Pipeline and forecast")
    @Operation(operationId = "getPipeline", summary = "The pipeline chart: open opportunities as bubbles and the funnel of revenue per stage",
            description = "The bubbles are the open opportunities closing first, at most " + SalesInsight.MAX_BUBBLES
                    + "; the funnel counts and sums every open opportunity the caller may see.")
    public PipelineView pipeline(@QueryParam("ownerId") String ownerId, @QueryParam("owningTeam") String owningTeam,
            @QueryParam("closeFrom") LocalDate closeFrom, @QueryParam("closeTo") LocalDate closeTo) {
        return InsightMapper.view(insight.pipeline(ownerId, owningTeam, closeFrom, closeTo));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an opportunity")
    public RestResponse<OpportunityView> get(@PathParam("id") UUID id) {
        return answer.ok(opportunities.get(id));
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Open an opportunity directly", description = "Owned by the caller and the caller's team.")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "422", description = "The customer is no account or contact the suite knows, or the "
            + "Idempotency-Key was used for a different request")
    public RestResponse<OpportunityView> create(@Valid @NotNull(message = "is required") OpportunityRequest body, @Context UriInfo uri) {
        var opportunity = opportunities.create(OpportunityMapper.details(body));
        return Responses.created(uri, opportunity.id, OpportunityMapper.view(opportunity), opportunity.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace an open opportunity's details, stage and forecast category", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The changed opportunity; its ETag carries the new version")
    @APIResponse(responseCode = "422", description = "The new customer is no account or contact the suite knows")
    public RestResponse<OpportunityView> update(@PathParam("id") UUID id, @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") OpportunityRequest body) {
        return answer.ok(opportunities.update(id, ETags.required(ifMatch), OpportunityMapper.details(body)));
    }

    @POST
    @Path("{id}/stage")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "moveOpportunityStage", summary = "Move an open opportunity to another sales stage",
            description = "Forward only when every required step of the stages it leaves or passes over is done (422 "
                    + "lists the missing steps); back at any time. Recorded in the stage history. If-Match optional.")
    @APIResponse(responseCode = "200", description = "The opportunity in its new stage; its ETag carries the new version")
    @APIResponse(responseCode = "422", description = "Required steps of the flow are not done")
    public RestResponse<OpportunityView> moveToStage(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") StageMoveRequest body) {
        return answer.ok(opportunities.moveToStage(id, ETags.optional(ifMatch), body.stage()));
    }

    @POST
    @Path("{id}/hold")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Put an open opportunity on hold")
    public RestResponse<OpportunityView> hold(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(opportunities.hold(id, ETags.optional(ifMatch)));
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Take an opportunity off hold")
    public RestResponse<OpportunityView> resume(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(opportunities.resume(id, ETags.optional(ifMatch)));
    }

    @POST
    @Path("{id}/win")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Close as won", description = "Actual revenue defaults to the estimated revenue. A deal with "
            + "draft or active quotes is won only with closeQuotes (409 lists them otherwise).")
    public RestResponse<OpportunityView> win(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @RequestBody(required = false) @Valid WinRequest body) {
        WinRequest win = body == null ? new WinRequest(null, null, null, null) : body;
        return answer.ok(opportunities.win(id, ETags.optional(ifMatch), win.actualRevenue(), win.closeDate(), win.description(),
                Boolean.TRUE.equals(win.closeQuotes())));
    }

    @POST
    @Path("{id}/lose")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Close as lost: canceled, or out-sold to a competitor", description = "A deal with draft or "
            + "active quotes is lost only with closeQuotes (409 lists them otherwise).")
    public RestResponse<OpportunityView> lose(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") LoseRequest body) {
        return answer.ok(opportunities.lose(id, ETags.optional(ifMatch), body.reason(), body.winningCompetitorId(),
                body.winningCompetitor(), body.closeDate(), body.description(), Boolean.TRUE.equals(body.closeQuotes())));
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Reopen a won or lost opportunity")
    public RestResponse<OpportunityView> reopen(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(opportunities.reopen(id, ETags.optional(ifMatch)));
    }

    @POST
    @Path("{id}/reprice")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Price every product line again (after the catalog was unreachable, or prices changed)")
    public RestResponse<List<ProductLineView>> reprice(@PathParam("id") UUID id) {
        Opportunity opportunity = lines.reprice(id);
        return Responses.ok(ProductLineEndpoints.views(lines.lines(id), opportunity.currency));
    }

    @POST
    @ResponseStatus(201)
    @Path("{id}/quotes")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "generateQuote", summary = "Generate a draft quote", description = "Customer, price list, currency and product lines are "
            + "copied from the opportunity; the lines are priced by the catalog.")
    public RestResponse<QuoteView> generateQuote(@PathParam("id") UUID id, @RequestBody(required = false) @Valid GenerateQuoteRequest body, @Context UriInfo uri) {
        var quote = quotes.generate(id, body == null ? null : body.name());
        return Responses.createdIn(uri, "api/quotes", quote.id, QuoteMapper.view(quote), quote.version);
    }

}
