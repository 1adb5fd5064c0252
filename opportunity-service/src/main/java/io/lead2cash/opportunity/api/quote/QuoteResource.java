package io.lead2cash.opportunity.api.quote;

import io.lead2cash.platform.api.answer.RecordAnswers;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.lead2cash.events.opportunities.QuoteState;
import io.lead2cash.opportunity.api.line.ProductLineEndpoints;
import io.lead2cash.opportunity.api.line.ProductLineRequest;
import io.lead2cash.opportunity.api.line.ProductLineView;
import io.lead2cash.opportunity.domain.quote.Quote;
import io.lead2cash.opportunity.domain.quote.QuoteLines;
import io.lead2cash.opportunity.domain.quote.QuoteService;
import io.lead2cash.platform.api.answer.ETags;
import io.lead2cash.platform.api.paging.Page;
import io.lead2cash.platform.api.paging.PageParams;
import io.lead2cash.platform.api.paging.QueryParameters;
import io.lead2cash.platform.api.answer.Responses;
import io.lead2cash.platform.idempotency.Idempotent;
import io.lead2cash.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.lead2cash.platform.api.openapi.ApiDocumentFilter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Quotes: list, read, edit a draft (header and lines), activate, revise, win and close. */
@Path("/api/quotes")
@Tag(name = "Quotes")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
@Idempotent
public class QuoteResource {
    private static final RecordAnswers<Quote, QuoteView> answer = RecordAnswers.showing(QuoteMapper::view);

    static final String SORT_FIELDS = "createdAt,quoteNumber";

    private final QuoteService quotes;
    private final QuoteLines quoteLines;
    private final ProductLineEndpoints lines;

    QuoteResource(QuoteService quotes, QuoteLines quoteLines) {
        this.quotes = quotes;
        this.quoteLines = quoteLines;
        this.lines = new ProductLineEndpoints(quoteLines);
    }

    @GET
    @Operation(summary = "List the quotes you may see")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<QuoteView> list(@Valid @BeanParam PageParams page, @QueryParam("opportunityId") UUID opportunityId,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = io.lead2cash.events.opportunities.QuoteState.class)) String state) {
        return Page.of(quotes.search(opportunityId, QueryParameters.enumValue("state", state, QuoteState.class),
                page.toSort(SORT_FIELDS, "-createdAt")), page, QuoteMapper::view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a quote")
    public RestResponse<QuoteView> get(@PathParam("id") UUID id) {
        return answer.ok(quotes.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Change a draft's name, header discounts and freight", description = "Needs If-Match.")
    public RestResponse<QuoteView> changeHeader(@PathParam("id") UUID id, @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") QuoteHeaderRequest body) {
        return answer.ok(quotes.changeHeader(id, ETags.required(ifMatch), body.name().trim(), body.discountPercentage(), body.discountAmount(),
                body.freight()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Delete a draft quote, its lines and what regards it",
            description = "Only a draft: an active, won or closed quote stays on record (409); publishes QuoteDeleted, "
                    + "and deletes the activities and notes regarding it (ActivityDeleted, NoteDeleted). Send If-Match to "
                    + "refuse the deletion if the draft changed since it was read.")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        quotes.delete(id, ETags.optional(ifMatch));
        return Responses.done();
    }

    @GET
    @Path("{id}/lines")
    @Operation(summary = "The quote's product lines, in order")
    public List<ProductLineView> lines(@PathParam("id") UUID id) {
        return lines.list(id);
    }

    @POST
    @ResponseStatus(201)
    @Path("{id}/lines")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Add a product line to a draft (priced by the catalog)")
    public RestResponse<ProductLineView> addLine(@PathParam("id") UUID id, @Valid @NotNull(message = "is required") ProductLineRequest body,
            @Context UriInfo uri) {
        return lines.add(id, body, uri);
    }

    @PUT
    @Path("{id}/lines/{lineId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace a draft's product line (repriced)", description = "Needs If-Match with the line's ETag.")
    public RestResponse<ProductLineView> updateLine(@PathParam("id") UUID id, @PathParam("lineId") UUID lineId,
            @Parameter(required = true) @HeaderParam("If-Match") String ifMatch, @Valid @NotNull(message = "is required") ProductLineRequest body) {
        return lines.change(id, lineId, ifMatch, body);
    }

    @DELETE
    @Path("{id}/lines/{lineId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Remove a draft's product line")
    public RestResponse<Void> removeLine(@PathParam("id") UUID id, @PathParam("lineId") UUID lineId,
            @HeaderParam("If-Match") String ifMatch) {
        return lines.remove(id, lineId, ifMatch);
    }

    @POST
    @Path("{id}/reprice")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Price a draft's lines again")
    public RestResponse<QuoteView> reprice(@PathParam("id") UUID id) {
        return answer.ok(quoteLines.reprice(id));
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Activate a draft: it becomes read-only", description = "409 while a line is unpriced.")
    public RestResponse<QuoteView> activate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(quotes.activate(id, ETags.optional(ifMatch)));
    }

    @POST
    @ResponseStatus(201)
    @Path("{id}/revise")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Revise an active quote", description = "Closes it as Revised and returns the new draft "
            + "(same quote number, revision number + 1).")
    public RestResponse<QuoteView> revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Context UriInfo uri) {
        Quote next = quotes.revise(id, ETags.optional(ifMatch));
        return Responses.createdIn(uri, "api/quotes", next.id, QuoteMapper.view(next), next.version);
    }

    @POST
    @Path("{id}/win")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "The customer accepted the quote", description = "The quote is Won, its opportunity is won with "
            + "the quote's total, and QuoteAccepted tells billing to open the order. Only one quote per opportunity; "
            + "the opportunity's other draft or active quotes are closed with it when closeQuotes says so (409 lists "
            + "them otherwise).")
    public RestResponse<QuoteView> win(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = false) @Valid WinQuoteRequest body) {
        return answer.ok(quotes.win(id, ETags.optional(ifMatch), body != null && Boolean.TRUE.equals(body.closeQuotes())));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Close an active quote as lost or canceled",
            description = "With closeOpportunity its opportunity is lost too, in the same transaction (the last draft or "
                    + "active quote of it only, else 409). Without, when no other quote of the opportunity is draft or "
                    + "active, the answer offers to close the opportunity: a Link header with rel=\"close-opportunity\" "
                    + "names POST /api/opportunities/{id}/lose.")
    @APIResponse(responseCode = "200", description = "Closed",
            headers = @Header(name = "Link", description = "<.../api/opportunities/{id}/lose>; rel=\"close-opportunity\" "
                    + "when this was the opportunity's last draft or active quote and the opportunity is still open",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 300)))
    public RestResponse<QuoteView> close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") CloseQuoteRequest body, @Context UriInfo uri) {
        var closing = quotes.close(id, ETags.optional(ifMatch), body.reason(), Boolean.TRUE.equals(body.closeOpportunity()),
                body.opportunityStatusReason());
        RestResponse<QuoteView> closed = answer.ok(closing.quote());
        if (!closing.opportunityMayClose()) {
            return closed;
        }
        var lose = uri.getBaseUriBuilder().path("api/opportunities").path(closing.quote().opportunityId.toString())
                .path("lose").build();
        return RestResponse.ResponseBuilder.fromResponse(closed).link(lose, "close-opportunity").build();
    }

}
