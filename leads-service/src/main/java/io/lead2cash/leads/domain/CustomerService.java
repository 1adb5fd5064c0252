package io.lead2cash.leads.domain;

import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.domain.Records;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.domain.OwnedEntity;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.query.Listing;
import io.lead2cash.platform.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Accounts and contacts: every sales user may read them (customers are shared), but only the owner, the
 * owning team, managers and admins may change one.
 */
@ApplicationScoped
public class CustomerService {

    @Inject Outbox outbox;
    @Inject CurrentUser user;
    @Inject CustomerDirectory directory;

    public Listing<Account> searchAccounts(String text, String ownerId, Sort sort) {
        Filter filter = Filter.where().eq("ownerId", ownerId).quickFind(text, "name", "email", "address.city");
        return filter.listing(Account.class, sort);
    }

    public Listing<Contact> searchContacts(String text, UUID accountId, String ownerId, Sort sort) {
        Filter filter = Filter.where().eq("accountId", accountId).eq("ownerId", ownerId)
                .quickFind(text, "firstName", "lastName", "email");
        return filter.listing(Contact.class, sort);
    }

    public Account account(UUID id) {
        return Records.byId(Account.class, id, "account");
    }

    public Contact contact(UUID id) {
        return Records.byId(Contact.class, id, "contact");
    }

    @Transactional
    public Account createAccount(Account.Details details) {
        directory.contact(details.primaryContactId(), "primaryContactId");
        return outbox.appendCreated(Account.create(details, user), Account::created);
    }

    @Transactional
    public Contact createContact(Contact.Details details) {
        directory.account(details.accountId(), "accountId");
        return outbox.appendCreated(Contact.create(details, user), Contact::created);
    }

    @Transactional
    public Account updateAccount(UUID id, ExpectedVersion expected, Account.Details details) {
        Account account = forChange(account(id), "account", expected);
        directory.contact(details.primaryContactId(), "primaryContactId");
        return outbox.appendChange(account, account.update(details));
    }

    @Transactional
    public Contact updateContact(UUID id, ExpectedVersion expected, Contact.Details details) {
        Contact contact = forChange(contact(id), "contact", expected);
        directory.account(details.accountId(), "accountId");
        return outbox.appendChange(contact, contact.update(details));
    }

    /** Gives the account to another owner and team: allowed to whoever may change it. */
    @Transactional
    public Account assignAccount(UUID id, ExpectedVersion expected, String ownerId, String owningTeam) {
        Account account = forChange(account(id), "account", expected);
        return outbox.appendChange(account, account.assign(ownerId, owningTeam));
    }

    /** Gives the contact to another owner and team: allowed to whoever may change it. */
    @Transactional
    public Contact assignContact(UUID id, ExpectedVersion expected, String ownerId, String owningTeam) {
        Contact contact = forChange(contact(id), "contact", expected);
        return outbox.appendChange(contact, contact.assign(ownerId, owningTeam));
    }

    /** The customer, if the caller may change it (403 otherwise) and saw its current version (428, 412). */
    private <C extends OwnedEntity> C forChange(C customer, String what, ExpectedVersion expected) {
        customer.checkAccess(user, what);
        customer.checkVersion(expected);
        return customer;
    }
}
