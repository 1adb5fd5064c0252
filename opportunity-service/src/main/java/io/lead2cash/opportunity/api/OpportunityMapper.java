package io.lead2cash.opportunity.api;

import io.lead2cash.opportunity.domain.Opportunity;
import io.lead2cash.opportunity.domain.OpportunityLine;

/** Maps between the API's records and the domain; entities never leave through the API. */
final class OpportunityMapper {

    private OpportunityMapper() {
    }

    static Opportunity.Details details(OpportunityRequest r) {
        return new Opportunity.Details(r.topic().trim(), r.customerType(), r.customerId(), r.customerName(), r.priceListId(),
                r.currency(), r.estimatedRevenue(), Boolean.TRUE.equals(r.revenueSystemCalculated()), r.estimatedCloseDate(), r.probability(), r.rating(), r.salesStage(),
                r.forecastCategory(), r.description(), r.customerNeed(), r.proposedSolution());
    }

    static OpportunityLine.Details details(OpportunityLineRequest r) {
        return new OpportunityLine.Details(r.productId(), r.writeInName() == null ? null : r.writeInName().trim(), r.unitId(),
                r.quantity(), r.manualDiscount(), r.tax(), r.priceOverride());
    }

    static OpportunityLineView view(OpportunityLine l) {
        return new OpportunityLineView(l.id, l.opportunityId, l.lineNumber, l.productId, l.writeInName, l.unitId,
                l.quantity.stripTrailingZeros(), l.manualDiscount, l.tax, l.priceOverride, l.pricePerUnit, l.volumeDiscount,
                l.amount, l.extendedAmount, l.priced(), l.pricingError, l.pricingMessage, l.pricedAt, l.version);
    }

    static OpportunityView view(Opportunity o) {
        return new OpportunityView(o.id, o.topic, o.customerType, o.customerId, o.customerName, o.originatingLeadId, o.ownerId,
                o.owningTeam, o.priceListId, o.currency, o.money(o.estimatedRevenue), o.revenueSystemCalculated, o.estimatedCloseDate, o.probability,
                o.rating, o.salesStage, o.forecastCategory, o.state, o.statusReason, o.description, o.customerNeed,
                o.proposedSolution, o.money(o.actualRevenue), o.actualCloseDate, o.closeDescription, o.winningCompetitor,
                o.createdAt, o.modifiedAt, o.version);
    }
}
