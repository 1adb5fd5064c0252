package io.lead2cash.opportunity.api;

import io.lead2cash.events.Money;
import io.lead2cash.opportunity.domain.Opportunity;
import io.lead2cash.opportunity.domain.PricedLine;
import io.lead2cash.opportunity.domain.Quote;

/** Maps between the API's records and the domain; entities never leave through the API. */
final class OpportunityMapper {

    private OpportunityMapper() {
    }

    static Opportunity.Details details(OpportunityRequest r) {
        return new Opportunity.Details(r.topic().trim(), r.customerType(), r.customerId(), r.customerName(), r.priceListId(),
                r.currency(), r.estimatedRevenue(), Boolean.TRUE.equals(r.revenueSystemCalculated()), r.estimatedCloseDate(), r.probability(), r.rating(), r.salesStage(),
                r.forecastCategory(), r.description(), r.customerNeed(), r.proposedSolution());
    }

    static PricedLine.Details details(ProductLineRequest r) {
        return new PricedLine.Details(r.productId(), r.writeInName() == null ? null : r.writeInName().trim(), r.unitId(),
                r.quantity(), r.manualDiscount(), r.tax(), r.priceOverride());
    }

    /** A line, its amounts shown at the scale of its record's currency. */
    static ProductLineView view(PricedLine l, String currency) {
        return new ProductLineView(l.id, l.lineNumber, l.productId, l.writeInName, l.unitId,
                l.quantity.stripTrailingZeros(), Money.atCurrencyScale(l.manualDiscount, currency),
                Money.atCurrencyScale(l.tax, currency), Money.atCurrencyScale(l.priceOverride, currency),
                Money.atCurrencyScale(l.pricePerUnit, currency), Money.atCurrencyScale(l.volumeDiscount, currency),
                Money.atCurrencyScale(l.amount, currency), Money.atCurrencyScale(l.extendedAmount, currency), l.priced(),
                l.pricingError, l.pricingMessage, l.pricedAt, l.version);
    }

    static QuoteView view(Quote q) {
        return new QuoteView(q.id, q.quoteNumber, q.revisionNumber, q.name, q.opportunityId, q.customerType, q.customerId,
                q.customerName, q.ownerId, q.owningTeam, q.priceListId, q.currency, q.money(q.detailAmount),
                q.discountPercentage, q.money(q.discountAmount), q.money(q.totalDiscount), q.money(q.preFreightAmount),
                q.money(q.freight), q.money(q.totalTax), q.money(q.totalAmount), q.state, q.statusReason, q.revisedFromId,
                q.createdAt, q.modifiedAt, q.version);
    }

    static OpportunityView view(Opportunity o) {
        return new OpportunityView(o.id, o.topic, o.customerType, o.customerId, o.customerName, o.originatingLeadId, o.ownerId,
                o.owningTeam, o.priceListId, o.currency, o.money(o.estimatedRevenue), o.revenueSystemCalculated, o.estimatedCloseDate, o.probability,
                o.rating, o.salesStage, o.forecastCategory, o.state, o.statusReason, o.description, o.customerNeed,
                o.proposedSolution, o.money(o.actualRevenue), o.actualCloseDate, o.closeDescription, o.winningCompetitor,
                o.winningCompetitorId, o.money(o.invoicedAmount), o.money(o.paidAmount),
                o.createdAt, o.modifiedAt, o.version);
    }
}
