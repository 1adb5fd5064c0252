package io.lead2cash.billing.api;

import io.lead2cash.platform.validation.CurrencyCode;

import io.lead2cash.events.CustomerType;
import io.lead2cash.events.billing.PaymentTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order created directly (not from an accepted quote): customer, currency and lines priced by the catalog. */
@Schema(name = "OrderRequest")
public record OrderRequest(
        @NotNull(message = "is required") CustomerType customerType,
        @NotNull(message = "is required") UUID customerId,
        @NotBlank @Size(max = 300) String customerName,
        @Schema(description = "Required when a line is a catalog product") UUID priceListId,
        @NotNull(message = "is required") @CurrencyCode String currency,
        @Schema(description = "Defaults to the service's payment terms (NET_30)") PaymentTerms paymentTerms,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal discountPercentage,
        @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal discountAmount,
        @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal freight,
        @NotEmpty(message = "must list at least one line") @Size(max = 200)
        List<@NotNull(message = "is required") @Valid Line> lines) {

    /** A catalog product (priced by the catalog) or a write-in product with its price. */
    @Schema(name = "OrderLineRequest")
    public record Line(
            UUID productId,
            @Size(max = 200) String writeInName,
            UUID unitId,
            @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be positive")
            @Digits(integer = 13, fraction = 6) BigDecimal quantity,
            @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal manualDiscount,
            @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal tax,
            @DecimalMin("0") @Digits(integer = 15, fraction = 4)
            @Schema(description = "The price per unit of a write-in product, or an override of the catalog's") BigDecimal priceOverride) {
    }
}
