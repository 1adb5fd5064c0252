package io.lead2cash.opportunity.domain;

import io.lead2cash.events.Money;
import io.lead2cash.events.opportunities.QuoteLineData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A product line of a quote. */
@Entity
@Table(name = "quote_line")
public class QuoteLine extends PricedLine {

    @Column(name = "quote_id")
    public UUID quoteId;

    public static QuoteLine create(UUID quoteId, int lineNumber, Details details) {
        QuoteLine line = new QuoteLine();
        line.quoteId = quoteId;
        line.start(lineNumber, details);
        return line;
    }

    /** The line as QuoteAccepted carries it, amounts at the quote currency's scale. */
    public QuoteLineData data(String currency) {
        return new QuoteLineData(lineNumber, productId, writeInName, unitId, quantity.stripTrailingZeros(),
                Money.atCurrencyScale(pricePerUnit, currency), Money.atCurrencyScale(volumeDiscount, currency),
                Money.atCurrencyScale(amount, currency), Money.atCurrencyScale(manualDiscount, currency),
                Money.atCurrencyScale(tax, currency), Money.atCurrencyScale(extendedAmount, currency));
    }
}
