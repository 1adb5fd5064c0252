package io.lead2cash.opportunity.domain.opportunity;

import java.util.UUID;

/** Whether an opportunity was quoted: the quote subdomain knows, and it builds on opportunities, hence this port. */
public interface Quoting {

    boolean quoted(UUID opportunityId);
}
