package io.lead2cash.opportunity.api.quote;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft quote's name, header discounts and freight. */
@Schema(name = "QuoteHeaderRequest")
public record QuoteHeaderRequest(
        @NotBlank @Size(max = 200) String name,
        @DecimalMin(value = "0", message = "must be between 0 and 100") @DecimalMax(value = "100", message = "must be between 0 and 100")
        BigDecimal discountPercentage,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 15, fraction = 4) BigDecimal discountAmount,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 15, fraction = 4) BigDecimal freight) {
}
