package io.lead2cash.leads.domain;

import io.lead2cash.platform.api.ETags;
import io.lead2cash.platform.api.Filter;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.security.CurrentUser;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Accounts and contacts: every sales user may read them (customers are shared), but only the owner, the
 * owning team, managers and admins may change one.
 */
@ApplicationScoped
public class CustomerService {

    private final Outbox outbox;
    private final CurrentUser user;
    private final CustomerDirectory directory;

    CustomerService(Outbox outbox, CurrentUser user, CustomerDirectory directory) {
        this.outbox = outbox;
        this.user = user;
        this.directory = directory;
    }

    public PanacheQuery<Account> searchAccounts(String text, String ownerId, Sort sort) {
        Filter filter = Filter.where().eq("ownerId", ownerId).contains(text, "name", "email", "city");
        return Account.find(filter.query(), sort, filter.parameters());
    }

    public Account account(UUID id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw ProblemException.notFound("account", id);
        }
        return account;
    }

    @Transactional
    public Account createAccount(Account.Details details) {
        directory.contact(details.primaryContactId(), "primaryContactId");
        Account account = Account.create(details, user);
        account.persist();
        outbox.append(account.created());
        return account;
    }

    @Transactional
    public Account updateAccount(UUID id, String ifMatch, Account.Details details) {
        Account account = account(id);
        account.checkAccess(user, "account");
        ETags.requireMatch(ifMatch, account.version);
        directory.contact(details.primaryContactId(), "primaryContactId");
        outbox.append(account.update(details));
        Account.flush();
        return account;
    }

    public PanacheQuery<Contact> searchContacts(String text, UUID accountId, String ownerId, Sort sort) {
        Filter filter = Filter.where().eq("accountId", accountId).eq("ownerId", ownerId)
                .contains(text, "firstName", "lastName", "email");
        return Contact.find(filter.query(), sort, filter.parameters());
    }

    public Contact contact(UUID id) {
        Contact contact = Contact.findById(id);
        if (contact == null) {
            throw ProblemException.notFound("contact", id);
        }
        return contact;
    }

    @Transactional
    public Contact createContact(Contact.Details details) {
        directory.account(details.accountId(), "accountId");
        Contact contact = Contact.create(details, user);
        contact.persist();
        outbox.append(contact.created());
        return contact;
    }

    @Transactional
    public Contact updateContact(UUID id, String ifMatch, Contact.Details details) {
        Contact contact = contact(id);
        contact.checkAccess(user, "contact");
        ETags.requireMatch(ifMatch, contact.version);
        directory.account(details.accountId(), "accountId");
        outbox.append(contact.update(details));
        Contact.flush();
        return contact;
    }
}
