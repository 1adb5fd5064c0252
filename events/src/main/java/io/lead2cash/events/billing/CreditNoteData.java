package io.lead2cash.events.billing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.lead2cash.events.CustomerReference;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.events.PricedTotals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A credit note as issued: the invoice it reverses (fully or partly), why, the customer and the credited totals. */
public record CreditNoteData(
        UUID id,
        @JsonPropertyDescription("Gapless per year in its own series, e.g. CRN-2026-000007")
        String creditNoteNumber,
        UUID invoiceId,
        String invoiceNumber,
        UUID orderId,
        String orderNumber,
        UUID opportunityId,
        @JsonUnwrapped CustomerReference customer,
        PostalAddress billTo,
        String ownerId,
        String owningTeam,
        String currency,
        LocalDate issueDate,
        String reason,
        @JsonPropertyDescription("True when it reverses all that remained of the invoice")
        boolean fullCredit,
        @JsonPropertyDescription("The credited amounts, positive: they are taken off the invoice's total")
        @JsonUnwrapped PricedTotals totals,
        Instant createdAt) {
}
