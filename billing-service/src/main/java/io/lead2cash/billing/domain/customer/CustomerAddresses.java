package io.lead2cash.billing.domain.customer;

import io.lead2cash.events.CustomerType;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.events.leads.AccountData;
import io.lead2cash.events.leads.ContactData;
import io.lead2cash.platform.domain.Address;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Billing's copy of each account's and contact's name and address, kept from their events, so an order prints where
 * its customer is billed without calling the leads-service, and a direct order names a customer the suite knows. As
 * in Dynamics 365, the order copies the address when it opens and its invoices copy the order's: a later move of the
 * customer does not rewrite issued documents.
 */
@ApplicationScoped
public class CustomerAddresses {

    private static final Logger LOG = Logger.getLogger(CustomerAddresses.class);

    /** Records the account as the event shows it, unless a newer event was applied already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accountChanged(AccountData account, Instant at) {
        changed(CustomerType.ACCOUNT, account.id(), account.name(), account.address(), at);
    }

    /** Records the contact (a B2C customer) as the event shows it, unless a newer event was applied already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contactChanged(ContactData contact, Instant at) {
        String name = contact.firstName() == null ? contact.lastName() : contact.firstName() + " " + contact.lastName();
        changed(CustomerType.CONTACT, contact.id(), name, contact.address(), at);
    }

    private void changed(CustomerType type, UUID id, String name, PostalAddress address, Instant at) {
        CustomerAddress known = CustomerAddress.findById(id);
        if (known == null) {
            known = new CustomerAddress();
            known.customerId = id;
        } else if (known.customerType != type) {
            // An account's id on a contact event (or the reverse) is forged or mistaken: refused, the event parked.
            throw new IllegalArgumentException(type + " " + id + " is a known " + known.customerType);
        } else if (known.changedAt.isAfter(at)) {
            LOG.debugf("%s %s: an event of %s arrived after one of %s, kept the newer address", type, id, at,
                    known.changedAt);
            return;
        }
        known.customerType = type;
        known.name = name;
        known.address = Address.of(address);
        known.changedAt = at;
        known.persist();
    }

    /** The customer's address as last known; none for a customer billing has not heard of. */
    public PostalAddress of(UUID customerId) {
        CustomerAddress known = CustomerAddress.findById(customerId);
        return known == null ? PostalAddress.NONE : Address.dataOf(known.address);
    }

    /** The account or contact of that kind with that id, as last known here. */
    public Optional<CustomerAddress> known(CustomerType type, UUID customerId) {
        return CustomerAddress.<CustomerAddress>findByIdOptional(customerId).filter(c -> c.customerType == type);
    }
}
