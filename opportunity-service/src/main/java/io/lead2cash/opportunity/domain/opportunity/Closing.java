package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.events.opportunities.OpportunityState;
import io.lead2cash.events.opportunities.OpportunityStatusReason;
import io.lead2cash.platform.problem.ProblemException;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * How an opportunity closed, as Dynamics 365 records it: the actual revenue and close date (today unless given), a
 * description, and the competitor it was lost to (a recorded one by id and name, or one named only by text). An open
 * opportunity has none: its columns are empty, and reopening clears them.
 */
@Embeddable
public class Closing {

    public BigDecimal actualRevenue;
    public LocalDate actualCloseDate;
    public String closeDescription;
    public String winningCompetitor;
    public UUID winningCompetitorId;

    static Closing won(BigDecimal actualRevenue, LocalDate closeDate, String description) {
        Closing closing = on(closeDate, description);
        closing.actualRevenue = actualRevenue;
        return closing;
    }

    /** Lost as canceled or out-sold, to a recorded competitor (its id and name kept), or to one named only by text. */
    static Closing lost(OpportunityStatusReason reason, UUID competitorId, String competitor, LocalDate closeDate,
            String description) {
        if (reason == null || reason.state() != OpportunityState.LOST) {
            throw ProblemException.invalid("reason", "must be CANCELED or OUT_SOLD");
        }
        Closing closing = on(closeDate, description);
        closing.actualRevenue = BigDecimal.ZERO;
        closing.winningCompetitorId = competitorId;
        closing.winningCompetitor = competitor;
        return closing;
    }

    private static Closing on(LocalDate closeDate, String description) {
        Closing closing = new Closing();
        closing.actualCloseDate = closeDate != null ? closeDate : LocalDate.now(ZoneOffset.UTC);
        closing.closeDescription = description;
        return closing;
    }
}
