package io.lead2cash.billing.api;

import io.lead2cash.billing.domain.BilledLine;
import io.lead2cash.billing.domain.OrderLine;
import io.lead2cash.events.Money;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of an order or invoice at its locked prices; {@code fulfilledQuantity} only on fulfilled orders. */
@Schema(name = "BilledLine")
public record BilledLineView(UUID id, int lineNumber, UUID productId, String writeInName, UUID unitId, BigDecimal quantity,
        BigDecimal fulfilledQuantity, BigDecimal pricePerUnit, BigDecimal volumeDiscountPerUnit, BigDecimal amount,
        BigDecimal manualDiscount, BigDecimal tax, BigDecimal extendedAmount) {

    static BilledLineView of(BilledLine l, String currency) {
        BigDecimal fulfilled = l instanceof OrderLine o && o.fulfilledQuantity != null ? o.fulfilledQuantity.stripTrailingZeros()
                : null;
        return new BilledLineView(l.id, l.lineNumber, l.productId, l.writeInName, l.unitId, l.quantity.stripTrailingZeros(),
                fulfilled, Money.atCurrencyScale(l.pricePerUnit, currency), Money.atCurrencyScale(l.volumeDiscount, currency),
                Money.atCurrencyScale(l.amount, currency), Money.atCurrencyScale(l.manualDiscount, currency),
                Money.atCurrencyScale(l.tax, currency), Money.atCurrencyScale(l.extendedAmount, currency));
    }
}
