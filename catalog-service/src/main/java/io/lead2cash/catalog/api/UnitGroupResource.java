package io.lead2cash.catalog.api;

import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.platform.api.answer.RecordAnswers;
import io.lead2cash.catalog.domain.ProductService;
import io.lead2cash.catalog.domain.UnitGroup;
import io.lead2cash.platform.api.answer.ETags;
import io.lead2cash.platform.api.paging.Page;
import io.lead2cash.platform.api.paging.PageParams;
import io.lead2cash.platform.idempotency.Idempotent;
import io.lead2cash.platform.security.Roles;
import io.quarkus.security.Authenticated;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.lead2cash.platform.api.openapi.ApiDocumentFilter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Unit groups and their units. */
@Path("/api/unit-groups")
@Tag(name = "Units")
@Authenticated
@Idempotent
public class UnitGroupResource {

    static final String SORT_FIELDS = "name,createdAt";

    private final RecordAnswers<UnitGroup, UnitGroupView> answer = RecordAnswers.showing(CatalogMapper::view);
    @Inject ProductService catalog;

    @GET
    @Operation(summary = "List unit groups")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<UnitGroupView> list(@Valid @BeanParam PageParams page, @QueryParam("q") @Parameter(description = "Quick find: the records whose name begins with this text, ignoring case; * stands for any characters, so *text finds it anywhere (slower)") String text) {
        return Page.of(catalog.searchUnitGroups(text, page.toSort(SORT_FIELDS, "name")), page, CatalogMapper::view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a unit group and its units")
    public RestResponse<UnitGroupView> get(@PathParam("id") UUID id) {
        return answer.ok(catalog.unitGroup(id));
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Create a unit group with its base unit")
    public RestResponse<UnitGroupView> create(@Valid @NotNull(message = "is required") UnitGroupRequest body, @Context UriInfo uri) {
        return answer.created(uri, catalog.createUnitGroup(CatalogMapper.name(body), CatalogMapper.baseUnit(body)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Rename a unit group", description = "Needs If-Match.")
    public RestResponse<UnitGroupView> rename(@PathParam("id") UUID id, @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") UnitGroupRequest body) {
        return answer.ok(catalog.renameUnitGroup(id, ETags.required(ifMatch), CatalogMapper.name(body)));
    }

    @POST
    @Path("{id}/units")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "addUnit", summary = "Add a unit defined as a quantity of another unit of the group")
    public RestResponse<UnitGroupView> addUnit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") UnitRequest body) {
        return answer.ok(catalog.addUnit(id, ETags.optional(ifMatch), CatalogMapper.name(body), body.quantity(),
                body.definedBy()));
    }
}
