package io.lead2cash.billing.domain;

import io.lead2cash.events.PostalAddress;
import io.lead2cash.events.leads.AccountData;
import io.lead2cash.platform.domain.Address;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Billing's copy of each account's address, kept from AccountCreated and AccountUpdated, so an order can print where
 * its customer is billed without calling the leads-service. As in Dynamics 365, the order copies the address when it
 * opens and its invoices copy the order's: a later move of the account does not rewrite issued documents.
 */
@ApplicationScoped
public class CustomerAddresses {

    private static final Logger LOG = Logger.getLogger(CustomerAddresses.class);

    /** Records the account as the event shows it, unless a newer event was applied already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accountChanged(AccountData account, Instant at) {
        CustomerAddress known = CustomerAddress.findById(account.id());
        if (known == null) {
            known = new CustomerAddress();
            known.customerId = account.id();
        } else if (known.changedAt.isAfter(at)) {
            LOG.debugf("Account %s: an event of %s arrived after one of %s, kept the newer address", account.id(), at,
                    known.changedAt);
            return;
        }
        known.name = account.name();
        known.address = Address.of(account.address());
        known.changedAt = at;
        known.persist();
    }

    /** The customer's address as last known; none for a contact or an account billing has not heard of. */
    public PostalAddress of(UUID customerId) {
        CustomerAddress known = CustomerAddress.findById(customerId);
        return known == null ? PostalAddress.NONE : Address.dataOf(known.address);
    }
}
