package io.lead2cash.leads.domain;

import io.lead2cash.platform.domain.Records;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Looks up the accounts and contacts other records link to, refusing links to records that do not exist. */
@ApplicationScoped
public class CustomerDirectory {

    /** Checks that linked account and contact exist (400 naming the field otherwise). */
    public void checkLinks(UUID accountId, UUID contactId) {
        account(accountId, "accountId");
        contact(contactId, "contactId");
    }

    /** The account named by a request field, or null when the field is empty. */
    public Account account(UUID id, String field) {
        return Records.linked(Account.class, id, field, "account");
    }

    /** The contact named by a request field, or null when the field is empty. */
    public Contact contact(UUID id, String field) {
        return Records.linked(Contact.class, id, field, "contact");
    }
}
