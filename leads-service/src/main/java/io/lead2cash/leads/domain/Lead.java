package io.lead2cash.leads.domain;

import io.lead2cash.events.Money;
import io.lead2cash.events.leads.AccountData;
import io.lead2cash.events.leads.ContactData;
import io.lead2cash.events.leads.LeadCreated;
import io.lead2cash.events.leads.LeadData;
import io.lead2cash.events.leads.LeadDisqualified;
import io.lead2cash.events.leads.LeadQualified;
import io.lead2cash.events.leads.LeadReactivated;
import io.lead2cash.events.leads.LeadState;
import io.lead2cash.events.leads.LeadStatusReason;
import io.lead2cash.events.leads.LeadUpdated;
import io.lead2cash.events.leads.RequestedOpportunity;
import io.lead2cash.events.Rating;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.platform.domain.Address;
import io.lead2cash.platform.domain.OwnedEntity;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A prospective customer not yet qualified. Its life: Open (New, Contacted) until qualified (read-only
 * from then) or disqualified with a reason (read-only until reactivated back to Open).
 */
@Entity
@Table(name = "lead")
public class Lead extends OwnedEntity {

    public String topic;
    public String firstName;
    public String lastName;
    public String companyName;
    public String email;
    public String phone;
    public String jobTitle;

    /** The address qualifying copies to the account it creates. */
    @Embedded
    public Address address;
    public BigDecimal estimatedValueAmount;
    public String estimatedValueCurrency;

    @Enumerated(EnumType.STRING)
    public Rating rating;

    public String source;
    public String description;

    @Enumerated(EnumType.STRING)
    public LeadState state;

    @Enumerated(EnumType.STRING)
    public LeadStatusReason statusReason;

    public UUID accountId;
    public UUID contactId;
    public Instant qualifiedAt;

    /** What a user may set on a lead; the status reason only among the Open ones (New, Contacted). */
    public record Details(String topic, String firstName, String lastName, String companyName, String email, String phone,
            String jobTitle, PostalAddress address, Money estimatedValue, Rating rating, String source, String description,
            LeadStatusReason statusReason, UUID accountId, UUID contactId) {
    }

    public static Lead create(Details details, CurrentUser owner) {
        Lead lead = new Lead();
        lead.initialise(owner);
        lead.state = LeadState.OPEN;
        lead.statusReason = LeadStatusReason.NEW;
        lead.apply(details);
        return lead;
    }

    public LeadCreated created() {
        return new LeadCreated(UUID.randomUUID(), modifiedAt, data());
    }

    /** Gives the lead to another owner and team, whatever its state; published as a change like any other. */
    public LeadUpdated assign(String newOwner, String newTeam) {
        assignTo(newOwner, newTeam);
        return new LeadUpdated(UUID.randomUUID(), modifiedAt, data());
    }

    /** Changes an open lead's details; qualified and disqualified leads are read-only. */
    public LeadUpdated update(Details details) {
        requireState(LeadState.OPEN, "update");
        apply(details);
        touch();
        return new LeadUpdated(UUID.randomUUID(), modifiedAt, data());
    }

    /**
     * Qualifies an open lead, linking the account and contact it became (either may be absent).
     *
     * @param opportunity the opportunity to open, or null when none was asked for
     */
    public LeadQualified qualify(AccountData account, boolean accountCreated, ContactData contact, boolean contactCreated,
            RequestedOpportunity opportunity) {
        requireState(LeadState.OPEN, "qualify");
        state = LeadState.QUALIFIED;
        statusReason = LeadStatusReason.QUALIFIED;
        accountId = account == null ? accountId : account.id();
        contactId = contact == null ? contactId : contact.id();
        touch();
        qualifiedAt = modifiedAt;
        return new LeadQualified(UUID.randomUUID(), modifiedAt, data(), account, accountCreated, contact, contactCreated,
                opportunity);
    }

    /** Disqualifies an open lead with one of the Disqualified reasons. */
    public LeadDisqualified disqualify(LeadStatusReason reason) {
        requireState(LeadState.OPEN, "disqualify");
        if (reason == null || reason.state() != LeadState.DISQUALIFIED) {
            throw ProblemException.invalid("reason", "must be one of [LOST, CANNOT_CONTACT, NO_LONGER_INTERESTED, CANCELED]");
        }
        state = LeadState.DISQUALIFIED;
        statusReason = reason;
        touch();
        return new LeadDisqualified(UUID.randomUUID(), modifiedAt, data());
    }

    /**
     * Reopens a disqualified lead as New. A qualified lead is not reopened: the opportunity it created
     * already carries the deal, and qualifying again would open a second one.
     */
    public LeadReactivated reactivate() {
        requireState(LeadState.DISQUALIFIED, "reactivate");
        state = LeadState.OPEN;
        statusReason = LeadStatusReason.NEW;
        touch();
        return new LeadReactivated(UUID.randomUUID(), modifiedAt, data());
    }

    public Money estimatedValue() {
        return Money.ofNullable(estimatedValueAmount, estimatedValueCurrency);
    }

    public String fullName() {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }

    public LeadData data() {
        return new LeadData(id, topic, firstName, lastName, companyName, email, phone, jobTitle, Address.dataOf(address),
                estimatedValue(), rating,
                source, description, state, statusReason, ownerId, owningTeam, accountId, contactId, createdAt, modifiedAt);
    }

    private void apply(Details d) {
        if (d.statusReason() != null) {
            if (d.statusReason().state() != LeadState.OPEN) {
                throw ProblemException.invalid("statusReason",
                        "must be NEW or CONTACTED; qualify or disqualify the lead to change its state");
            }
            statusReason = d.statusReason();
        }
        topic = d.topic();
        firstName = d.firstName();
        lastName = d.lastName();
        companyName = d.companyName();
        email = d.email();
        phone = d.phone();
        jobTitle = d.jobTitle();
        address = Address.of(d.address());
        estimatedValueAmount = d.estimatedValue() == null ? null : d.estimatedValue().amount();
        estimatedValueCurrency = d.estimatedValue() == null ? null : d.estimatedValue().currency();
        rating = d.rating();
        source = d.source();
        description = d.description();
        accountId = d.accountId();
        contactId = d.contactId();
    }

    private void requireState(LeadState required, String action) {
        if (state != required) {
            throw ProblemException.illegalTransition("lead", state, action);
        }
    }
}
