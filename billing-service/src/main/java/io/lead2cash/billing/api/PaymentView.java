package io.lead2cash.billing.api;

import io.lead2cash.events.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment recorded against an invoice. */
@Schema(name = "Payment")
public record PaymentView(UUID id, UUID invoiceId, Money amount, LocalDate paidOn,
        @Schema(nullable = true) String reference, String recordedBy, Instant recordedAt) {
}
