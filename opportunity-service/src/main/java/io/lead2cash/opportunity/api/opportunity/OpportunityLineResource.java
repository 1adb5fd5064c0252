package io.lead2cash.opportunity.api.opportunity;

import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.opportunity.api.line.ProductLineEndpoints;
import io.lead2cash.opportunity.api.line.ProductLineRequest;
import io.lead2cash.opportunity.api.line.ProductLineView;
import io.lead2cash.opportunity.domain.opportunity.OpportunityLines;
import io.lead2cash.platform.idempotency.Idempotent;
import io.lead2cash.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

/** An opportunity's product lines, priced by the catalog; unpriced lines are kept and can be repriced. */
@Path("/api/opportunities/{id}/lines")
@Tag(name = "Opportunities")
@RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
@Idempotent
public class OpportunityLineResource {

    private final ProductLineEndpoints lines;

    OpportunityLineResource(OpportunityLines lines) {
        this.lines = new ProductLineEndpoints(lines);
    }

    @GET
    @Operation(summary = "The opportunity's product lines, in order")
    public List<ProductLineView> list(@PathParam("id") UUID id) {
        return lines.list(id);
    }

    @GET
    @Path("{lineId}")
    @Operation(summary = "Read a product line")
    public RestResponse<ProductLineView> get(@PathParam("id") UUID id, @PathParam("lineId") UUID lineId) {
        return lines.get(id, lineId);
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Add a product line, priced by the catalog",
            description = "When the catalog is unreachable the line is kept with pricingError CATALOG_UNAVAILABLE.")
    public RestResponse<ProductLineView> add(@PathParam("id") UUID id, @Valid @NotNull(message = "is required") ProductLineRequest body,
            @Context UriInfo uri) {
        return lines.add(id, body, uri);
    }

    @PUT
    @Path("{lineId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace a product line (repriced)", description = "Needs If-Match with the line's ETag.")
    public RestResponse<ProductLineView> update(@PathParam("id") UUID id, @PathParam("lineId") UUID lineId, @Parameter(required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") ProductLineRequest body) {
        return lines.change(id, lineId, ifMatch, body);
    }

    @DELETE
    @Path("{lineId}")
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Remove a product line")
    public RestResponse<Void> remove(@PathParam("id") UUID id, @PathParam("lineId") UUID lineId, @HeaderParam("If-Match") String ifMatch) {
        return lines.remove(id, lineId, ifMatch);
    }
}
