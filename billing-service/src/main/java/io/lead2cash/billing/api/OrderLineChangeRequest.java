package io.lead2cash.billing.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line's new quantity, manual discount or tax; what is left out stays as it is. */
@Schema(name = "OrderLineChangeRequest")
public record OrderLineChangeRequest(
        @DecimalMin(value = "0", inclusive = false, message = "must be positive") @Digits(integer = 13, fraction = 6)
        BigDecimal quantity,
        @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal manualDiscount,
        @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal tax) {
}
