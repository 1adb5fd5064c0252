package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.platform.query.Filter;

/**
 * Who may see and change opportunities. The access subdomain decides (owner and team, shares, sales team), and
 * it builds on opportunities itself, so they reach it through this port.
 */
public interface OpportunityAccess {

    /** Refuses a caller who may not see the opportunity (403). */
    void checkRead(Opportunity opportunity);

    /** Refuses a caller who may not change the opportunity (403). */
    void checkWrite(Opportunity opportunity);

    /** Restricts a list of opportunities to those the caller may see. */
    Filter visible(Filter filter);
}
