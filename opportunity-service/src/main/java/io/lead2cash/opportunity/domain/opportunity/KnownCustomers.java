package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.events.CustomerType;
import java.util.Optional;
import java.util.UUID;

/**
 * The accounts and contacts the suite knows, as the leads-service published them: an opportunity names one of them.
 * They are kept by the subdomain that follows the leads topic, hence this port.
 */
public interface KnownCustomers {

    /** The customer's name, if an account or contact of that kind and id is known here. */
    Optional<String> nameOf(CustomerType type, UUID id);
}
