package io.lead2cash.events.billing;

import io.lead2cash.events.Money;
import io.lead2cash.events.leads.OpportunityRequest.CustomerType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An invoice's header as it stands after the event: number, order, customer, dates, totals and what is paid. */
public record InvoiceData(
        UUID id,
        String invoiceNumber,
        UUID orderId,
        String orderNumber,
        UUID quoteId,
        UUID opportunityId,
        CustomerType customerType,
        UUID customerId,
        String customerName,
        String ownerId,
        String owningTeam,
        String currency,
        LocalDate invoiceDate,
        LocalDate dueDate,
        PaymentTerms paymentTerms,
        Money detailAmount,
        BigDecimal discountPercentage,
        Money discountAmount,
        Money totalDiscount,
        Money preFreightAmount,
        Money freight,
        Money totalTax,
        Money totalAmount,
        Money amountPaid,
        Money amountDue,
        InvoiceState state,
        InvoiceStatusReason statusReason,
        Instant createdAt,
        Instant modifiedAt) {
}
