package io.lead2cash.opportunity.domain;

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
}
