package io.lead2cash.leads.domain;

import io.lead2cash.platform.access.RecordShare;
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
import io.lead2cash.events.ShareAccess;
import io.lead2cash.events.SharePrincipalType;
import java.util.List;
import java.util.UUID;

/**
 * Accounts and contacts: every sales user may read them (customers are shared), but only the owner, the
 * owning team, a READ_WRITE share, managers and admins may change one, and only the owner, managers and admins assign
 * or share it.
 */
@ApplicationScoped
public class CustomerService {

    @Inject Outbox outbox;
    @Inject CurrentUser user;
    @Inject CustomerDirectory directory;
    @Inject DuplicateDetection duplicates;
    @Inject CustomerSharing sharing;

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

    /** Creates the account; 409 with the look-alikes (name, e-mail, phone) unless overridden. */
    @Transactional
    public Account createAccount(Account.Details details, boolean overrideDuplicates) {
        directory.contact(details.primaryContactId(), "primaryContactId");
        if (!overrideDuplicates) {
            duplicates.checkAccount(null, details.email(), details.name(), details.phone());
        }
        return outbox.appendCreated(Account.create(details, user), Account::created);
    }

    /** Creates the contact; 409 with the look-alikes (e-mail, phone) unless overridden. */
    @Transactional
    public Contact createContact(Contact.Details details, boolean overrideDuplicates) {
        directory.account(details.accountId(), "accountId");
        if (!overrideDuplicates) {
            duplicates.checkContact(null, details.email(), details.phone());
        }
        return outbox.appendCreated(Contact.create(details, user), Contact::created);
    }

    @Transactional
    public Account updateAccount(UUID id, ExpectedVersion expected, Account.Details details, boolean overrideDuplicates) {
        Account account = forChange(account(id), expected);
        directory.contact(details.primaryContactId(), "primaryContactId");
        if (!overrideDuplicates && (LeadService.changed(account.email, details.email())
                || LeadService.changed(account.name, details.name()) || LeadService.changed(account.phone, details.phone()))) {
            duplicates.checkAccount(id, details.email(), details.name(), details.phone());
        }
        return outbox.appendChange(account, account.update(details));
    }

    @Transactional
    public Contact updateContact(UUID id, ExpectedVersion expected, Contact.Details details, boolean overrideDuplicates) {
        Contact contact = forChange(contact(id), expected);
        directory.account(details.accountId(), "accountId");
        if (!overrideDuplicates && (LeadService.changed(contact.email, details.email())
                || LeadService.changed(contact.phone, details.phone()))) {
            duplicates.checkContact(id, details.email(), details.phone());
        }
        return outbox.appendChange(contact, contact.update(details));
    }

    /** Gives the account to another owner and team: its owner, managers and admins; not its team, nor those it is shared with. */
    @Transactional
    public Account assignAccount(UUID id, ExpectedVersion expected, String ownerId, String owningTeam) {
        Account account = forChange(account(id), expected);
        sharing.checkManage(account);
        return outbox.appendChange(account, account.assign(ownerId, owningTeam));
    }

    /** Gives the contact to another owner and team: its owner, managers and admins; not its team, nor those it is shared with. */
    @Transactional
    public Contact assignContact(UUID id, ExpectedVersion expected, String ownerId, String owningTeam) {
        Contact contact = forChange(contact(id), expected);
        sharing.checkManage(contact);
        return outbox.appendChange(contact, contact.assign(ownerId, owningTeam));
    }

    /** Who the account or contact is shared with (everyone may read both, so anyone may ask). */
    public List<RecordShare> shares(OwnedEntity customer) {
        return sharing.shares(customer);
    }

    /** Shares the account or contact for writing with a user or team (READ changes nothing: every seller reads them). */
    @Transactional
    public List<RecordShare> share(OwnedEntity customer, SharePrincipalType type, String principal, ShareAccess access) {
        return sharing.share(customer, type, principal, access);
    }

    @Transactional
    public void revokeShare(OwnedEntity customer, SharePrincipalType type, String principal) {
        sharing.revoke(customer, type, principal);
    }

    /** The customer, if the caller may change it (403 otherwise) and saw its current version (428, 412). */
    private <C extends OwnedEntity> C forChange(C customer, ExpectedVersion expected) {
        sharing.checkWrite(customer);
        customer.checkVersion(expected);
        return customer;
    }
}
