package io.lead2cash.billing.api;

import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.billing.config.BillingConfig;
import io.lead2cash.billing.domain.creditnote.CreditNote;
import io.lead2cash.billing.domain.creditnote.CreditNotes;
import io.lead2cash.platform.api.openapi.ApiDocumentFilter;
import io.lead2cash.platform.api.paging.Page;
import io.lead2cash.platform.api.paging.PageParams;
import io.lead2cash.platform.api.answer.Responses;
import io.lead2cash.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Credit notes: issued against invoices (POST /api/invoices/{id}/credit-notes), read here as JSON or PDF. */
@Path("/api/credit-notes")
@Tag(name = "Credit notes")
@RolesAllowed({Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN, Roles.SALES_REP, Roles.INTEGRATION})
public class CreditNoteResource {

    static final String SORT_FIELDS = "createdAt,creditNoteNumber,totalAmount";

    @Inject CreditNotes creditNotes;
    @Inject BillingConfig config;

    @GET
    @Operation(summary = "List the credit notes you may see",
            description = "Who sees a credit note follows its invoice: billing clerks, managers, admins and integrations "
                    + "all; a sales rep those of the opportunities they may see.")
    @Extension(name = ApiDocumentFilter.SORT_FIELDS, value = SORT_FIELDS)
    public Page<CreditNoteView> list(@Valid @BeanParam PageParams page, @QueryParam("invoiceId") UUID invoiceId,
            @QueryParam("orderId") UUID orderId, @QueryParam("customerId") UUID customerId,
            @QueryParam("q") @Parameter(description = "Quick find: the records whose credit note number, invoice number or "
                    + "customer name begins with this text, ignoring case; * stands for any characters") String text) {
        var criteria = new CreditNotes.Criteria(invoiceId, orderId, customerId, text);
        return Page.of(creditNotes.search(criteria, page.toSort(SORT_FIELDS, "-createdAt")), page, BillingMapper::view);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a credit note")
    public RestResponse<CreditNoteView> get(@PathParam("id") UUID id) {
        CreditNote note = creditNotes.get(id);
        return Responses.ok(BillingMapper.view(note), note.version);
    }

    @GET
    @Path("{id}")
    @Produces(InvoiceResource.PDF)
    @Operation(summary = "The credit note as a printable PDF (Accept: application/pdf)")
    @APIResponse(responseCode = "200", description = "An A4 PDF: seller, customer and bill-to address, the invoice it "
            + "credits and why, the credited lines and totals",
            content = @Content(mediaType = InvoiceResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") UUID id) {
        CreditNote note = creditNotes.get(id);
        byte[] document = BillingPdf.creditNote(note, creditNotes.lines(id), config.seller());
        return Responses.document(document, InvoiceResource.PDF, note.creditNoteNumber + ".pdf", note.version);
    }

    @GET
    @Path("{id}/lines")
    @Operation(summary = "A credit note's lines")
    public List<BilledLineView> lines(@PathParam("id") UUID id) {
        String currency = creditNotes.get(id).currency;
        return BillingMapper.lines(creditNotes.lines(id), currency);
    }
}
