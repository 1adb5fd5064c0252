package io.lead2cash.billing.api;

import io.lead2cash.platform.api.answer.RecordAnswers;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.billing.domain.invoice.InvoiceService;
import io.lead2cash.billing.domain.order.OrderIntake;
import io.lead2cash.billing.domain.order.OrderLifecycle;
import io.lead2cash.billing.domain.order.OrderLines;
import io.lead2cash.billing.domain.order.OrderService;
import io.lead2cash.billing.domain.order.SalesOrder;
import io.lead2cash.events.billing.OrderState;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.lead2cash.platform.api.openapi.ApiDocumentFilter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sales orders: opened from accepted quotes or directly; read, fulfil, cancel, invoice. */
@Path("/api/orders")
@Tag(name = "Orders")
@RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN, Roles.SALES_REP, Roles.INTEGRATION})
@Idempotent
public class OrderResource {
    private static final RecordAnswers<SalesOrder, OrderView> answer = RecordAnswers.showing(BillingMapper::view);

    static final String SORT_FIELDS = "createdAt,modifiedAt,orderNumber,totalAmount";

    @Inject OrderService orders;
    @Inject OrderIntake intake;
    @Inject OrderLifecycle lifecycle;
    @Inject OrderLines orderLines;
    @Inject InvoiceService invoices;

