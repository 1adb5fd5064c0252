package io.lead2cash.catalog.api;

import io.lead2cash.platform.api.answer.Responses;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.platform.api.answer.RecordAnswers;
import io.lead2cash.catalog.domain.DiscountList;
import io.lead2cash.catalog.domain.PriceListService;
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
import jakarta.ws.rs.DELETE;
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

/** Volume discount lists. */
@Path("/api/discount-lists")
@Tag(name = "Discount lists")
@Authenticated
@Idempotent
public class DiscountListResource {

    static final String SORT_FIELDS = "name,createdAt";

    private final RecordAnswers<DiscountList, DiscountListView> answer = RecordAnswers.showing(CatalogMapper::view);
    @Inject PriceListService priceLists;

    @GET
    @Operation(summary = "List discount lists")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<DiscountListView> list(@Valid @BeanParam PageParams page, @QueryParam("q") @Parameter(description = "Quick find: the records whose name begins with this text, ignoring case; * stands for any characters, so *text finds it anywhere (slower)") String text) {
        return Page.of(priceLists.searchDiscountLists(text, page.toSort(SORT_FIELDS, "name")), page, CatalogMapper::view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a discount list")
    public RestResponse<DiscountListView> get(@PathParam("id") UUID id) {
        return answer.ok(priceLists.discountList(id));
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Create a discount list", description = "Overlapping or inverted bands are refused (400).")
    public RestResponse<DiscountListView> create(@Valid @NotNull(message = "is required") DiscountListRequest body, @Context UriInfo uri) {
        return answer.created(uri, priceLists.createDiscountList(CatalogMapper.name(body), CatalogMapper.type(body),
                body.currency(), CatalogMapper.bands(body)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Rename a discount list and replace its bands", description = "Needs If-Match.")
    public RestResponse<DiscountListView> update(@PathParam("id") UUID id, @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") DiscountListRequest body) {
        return answer.ok(priceLists.updateDiscountList(id, ETags.required(ifMatch), CatalogMapper.name(body),
                CatalogMapper.bands(body)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Delete a discount list no price list item uses", description = "409 while one does.")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        priceLists.deleteDiscountList(id, ETags.optional(ifMatch));
        return Responses.done();
    }
}
