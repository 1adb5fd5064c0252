package io.lead2cash.opportunity.api.quote;

import io.lead2cash.opportunity.domain.quote.Quote;

/** Maps quotes from the domain to the API's records. */
public final class QuoteMapper {

    private QuoteMapper() {
    }

    public static QuoteView view(Quote q) {
        return new QuoteView(q.id, q.quoteNumber, q.revisionNumber, q.name, q.opportunityId, q.customerType, q.customerId,
                q.customerName, q.ownerId, q.owningTeam, q.priceListId, q.currency, q.money(q.detailAmount),
                q.discountPercentage, q.money(q.discountAmount), q.money(q.totalDiscount), q.money(q.preFreightAmount),
                q.money(q.freight), q.money(q.totalTax), q.money(q.totalAmount), q.state, q.statusReason, q.revisedFromId,
                q.createdAt, q.modifiedAt, q.version);
    }
}
