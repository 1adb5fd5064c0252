package io.lead2cash.opportunity.api.related;

import io.lead2cash.platform.api.answer.RecordAnswers;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.events.opportunities.SalesLiteratureType;
import io.lead2cash.opportunity.domain.related.SalesLiterature;
import io.lead2cash.opportunity.domain.related.SalesLiteratureService;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.lead2cash.platform.api.openapi.ApiDocumentFilter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sales literature: documents and links sellers give customers; managers and admins publish it. */
@Path("/api/sales-literature")
@Tag(name = "Sales literature")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
@Idempotent
public class SalesLiteratureResource {
    private static final RecordAnswers<SalesLiterature, SalesLiteratureView> answer = RecordAnswers.showing(RelatedRecordsMapper::view);

    static final String SORT_FIELDS = "name,createdAt,expirationDate";

    @Inject SalesLiteratureService literature;

    @GET
    @Operation(summary = "List sales literature", description = "Expired literature only with includeExpired=true.")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<SalesLiteratureView> list(@Valid @BeanParam PageParams page, @QueryParam("q") @Parameter(description = "Quick find: the records whose name, subject or description begins with this text, ignoring case; * stands for any characters, so *text finds it anywhere (slower)") String text,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = io.lead2cash.events.opportunities.SalesLiteratureType.class)) String type, @QueryParam("includeExpired") boolean includeExpired) {
        return Page.of(literature.search(text, QueryParameters.enumValue("type", type, SalesLiteratureType.class),
                includeExpired, page.toSort(SORT_FIELDS, "name")), page, RelatedRecordsMapper::view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read sales literature")
    public RestResponse<SalesLiteratureView> get(@PathParam("id") UUID id) {
        return answer.ok(literature.get(id));
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Publish sales literature")
    public RestResponse<SalesLiteratureView> create(@Valid @NotNull(message = "is required") SalesLiteratureRequest body, @Context UriInfo uri) {
        SalesLiterature published = literature.create(RelatedRecordsMapper.details(body));
        return Responses.created(uri, published.id, RelatedRecordsMapper.view(published), published.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace sales literature's details and documents", description = "Needs If-Match.")
    public RestResponse<SalesLiteratureView> update(@PathParam("id") UUID id, @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") SalesLiteratureRequest body) {
        return answer.ok(literature.update(id, ETags.required(ifMatch), RelatedRecordsMapper.details(body)));
    }

}
