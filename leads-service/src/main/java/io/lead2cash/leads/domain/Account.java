package io.lead2cash.leads.domain;

import io.lead2cash.events.leads.AccountCreated;
import io.lead2cash.events.leads.AccountData;
import io.lead2cash.events.leads.AccountUpdated;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.platform.domain.Address;
import io.lead2cash.platform.domain.OwnedEntity;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A customer organisation. */
@Entity
@Table(name = "account")
public class Account extends OwnedEntity {

    public String name;
    public String email;
    public String phone;
    public String website;
    public String industry;
    /** The address printed as the bill-to of the account's orders and invoices. */
    @Embedded
    public Address address;
    public UUID primaryContactId;

    /** The details a user may set. */
    public record Details(String name, String email, String phone, String website, String industry,
            PostalAddress address, UUID primaryContactId) {
    }

    public static Account create(Details details, CurrentUser owner) {
        Account account = new Account();
        account.initialise(owner);
        account.apply(details);
        return account;
    }

    public AccountCreated created() {
        return new AccountCreated(UUID.randomUUID(), modifiedAt, data());
    }

    /** Gives the account to another owner and team, whatever its state; published as a change like any other. */
    public AccountUpdated assign(String newOwner, String newTeam) {
        assignTo(newOwner, newTeam);
        return new AccountUpdated(UUID.randomUUID(), modifiedAt, data());
    }

    public AccountUpdated update(Details details) {
        apply(details);
        touch();
        return new AccountUpdated(UUID.randomUUID(), modifiedAt, data());
    }

    private void apply(Details d) {
        name = d.name();
        email = d.email();
        phone = d.phone();
        website = d.website();
        industry = d.industry();
        address = Address.of(d.address());
        primaryContactId = d.primaryContactId();
    }

    public AccountData data() {
        return new AccountData(id, name, email, phone, website, industry, Address.dataOf(address), primaryContactId, ownerId,
                owningTeam);
    }
}