    @GET
    @Operation(summary = "List the orders you may see",
            description = "Billing clerks, managers, admins and integrations see all; a sales rep those of the opportunities "
                    + "they may see.")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<OrderView> list(@Valid @BeanParam PageParams page, @QueryParam("quoteId") UUID quoteId,
            @QueryParam("opportunityId") UUID opportunityId, @QueryParam("customerId") UUID customerId,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = io.lead2cash.events.billing.OrderState.class)) String state, @QueryParam("q") @Parameter(description = "Quick find: the records whose order number or customer name begins with this text, ignoring case; * stands for any characters, so *text finds it anywhere (slower)") String text) {
        var criteria = new OrderService.Criteria(quoteId, opportunityId, customerId,
                QueryParameters.enumValue("state", state, OrderState.class), text);
        return Page.of(orders.search(criteria, page.toSort(SORT_FIELDS, "-createdAt")), page, BillingMapper::view);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an order")
    public RestResponse<OrderView> get(@PathParam("id") UUID id) {
        return answer.ok(orders.get(id));
    }

    @GET
    @Path("{id}/lines")
    @Operation(summary = "An order's lines, at the prices locked from the quote")
    public List<BilledLineView> lines(@PathParam("id") UUID id) {
        String currency = orders.get(id).currency;
        return BillingMapper.lines(orders.lines(id), currency);
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Create an order directly", description = "Owned by the caller. Catalog lines are priced by the "
            + "catalog's engine (400 naming the line when it cannot price one, 503 when it cannot be reached: nothing is "
            + "created); write-in lines are priced from their price override.")
    public RestResponse<OrderView> create(@Valid @NotNull(message = "is required") OrderRequest r, @Context UriInfo uri) {
        SalesOrder order = intake.create(BillingMapper.details(r), BillingMapper.newLines(r));
        return Responses.created(uri, order.id, BillingMapper.view(order), order.version);
    }

    @POST
    @Path("{id}/lines")
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN, Roles.SALES_REP, Roles.INTEGRATION})
    @Operation(operationId = "addOrderLine", summary = "Add a line to an order not fulfilled yet",
            description = "Active orders (Submitted ones for the integration role only) that no invoice bills yet. A "
                    + "catalog product is priced by the catalog at today's price on the order's price list, even when "
                    + "the other lines' prices are locked; a write-in product at its priceOverride. OrderLinesChanged.")
    public RestResponse<OrderView> addLine(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") OrderRequest.Line body) {
        return answer.ok(orderLines.addLine(id, ETags.optional(ifMatch), BillingMapper.newLine(body)));
    }

    @PUT
    @Path("{id}/lines/{lineNumber}")
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN, Roles.SALES_REP, Roles.INTEGRATION})
    @Operation(operationId = "changeOrderLine", summary = "Change a line's quantity, manual discount or tax",
            description = "As for adding a line. Locked prices (an order from a quote) keep the line's price and volume "
                    + "discount per unit; unlocked ones are priced again by the catalog, as the quantity may reach "
                    + "another volume discount.")
    public RestResponse<OrderView> changeLine(@PathParam("id") UUID id, @PathParam("lineNumber") @Min(1) @Max(10000) int lineNumber,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull(message = "is required") OrderLineChangeRequest body) {
        return answer.ok(orderLines.changeLine(id, lineNumber, ETags.optional(ifMatch), body.quantity(), body.manualDiscount(),
                body.tax()));
    }

    @DELETE
    @Path("{id}/lines/{lineNumber}")
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN, Roles.SALES_REP, Roles.INTEGRATION})
    @Operation(operationId = "removeOrderLine", summary = "Remove a line from an order not fulfilled yet",
            description = "As for adding a line; the last line cannot be removed (409): cancel the order instead.")
    public RestResponse<OrderView> removeLine(@PathParam("id") UUID id, @PathParam("lineNumber") @Min(1) @Max(10000) int lineNumber,
            @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(orderLines.removeLine(id, lineNumber, ETags.optional(ifMatch)));
    }

    @POST
    @Path("{id}/hold")
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN, Roles.SALES_REP})
    @Operation(summary = "Put an active order on hold (Active: Pending)",
            description = "While it waits for something, e.g. a credit check or the customer's purchase order; submit "
                    + "it when it is ready. 409 unless it is Active: New.")
    public RestResponse<OrderView> hold(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(lifecycle.hold(id, ETags.optional(ifMatch)));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN, Roles.SALES_REP})
    @Operation(summary = "Submit an active order to fulfilment (Submitted: In Progress)",
            description = "From then on its prices are locked for everyone but the integration role (the back office), "
                    + "which may still reprice it; it is fulfilled or canceled next.")
    public RestResponse<OrderView> submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(lifecycle.submit(id, ETags.optional(ifMatch)));
    }

    @POST
    @Path("{id}/lock-pricing")
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN, Roles.SALES_REP, Roles.INTEGRATION})
    @Operation(summary = "Lock an order's prices",
            description = "Catalog price changes no longer reach its lines. Active orders; submitted ones only for the "
                    + "integration role. 409 when they are locked already.")
    public RestResponse<OrderView> lockPricing(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(lifecycle.lockPrices(id, ETags.optional(ifMatch)));
    }

    @POST
    @Path("{id}/use-current-pricing")
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN, Roles.SALES_REP, Roles.INTEGRATION})
    @Operation(summary = "Unlock an order's prices and reprice it from the catalog",
            description = "Every catalog line takes the current price of the order's price list (quantities, manual "
                    + "discounts and tax kept; write-in lines keep their price) and the totals follow. Nothing changes "
                    + "unless every line can be priced: 409 naming the line, 503 when the catalog cannot be reached. "
                    + "Active orders; submitted ones only for the integration role.")
    public RestResponse<OrderView> useCurrentPricing(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(orderLines.useCurrentPricing(id, ETags.optional(ifMatch)));
    }

    @POST
    @Path("{id}/fulfil")
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Fulfil an active or submitted order, completely or partly",
            description = "Lines not named are delivered in full. Unless the order was invoiced already, an invoice for "
                    + "what was delivered is created in the same step, and the order is Invoiced.")
    public RestResponse<OrderView> fulfil(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @RequestBody(required = false) @Valid FulfilRequest body) {
        return answer.ok(lifecycle.fulfil(id, ETags.optional(ifMatch), BillingMapper.delivered(body)));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Cancel an active or submitted order with a reason",
            description = "409 while it has an invoice not canceled.")
    public RestResponse<OrderView> cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") CancelOrderRequest body) {
        return answer.ok(lifecycle.cancel(id, ETags.optional(ifMatch), body.reason().trim()));
    }

    @POST
    @ResponseStatus(201)
    @Path("{id}/invoices")
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "invoiceOrder", summary = "Invoice an order on request",
            description = "An active or submitted order is invoiced for all it ordered, a fulfilled one for what was "
                    + "delivered (it is Invoiced then). 409 when it has an invoice that is not canceled.")
    public RestResponse<InvoiceView> invoice(@PathParam("id") UUID id, @Context UriInfo uri) {
        orders.get(id);
        var invoice = invoices.invoiceOrder(id);
        return Responses.createdIn(uri, "api/invoices", invoice.id, BillingMapper.view(invoice), invoice.version);
    }

}
