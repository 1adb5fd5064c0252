package io.lead2cash.billing.api;

import io.lead2cash.billing.domain.Invoice;
import io.lead2cash.events.Money;
import io.lead2cash.events.billing.InvoiceState;
import io.lead2cash.events.billing.InvoiceStatusReason;
import io.lead2cash.events.billing.PaymentTerms;
import io.lead2cash.events.leads.OpportunityRequest.CustomerType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invoice's header; its lines and payments are at /api/invoices/{id}/lines and /payments. */
@Schema(name = "Invoice")
public record InvoiceView(UUID id, String invoiceNumber, UUID orderId, String orderNumber, UUID quoteId, UUID opportunityId,
        CustomerType customerType, UUID customerId, String customerName, String ownerId, String owningTeam, String currency,
        LocalDate invoiceDate, LocalDate dueDate, PaymentTerms paymentTerms, Money detailAmount, BigDecimal discountPercentage,
        Money discountAmount, Money totalDiscount, Money preFreightAmount, Money freight, Money totalTax, Money totalAmount,
        Money amountPaid, Money amountDue, InvoiceState state, InvoiceStatusReason statusReason, Instant createdAt,
        Instant modifiedAt, long version) {

    static InvoiceView of(Invoice i) {
        return new InvoiceView(i.id, i.invoiceNumber, i.orderId, i.orderNumber, i.quoteId, i.opportunityId, i.customerType,
                i.customerId, i.customerName, i.ownerId, i.owningTeam, i.currency, i.invoiceDate, i.dueDate, i.paymentTerms,
                i.money(i.detailAmount), i.discountPercentage, i.money(i.discountAmount), i.money(i.totalDiscount),
                i.money(i.preFreightAmount), i.money(i.freight), i.money(i.totalTax), i.money(i.totalAmount),
                i.money(i.amountPaid), i.money(i.amountDue()), i.state, i.statusReason, i.createdAt, i.modifiedAt, i.version);
    }
}
