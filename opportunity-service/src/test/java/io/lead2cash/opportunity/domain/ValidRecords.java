package io.lead2cash.opportunity.domain;

import io.lead2cash.opportunity.domain.opportunity.OpportunityDetails;
import io.lead2cash.platform.domain.Ownership;
import io.lead2cash.events.CustomerType;
import io.lead2cash.opportunity.domain.line.PricedLine;
import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.opportunity.domain.quote.Quote;
import io.lead2cash.opportunity.domain.quote.QuoteLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Builders of valid records for the domain's plain unit tests: a deal, its quotes and their priced lines. */
public final class ValidRecords {

    private ValidRecords() {
    }

    /** Valid details of an open EUR deal for an account, with a typed estimated revenue of 12,000.00. */
    public static OpportunityDetails dealDetails(String topic) {
        return new OpportunityDetails(topic, CustomerType.ACCOUNT, UUID.randomUUID(), "Byron Roasters", null, "EUR",
                new BigDecimal("12000.00"), false, LocalDate.of(2027, 1, 31), 40, null, null, null, null, null, null);
    }

    /** An open deal owned by alice of the north team. */
    public static Opportunity openDeal() {
        return Opportunity.open(dealDetails("Coffee for 40 desks"), new Ownership("alice", "north"), null);
    }

    /** A draft quote of an open deal. */
    public static Quote draftQuote() {
        return Quote.draftFor(openDeal(), "QUO-000001", 0, "Offer");
    }

    /** A catalog line of the quote, priced by the catalog at {@code pricePerUnit} for {@code quantity} units. */
    public static QuoteLine pricedLine(Quote quote, int number, String quantity, String pricePerUnit) {
        QuoteLine line = unpricedLine(quote, number, quantity);
        BigDecimal amount = new BigDecimal(pricePerUnit).multiply(new BigDecimal(quantity)).setScale(2,
                java.math.RoundingMode.HALF_UP);
        line.pricedAs(new PricedLine.Price(new BigDecimal(pricePerUnit), BigDecimal.ZERO, amount, amount, null, "RO-1",
                "House roast"));
        return line;
    }

    /** A catalog line of the quote the catalog has not priced (yet). */
    public static QuoteLine unpricedLine(Quote quote, int number, String quantity) {
        return QuoteLine.create(quote.id, number, new PricedLine.Details(UUID.randomUUID(), null, null,
                new BigDecimal(quantity), null, null, null));
    }
}
