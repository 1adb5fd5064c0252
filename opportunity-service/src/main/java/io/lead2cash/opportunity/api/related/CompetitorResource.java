package io.lead2cash.opportunity.api.related;

import io.lead2cash.platform.api.answer.RecordAnswers;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.opportunity.domain.related.Competitor;
import io.lead2cash.opportunity.domain.related.CompetitorService;
import io.lead2cash.platform.api.answer.ETags;
import io.lead2cash.platform.api.paging.Page;
import io.lead2cash.platform.api.paging.PageParams;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.lead2cash.platform.api.openapi.ApiDocumentFilter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Competitors: the companies the customers are also talking to, shared by the whole sales organisation. */
@Path("/api/competitors")
@Tag(name = "Competitors")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
@Idempotent
public class CompetitorResource {
    private static final RecordAnswers<Competitor, CompetitorView> answer = RecordAnswers.showing(RelatedRecordsMapper::view);

    static final String SORT_FIELDS = "name,createdAt,modifiedAt";

    @Inject CompetitorService competitors;

    @GET
    @Operation(summary = "List competitors", description = "q searches name, strengths and weaknesses.")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<CompetitorView> list(@Valid @BeanParam PageParams page, @QueryParam("q") @Parameter(description = "Quick find: the records whose name, strengths or weaknesses begins with this text, ignoring case; * stands for any characters, so *text finds it anywhere (slower)") String text) {
        return Page.of(competitors.search(text, page.toSort(SORT_FIELDS, "name")), page, RelatedRecordsMapper::view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a competitor")
    public RestResponse<CompetitorView> get(@PathParam("id") UUID id) {
        return answer.ok(competitors.get(id));
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Record a competitor", description = "Names are unique, ignoring case.")
    public RestResponse<CompetitorView> create(@Valid @NotNull(message = "is required") CompetitorRequest body, @Context UriInfo uri) {
        Competitor competitor = competitors.create(RelatedRecordsMapper.details(body));
        return Responses.created(uri, competitor.id, RelatedRecordsMapper.view(competitor), competitor.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace a competitor's name, website, strengths and weaknesses", description = "Needs If-Match.")
    public RestResponse<CompetitorView> update(@PathParam("id") UUID id, @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") CompetitorRequest body) {
        return answer.ok(competitors.update(id, ETags.required(ifMatch), RelatedRecordsMapper.details(body)));
    }

}
