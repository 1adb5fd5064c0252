package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.events.opportunities.OpportunityUpdated;
import io.lead2cash.opportunity.domain.line.LinePricer;
import io.lead2cash.opportunity.domain.line.PricedLine;
import io.lead2cash.opportunity.domain.line.ProductLines;
import io.lead2cash.platform.outbox.Outbox;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An opportunity's product lines: editable while it is open; each change is published, and a system-calculated
 * estimated revenue follows the priced lines.
 */
@ApplicationScoped
public class OpportunityLines extends ProductLines<Opportunity, OpportunityLine> {

    @Inject OpportunityService opportunities;
    @Inject LinePricer pricer;
    @Inject Outbox outbox;

    /** The lines of an opportunity whoever the caller is, e.g. to copy them into a quote. */
    public static List<OpportunityLine> of(UUID opportunityId) {
        return OpportunityLine.list("opportunityId = ?1 order by lineNumber", opportunityId);
    }

    /** The lines follow the opportunity to its new price list: priced again on it, and published. */
    void priceListSwitched(@Observes PriceListSwitched change) {
        reprice(change.opportunityId());
    }

    @Override
    protected Opportunity readable(UUID opportunityId) {
        return opportunities.get(opportunityId);
    }

    @Override
    protected Opportunity changeable(UUID opportunityId) {
        return opportunities.getForChange(opportunityId);
    }

    @Override
    protected void requireEditable(Opportunity opportunity, String action) {
        opportunity.requireOpen(action);
    }

    @Override
    protected String recordKind() {
        return "opportunity";
    }

    @Override
    protected List<OpportunityLine> linesOf(UUID opportunityId) {
        return of(opportunityId);
    }

    @Override
    protected OpportunityLine lineOf(UUID opportunityId, UUID lineId) {
        return OpportunityLine.find("id = ?1 and opportunityId = ?2", lineId, opportunityId).firstResult();
    }

    @Override
    protected OpportunityLine newLine(Opportunity opportunity, int lineNumber, PricedLine.Details details) {
        return OpportunityLine.create(opportunity.id, lineNumber, details);
    }

    @Override
    protected void price(Opportunity opportunity, List<OpportunityLine> lines) {
        pricer.price(opportunity, lines);
    }

    @Override
    protected void linesChanged(Opportunity opportunity, List<OpportunityLine> lines, boolean byCaller) {
        BigDecimal revenueBefore = opportunity.estimatedRevenue;
        outbox.append(opportunity.linesChanged(lines));
        // Subscribers of OpportunityUpdated learn of a system-calculated revenue change as of any other.
        if (opportunity.estimatedRevenue != null && (revenueBefore == null
                || revenueBefore.compareTo(opportunity.estimatedRevenue) != 0)) {
            outbox.append(new OpportunityUpdated(UUID.randomUUID(), opportunity.modifiedAt, opportunity.data()));
        }
    }
}
