package io.lead2cash.catalog.api;

import io.lead2cash.platform.api.answer.Responses;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.platform.api.answer.RecordAnswers;
import io.lead2cash.catalog.domain.PriceList;
import io.lead2cash.catalog.domain.PriceListItem;
import io.lead2cash.catalog.domain.PriceListService;
import io.lead2cash.events.catalog.PriceListState;
import io.lead2cash.platform.api.answer.ETags;
import io.lead2cash.platform.api.paging.Page;
import io.lead2cash.platform.api.paging.PageParams;
import io.lead2cash.platform.api.paging.QueryParameters;
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
import io.lead2cash.platform.validation.CurrencyCode;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.lead2cash.platform.api.openapi.ApiDocumentFilter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Price lists and their items (one per product and unit). */
@Path("/api/price-lists")
@Tag(name = "Price lists")
@Authenticated
@Idempotent
public class PriceListResource {

    static final String SORT_FIELDS = "name,currency,createdAt,validFrom";
    static final String ITEM_SORT_FIELDS = "createdAt,modifiedAt";

    private final RecordAnswers<PriceList, PriceListView> answer = RecordAnswers.showing(CatalogMapper::view);
    private final RecordAnswers<PriceListItem, PriceListItemView> itemAnswer = RecordAnswers.showing(CatalogMapper::view);
    @Inject PriceListService priceLists;

    @GET
    @Operation(summary = "List price lists")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<PriceListView> list(@Valid @BeanParam PageParams page, @QueryParam("q") @Parameter(description = "Quick find: the records whose name or description begins with this text, ignoring case; * stands for any characters, so *text finds it anywhere (slower)") String text,
            @QueryParam("currency") @CurrencyCode String currency, @QueryParam("state") @Parameter(schema = @Schema(implementation = io.lead2cash.events.catalog.PriceListState.class)) String state) {
        return Page.of(priceLists.search(text, currency, QueryParameters.enumValue("state", state, PriceListState.class),
                page.toSort(SORT_FIELDS, "name")), page, CatalogMapper::view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a price list")
    public RestResponse<PriceListView> get(@PathParam("id") UUID id) {
        return answer.ok(priceLists.get(id));
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Create a price list in a currency")
    public RestResponse<PriceListView> create(@Valid @NotNull(message = "is required") PriceListRequest body, @Context UriInfo uri) {
        return answer.created(uri, priceLists.create(CatalogMapper.currency(body), CatalogMapper.details(body)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace a price list's name, validity and state", description = "Needs If-Match.")
    public RestResponse<PriceListView> update(@PathParam("id") UUID id, @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") PriceListRequest body) {
        return answer.ok(priceLists.update(id, ETags.required(ifMatch), CatalogMapper.details(body)));
    }

    @GET
    @Path("{id}/items")
    @Operation(summary = "List a price list's items")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = ITEM_SORT_FIELDS)
    public Page<PriceListItemView> items(@PathParam("id") UUID id, @Valid @BeanParam PageParams page,
            @QueryParam("productId") UUID productId) {
        return Page.of(priceLists.items(id, productId, page.toSort(ITEM_SORT_FIELDS, "createdAt")), page, CatalogMapper::view);
    }

    @GET
    @Path("{id}/items/{itemId}")
    @Operation(summary = "Read a price list item")
    public RestResponse<PriceListItemView> item(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return itemAnswer.ok(priceLists.item(id, itemId));
    }

    @POST
    @ResponseStatus(201)
    @Path("{id}/items")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Price a product in a unit on the list", description = "409 when it is already on the list.")
    public RestResponse<PriceListItemView> addItem(@PathParam("id") UUID id, @Valid @NotNull(message = "is required") PriceListItemRequest body,
            @Context UriInfo uri) {
        return itemAnswer.created(uri, priceLists.addItem(id, CatalogMapper.productId(body), body.unitId(),
                CatalogMapper.pricing(body)));
    }

    @PUT
    @Path("{id}/items/{itemId}")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace an item's pricing", description = "Needs If-Match.")
    public RestResponse<PriceListItemView> updateItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @Parameter(required = true) @HeaderParam("If-Match") String ifMatch, @Valid @NotNull(message = "is required") PriceListItemRequest body) {
        return itemAnswer.ok(priceLists.updateItem(id, itemId, ETags.required(ifMatch), CatalogMapper.pricing(body)));
    }

    @DELETE
    @Path("{id}/items/{itemId}")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Remove a product from the list")
    public RestResponse<Void> removeItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @HeaderParam("If-Match") String ifMatch) {
        priceLists.removeItem(id, itemId, ETags.optional(ifMatch));
        return Responses.done();
    }
}
