package io.lead2cash.opportunity.api.opportunity;

import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.opportunity.domain.opportunity.OpportunityDetails;

/** Maps opportunities between the API's records and the domain; entities never leave through the API. */
public final class OpportunityMapper {

    private OpportunityMapper() {
    }

    static OpportunityDetails details(OpportunityRequest r) {
        return new OpportunityDetails(r.topic().trim(), r.customerType(), r.customerId(), r.customerName(), r.priceListId(),
                r.currency(), r.estimatedRevenue(), Boolean.TRUE.equals(r.revenueSystemCalculated()), r.estimatedCloseDate(),
                r.probability(), r.rating(), r.salesStage(), r.forecastCategory(), r.description(), r.customerNeed(),
                r.proposedSolution());
    }

    public static OpportunityView view(Opportunity o) {
        return new OpportunityView(o.id, o.topic, o.customerType, o.customerId, o.customerName, o.originatingLeadId, o.ownerId,
                o.owningTeam, o.priceListId, o.currency, o.money(o.estimatedRevenue), o.revenueSystemCalculated,
                o.estimatedCloseDate, o.probability, o.rating, o.stage.salesStage, o.stage.stageEnteredAt, o.forecastCategory, o.state, o.statusReason,
                o.description, o.customerNeed, o.proposedSolution, o.money(o.closing().actualRevenue), o.closing().actualCloseDate,
                o.closing().closeDescription, o.closing().winningCompetitor, o.closing().winningCompetitorId,
                o.money(o.billing.invoicedAmount),
                o.money(o.billing.paidAmount), o.createdAt, o.modifiedAt, o.version);
    }
}
