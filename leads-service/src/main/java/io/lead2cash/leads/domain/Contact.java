package io.lead2cash.leads.domain;

import io.lead2cash.events.leads.ContactCreated;
import io.lead2cash.events.leads.ContactData;
import io.lead2cash.events.leads.ContactUpdated;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.platform.domain.Address;
import io.lead2cash.platform.domain.OwnedEntity;
import jakarta.persistence.Embedded;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A person at a customer, optionally belonging to an account; a customer in their own right in a B2C sale. */
@Entity
@Table(name = "contact")
public class Contact extends OwnedEntity {

    public String firstName;
    public String lastName;
    public String email;
    public String phone;
    public String jobTitle;
    public UUID accountId;
    /** The address printed as the bill-to of orders and invoices sold to the contact (a B2C customer). */
    @Embedded
    public Address address;

    /** The details a user may set. */
    public record Details(String firstName, String lastName, String email, String phone, String jobTitle, UUID accountId,
            PostalAddress address) {
    }

    public static Contact create(Details details, CurrentUser owner) {
        Contact contact = new Contact();
        contact.initialise(owner);
        contact.apply(details);
        return contact;
    }

    public ContactCreated created() {
        return new ContactCreated(UUID.randomUUID(), modifiedAt, data());
    }

    /** Gives the contact to another owner and team, whatever its state; published as a change like any other. */
    public ContactUpdated assign(String newOwner, String newTeam) {
        assignTo(newOwner, newTeam);
        return new ContactUpdated(UUID.randomUUID(), modifiedAt, data());
    }

    public ContactUpdated update(Details details) {
        apply(details);
        touch();
        return new ContactUpdated(UUID.randomUUID(), modifiedAt, data());
    }

    private void apply(Details d) {
        firstName = d.firstName();
        lastName = d.lastName();
        email = d.email();
        phone = d.phone();
        jobTitle = d.jobTitle();
        accountId = d.accountId();
        address = Address.of(d.address());
    }

    public ContactData data() {
        return new ContactData(id, firstName, lastName, email, phone, jobTitle, accountId, Address.dataOf(address), ownerId,
                owningTeam);
    }
}
