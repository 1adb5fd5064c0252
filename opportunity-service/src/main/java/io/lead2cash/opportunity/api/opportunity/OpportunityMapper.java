package io.lead2cash.opportunity.api.opportunity;

import io.lead2cash.opportunity.domain.opportunity.Opportunity;

/** Maps opportunities between the API's records and the domain; entities never leave through the API. */
public final class OpportunityMapper {

    private OpportunityMapper() {
    }

    static Opportunity.Details details(OpportunityRequest r) {
        return new Opportunity.Details(r.topic().trim(), r.customerType(), r.customerId(), r.customerName(), r.priceListId(),
                r.currency(), r.estimatedRevenue(), Boolean.TRUE.equals(r.revenueSystemCalculated()), r.estimatedCloseDate(),
                r.probability(), r.rating(), r.salesStage(), r.forecastCategory(), r.description(), r.customerNeed(),
                r.proposedSolution());
    }

    public static OpportunityView view(Opportunity o) {
        return new OpportunityView(o.id, o.topic, o.customerType, o.customerId, o.customerName, o.originatingLeadId, o.ownerId,
                o.owningTeam, o.priceListId, o.currency, o.money(o.estimatedRevenue), o.revenueSystemCalculated,
                o.estimatedCloseDate, o.probability, o.rating, o.salesStage, o.stageEnteredAt, o.forecastCategory, o.state, o.statusReason,
                o.description, o.customerNeed, o.proposedSolution, o.money(o.actualRevenue), o.actualCloseDate,
                o.closeDescription, o.winningCompetitor, o.winningCompetitorId, o.money(o.invoicedAmount),
                o.money(o.paidAmount), o.createdAt, o.modifiedAt, o.version);
    }
}
