package io.lead2cash.opportunity.api.deal;

import io.lead2cash.events.opportunities.SalesLiteratureType;
import io.lead2cash.opportunity.domain.deal.SalesLiterature;
import io.lead2cash.opportunity.domain.deal.SalesLiteratureService;
import io.lead2cash.platform.api.ETags;
import io.lead2cash.platform.api.Page;
import io.lead2cash.platform.api.PageParams;
import io.lead2cash.platform.api.QueryParameters;
import io.lead2cash.platform.api.Responses;
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
import io.lead2cash.platform.api.ApiDocumentFilter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sales literature: documents and links sellers give customers; managers and admins publish it. */
@Path("/api/sales-literature")
@Tag(name = "Sales literature")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
public class SalesLiteratureResource {

    static final String SORT_FIELDS = "name,createdAt,expirationDate";

    @Inject SalesLiteratureService literature;

    @GET
    @Operation(summary = "List sales literature", description = "Expired literature only with includeExpired=true.")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<SalesLiteratureView> list(@Valid @BeanParam PageParams page, @QueryParam("q") @Parameter(description = "Quick find: the records whose name, subject or description begins with this text, ignoring case; * stands for any characters, so *text finds it anywhere (slower)") String text,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = io.lead2cash.events.opportunities.SalesLiteratureType.class)) String type, @QueryParam("includeExpired") boolean includeExpired) {
        return Page.of(literature.search(text, QueryParameters.enumValue("type", type, SalesLiteratureType.class),
                includeExpired, page.toSort(SORT_FIELDS, "name")), page, DealMapper::view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read sales literature")
    @APIResponse(responseCode = "200", description = "The literature; ETag carries its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SalesLiteratureView.class)))
    public Response get(@PathParam("id") UUID id) {
        return ok(literature.get(id));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Publish sales literature")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SalesLiteratureView.class)))
    public Response create(@Valid @NotNull(message = "is required") SalesLiteratureRequest body, @Context UriInfo uri) {
        SalesLiterature published = literature.create(DealMapper.details(body));
        return Responses.created(uri, published.id, DealMapper.view(published), published.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace sales literature's details and documents", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SalesLiteratureView.class)))
    public Response update(@PathParam("id") UUID id, @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") SalesLiteratureRequest body) {
        return ok(literature.update(id, ETags.required(ifMatch), DealMapper.details(body)));
    }

    private static Response ok(SalesLiterature l) {
        return Responses.ok(DealMapper.view(l), l.version);
    }
}
