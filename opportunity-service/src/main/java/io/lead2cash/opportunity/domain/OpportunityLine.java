package io.lead2cash.opportunity.domain;

import io.lead2cash.events.Money;
import io.lead2cash.events.opportunities.OpportunityLineData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A product line of an opportunity. */
@Entity
@Table(name = "opportunity_line")
public class OpportunityLine extends PricedLine {

    @Column(name = "opportunity_id")
    public UUID opportunityId;

    public static OpportunityLine create(UUID opportunityId, int lineNumber, Details details) {
        OpportunityLine line = new OpportunityLine();
        line.opportunityId = opportunityId;
        line.start(lineNumber, details);
        return line;
    }

    /** The line as OpportunityLinesChanged carries it, amounts at the currency's scale (absent while unpriced). */
    public OpportunityLineData data(String currency) {
        return new OpportunityLineData(id, lineNumber, productId, writeInName, unitId, quantity.stripTrailingZeros(),
                Money.atCurrencyScale(pricePerUnit, currency), Money.atCurrencyScale(volumeDiscount, currency),
                Money.atCurrencyScale(amount, currency), Money.atCurrencyScale(manualDiscount, currency),
                Money.atCurrencyScale(tax, currency), Money.atCurrencyScale(extendedAmount, currency), pricingError);
    }
}
