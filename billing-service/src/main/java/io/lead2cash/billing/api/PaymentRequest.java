package io.lead2cash.billing.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment received, in the invoice's currency. */
@Schema(name = "PaymentRequest")
public record PaymentRequest(
        @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be positive")
        @Digits(integer = 15, fraction = 4) @Schema(description = "At most the amount due") BigDecimal amount,
        @PastOrPresent @Schema(description = "Defaults to today") LocalDate paidOn,
        @Size(max = 100) @Schema(description = "The customer's payment reference") String reference) {
}
