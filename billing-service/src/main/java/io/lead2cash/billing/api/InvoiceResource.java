package io.lead2cash.billing.api;

import io.lead2cash.platform.api.answer.RecordAnswers;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.billing.config.BillingConfig;
import io.lead2cash.billing.domain.creditnote.CreditNotes;
import io.lead2cash.billing.domain.invoice.Invoice;
import io.lead2cash.billing.domain.invoice.InvoiceService;
import io.lead2cash.events.billing.InvoiceState;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.lead2cash.platform.api.openapi.ApiDocumentFilter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Invoices: read (as JSON or as a printable PDF), mark billed, record payments, cancel. */
@Path("/api/invoices")
@Tag(name = "Invoices")
@RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN, Roles.SALES_REP, Roles.INTEGRATION})
@Idempotent
public class InvoiceResource {
    private static final RecordAnswers<Invoice, InvoiceView> answer = RecordAnswers.showing(BillingMapper::view);

    static final String PDF = "application/pdf";

    static final String SORT_FIELDS = "createdAt,invoiceNumber,dueDate,totalAmount";

    @Inject InvoiceService invoices;
    @Inject CreditNotes creditNotes;
    @Inject BillingConfig config;

    @GET
    @Operation(summary = "List the invoices you may see",
            description = "Billing clerks, managers, admins and integrations see all; a sales rep those of the opportunities "
                    + "they may see. receivable=true keeps those with something left to pay (never a paid, credited or "
                    + "canceled one); dueBefore finds those that fall due before a day and are still receivable.")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<InvoiceView> list(@Valid @BeanParam PageParams page, @QueryParam("orderId") UUID orderId,
            @QueryParam("opportunityId") UUID opportunityId, @QueryParam("customerId") UUID customerId,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = io.lead2cash.events.billing.InvoiceState.class)) String state, @QueryParam("dueBefore") LocalDate dueBefore,
            @QueryParam("receivable") @Parameter(description = "true: only invoices with something left to pay") Boolean receivable,
            @QueryParam("q") @Parameter(description = "Quick find: the records whose invoice number, order number or customer name begins with this text, ignoring case; * stands for any characters, so *text finds it anywhere (slower)") String text) {
        var criteria = new InvoiceService.Criteria(orderId, opportunityId, customerId,
                QueryParameters.enumValue("state", state, InvoiceState.class), dueBefore, receivable, text);
        return Page.of(invoices.search(criteria, page.toSort(SORT_FIELDS, "-createdAt")), page, BillingMapper::view);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read an invoice")
    public RestResponse<InvoiceView> get(@PathParam("id") UUID id) {
        return answer.ok(invoices.get(id));
    }

    @GET
    @Path("{id}")
    @Produces(PDF)
    @Operation(summary = "The invoice as a printable PDF (Accept: application/pdf)")
    @APIResponse(responseCode = "200", description = "An A4 PDF: seller, customer and bill-to address, number, "
            + "dates, lines by product number and name, taxes, totals and payments",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") UUID id) {
        Invoice invoice = invoices.get(id);
        byte[] document = BillingPdf.invoice(invoice, invoices.lines(id), invoices.payments(id), invoices.refunds(id),
                config.seller());
        return Responses.document(document, PDF, invoice.invoiceNumber + ".pdf", invoice.version);
    }

    @GET
    @Path("{id}/lines")
    @Operation(summary = "An invoice's lines")
    public List<BilledLineView> lines(@PathParam("id") UUID id) {
        String currency = invoices.get(id).currency;
        return BillingMapper.lines(invoices.lines(id), currency);
    }

    @GET
    @Path("{id}/payments")
    @Operation(summary = "The payments recorded on an invoice")
    public List<PaymentView> payments(@PathParam("id") UUID id) {
        String currency = invoices.get(id).currency;
        return BillingMapper.payments(invoices.payments(id), currency);
    }

    @GET
    @Path("{id}/refunds")
    @Operation(summary = "The refunds paid back on an invoice")
    public List<PaymentView> refunds(@PathParam("id") UUID id) {
        String currency = invoices.get(id).currency;
        return BillingMapper.payments(invoices.refunds(id), currency);
    }

    @POST
    @ResponseStatus(201)
    @Path("{id}/refunds")
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "recordRefund", summary = "Record money paid back to the customer",
            description = "What was paid and credited beyond the invoice's total is owed back (refundDue); a refund is "
                    + "never more than that (400 naming amount). InvoiceRefunded.")
    public RestResponse<PaymentView> refund(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") PaymentRequest body, @Context UriInfo uri) {
        var refund = invoices.refund(id, ETags.optional(ifMatch), body.amount(), body.paidOn(), body.reference());
        String currency = invoices.get(id).currency;
        return Responses.created(uri, refund.id, BillingMapper.view(refund, currency));
    }

    @POST
    @Path("{id}/bill")
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Mark a new invoice as sent to the customer (Active: Billed)")
    public RestResponse<InvoiceView> bill(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(invoices.markBilled(id, ETags.optional(ifMatch)));
    }

    @POST
    @ResponseStatus(201)
    @Path("{id}/payments")
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "recordPayment", summary = "Record a payment", description = "Never more than the amount due (400 naming amount). The invoice "
            + "becomes Paid: Partial, and Paid: Complete once nothing is due.")
    public RestResponse<PaymentView> pay(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") PaymentRequest body, @Context UriInfo uri) {
        var payment = invoices.pay(id, ETags.optional(ifMatch), body.amount(), body.paidOn(), body.reference());
        String currency = invoices.get(id).currency;
        return Responses.created(uri, payment.id, BillingMapper.view(payment, currency));
    }

    @POST
    @ResponseStatus(201)
    @Path("{id}/credit-notes")
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(operationId = "issueCreditNote", summary = "Credit a billed or paid invoice, fully or partly",
            description = "Names invoice lines and quantities to credit, or none to credit all that is left. Numbered "
                    + "CRN-<year>-000007 in its own gapless series; what it credits is taken off the invoice (its "
                    + "creditedAmount and amount due). 409 for a new (not yet billed) invoice: cancel it instead.")
    public RestResponse<CreditNoteView> credit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") CreditNoteRequest body, @Context UriInfo uri) {
        var note = creditNotes.issue(id, ETags.optional(ifMatch), body.reason().trim(), BillingMapper.credited(body));
        return Responses.createdIn(uri, "api/credit-notes", note.id, BillingMapper.view(note), note.version);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN})
    @Operation(summary = "Cancel an active invoice nothing was paid on",
            description = "An order it invoiced is Fulfilled again and may be invoiced anew. 409 once it was paid or "
                    + "credited: issue a credit note instead.")
    public RestResponse<InvoiceView> cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer.ok(invoices.cancel(id, ETags.optional(ifMatch)));
    }

}
