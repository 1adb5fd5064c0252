package io.lead2cash.opportunity.api.line;

import io.lead2cash.events.Money;
import io.lead2cash.opportunity.domain.line.PricedLine;

/** Maps product lines (of opportunities and quotes) between the API's records and the domain. */
public final class ProductLineMapper {

    private ProductLineMapper() {
    }

    public static PricedLine.Details details(ProductLineRequest r) {
        return new PricedLine.Details(r.productId(), r.writeInName() == null ? null : r.writeInName().trim(), r.unitId(),
                r.quantity(), r.manualDiscount(), r.tax(), r.priceOverride());
    }

    /** A line, its amounts shown at the scale of its record's currency. */
    public static ProductLineView view(PricedLine l, String currency) {
        return new ProductLineView(l.id, l.lineNumber, l.productId, l.productNumber, l.productName, l.writeInName, l.unitId,
                l.quantity.stripTrailingZeros(), Money.atCurrencyScale(l.manualDiscount, currency),
                Money.atCurrencyScale(l.tax, currency), Money.atCurrencyScale(l.priceOverride, currency),
                Money.atCurrencyScale(l.pricePerUnit, currency), Money.atCurrencyScale(l.volumeDiscount, currency),
                Money.atCurrencyScale(l.amount, currency), Money.atCurrencyScale(l.extendedAmount, currency), l.priced(),
                l.pricingError, l.pricingMessage, l.pricedAt, l.version);
    }
}
