package io.lead2cash.catalog.api;

import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.platform.api.answer.RecordAnswers;
import io.lead2cash.catalog.domain.Product;
import io.lead2cash.catalog.domain.ProductService;
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

/** Products, families and bundles: their details and their lifecycle (publish, revise, revert, retire, clone). */
@Path("/api/products")
@Tag(name = "Products")
@Authenticated
@Idempotent
public class ProductResource {

    static final String SORT_FIELDS = "productNumber,name,createdAt,modifiedAt";

    private final RecordAnswers<Product, ProductView> answer = RecordAnswers.showing(CatalogMapper::view);
    @Inject ProductService products;

    @GET
    @Operation(summary = "List products")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<ProductView> list(@Valid @BeanParam PageParams page, @QueryParam("q") @Parameter(description = "Quick find: the records whose product number or name begins with this text, ignoring case; * stands for any characters, so *text finds it anywhere (slower)") String text,
            @QueryParam("productNumber") String productNumber, @QueryParam("state") @Parameter(schema = @Schema(implementation = io.lead2cash.events.catalog.ProductState.class)) String state,
            @QueryParam("structure") @Parameter(schema = @Schema(implementation = io.lead2cash.events.catalog.ProductStructure.class)) String structure, @QueryParam("type") @Parameter(schema = @Schema(implementation = io.lead2cash.events.catalog.ProductType.class)) String type,
            @QueryParam("parentId") UUID parentId) {
        var criteria = CatalogMapper.criteria(text, productNumber, state, structure, type, parentId);
        return Page.of(products.search(criteria, page.toSort(SORT_FIELDS, "productNumber")), page, CatalogMapper::view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a product")
    public RestResponse<ProductView> get(@PathParam("id") UUID id) {
        return answer.ok(products.get(id));
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Create a product, family or bundle (as a draft)")
    public RestResponse<ProductView> create(@Valid @NotNull(message = "is required") ProductRequest body, @Context UriInfo uri) {
        return answer.created(uri, products.create(CatalogMapper.structure(body), CatalogMapper.details(body)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace a draft or under-revision product's details", description = "Needs If-Match.")
    public RestResponse<ProductView> update(@PathParam("id") UUID id, @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") ProductRequest body) {
        return answer.ok(products.update(id, ETags.required(ifMatch), CatalogMapper.details(body)));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Publish a draft or under-revision product: it becomes Active and can be priced")
    public RestResponse<ProductView> publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(products.publish(id, ETags.optional(ifMatch)));
    }

    @POST
    @Path("{id}/revise")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Put an active product under revision (it stays sellable)")
    public RestResponse<ProductView> revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(products.revise(id, ETags.optional(ifMatch)));
    }

    @POST
    @Path("{id}/revert")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Abandon a revision: the product is Active again with its earlier details")
    public RestResponse<ProductView> revert(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(products.revert(id, ETags.optional(ifMatch)));
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Retire a draft or active product: it can no longer be priced")
    public RestResponse<ProductView> retire(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(products.retire(id, ETags.optional(ifMatch)));
    }

    @POST
    @ResponseStatus(201)
    @Path("{id}/clone")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(summary = "Copy a product as a new draft under another product number")
    public RestResponse<ProductView> cloneProduct(@PathParam("id") UUID id, @Valid @NotNull(message = "is required") CloneRequest body,
            @Context UriInfo uri) {
        return answer.createdIn(uri, "api/products", products.cloneAs(id, CatalogMapper.productNumber(body), body.name()));
    }
}
