package io.lead2cash.events.billing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.lead2cash.events.CustomerReference;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.events.Money;
import io.lead2cash.events.PricedTotals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice's header as it stands after the event: number, order, customer, dates, totals, what is paid, credited and
 * due, and what is owed back.
 */
public record InvoiceData(
        UUID id,
        String invoiceNumber,
        UUID orderId,
        String orderNumber,
        UUID quoteId,
        UUID opportunityId,
        @JsonUnwrapped CustomerReference customer,
        @JsonPropertyDescription("Where the customer is billed, from the account when the order was opened")
        PostalAddress billTo,
        String ownerId,
        String owningTeam,
        String currency,
        LocalDate invoiceDate,
        LocalDate dueDate,
        PaymentTerms paymentTerms,
        @JsonUnwrapped PricedTotals totals,
        Money amountPaid,
        Money amountDue,
        @JsonPropertyDescription("What credit notes took off the invoice")
        Money creditedAmount,
        @JsonPropertyDescription("What was paid back to the customer (refunds recorded)")
        Money refundedAmount,
        @JsonPropertyDescription("What the customer is owed back: payments and credits beyond the total, less refunds")
        Money refundDue,
        InvoiceState state,
        InvoiceStatusReason statusReason,
        Instant createdAt,
        Instant modifiedAt) {
}
