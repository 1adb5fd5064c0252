package io.lead2cash.opportunity.domain.opportunity;

import java.util.UUID;

/** Whether an opportunity has a live offer: the quote subdomain knows, and it builds on opportunities, hence this port. */
public interface Quoting {

    /** True when one of its quotes is active (offered to the customer) or won; drafts and closed quotes do not count. */
    boolean hasActiveOrWonQuote(UUID opportunityId);
}
