package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.events.opportunities.OpportunityLineData;
import io.lead2cash.opportunity.domain.line.PricedLine;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A product line of an opportunity. */
@Entity
@Table(name = "opportunity_line")
public class OpportunityLine extends PricedLine {

    public UUID opportunityId;

    public static OpportunityLine create(UUID opportunityId, int lineNumber, Details details) {
        OpportunityLine line = new OpportunityLine();
        line.opportunityId = opportunityId;
        line.start(lineNumber, details);
        return line;
    }

    /** The line as OpportunityLinesChanged carries it, amounts absent while unpriced and the reason given. */
    public OpportunityLineData opportunityLineData(String currency) {
        return new OpportunityLineData(id, data(currency), pricingError);
    }
}
