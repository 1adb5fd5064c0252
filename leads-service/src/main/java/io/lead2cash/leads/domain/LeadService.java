package io.lead2cash.leads.domain;

import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.domain.Records;
import io.lead2cash.events.leads.LeadState;
import io.lead2cash.events.leads.LeadStatusReason;
import io.lead2cash.events.leads.Rating;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.query.Listing;
import io.lead2cash.platform.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Creates, changes and finds leads for the current user, publishing each change through the outbox. */
@ApplicationScoped
public class LeadService {

    @Inject Outbox outbox;
    @Inject CurrentUser user;
    @Inject CustomerDirectory customers;

    /** What a lead list may be filtered by; absent values do not filter. */
    public record Criteria(LeadState state, LeadStatusReason statusReason, String ownerId, String owningTeam,
            Rating rating, String text) {
    }

    /** The leads the caller may see that match the criteria. */
    public Listing<Lead> search(Criteria criteria, Sort sort) {
        Filter filter = Filter.where()
                .eq("state", criteria.state())
                .eq("statusReason", criteria.statusReason())
                .eq("ownerId", criteria.ownerId())
                .eq("owningTeam", criteria.owningTeam())
                .eq("rating", criteria.rating())
                .quickFind(criteria.text(), "topic", "firstName", "lastName", "companyName", "email")
                .accessibleBy(user);
        return filter.listing(Lead.class, sort);
    }

    /** The lead, if the caller may see it: 404 when unknown, 403 when someone else's. */
    public Lead get(UUID id) {
        Lead lead = Records.byId(Lead.class, id, "lead");
        lead.checkAccess(user, "lead");
        return lead;
    }

    @Transactional
    public Lead create(Lead.Details details) {
        customers.checkLinks(details.accountId(), details.contactId());
        return outbox.appendCreated(Lead.create(details, user), Lead::created);
    }

    @Transactional
    public Lead update(UUID id, ExpectedVersion expected, Lead.Details details) {
        Lead lead = forChange(id, expected);
        customers.checkLinks(details.accountId(), details.contactId());
        return outbox.appendChange(lead, lead.update(details));
    }

    @Transactional
    public Lead disqualify(UUID id, ExpectedVersion expected, LeadStatusReason reason) {
        Lead lead = forChange(id, expected);
        return outbox.appendChange(lead, lead.disqualify(reason));
    }

    @Transactional
    public Lead reactivate(UUID id, ExpectedVersion expected) {
        Lead lead = forChange(id, expected);
        return outbox.appendChange(lead, lead.reactivate());
    }

    /** Gives the lead to another owner and team: allowed to whoever may change it (owner, team, managers, admins). */
    @Transactional
    public Lead assign(UUID id, ExpectedVersion expected, String ownerId, String owningTeam) {
        Lead lead = forChange(id, expected);
        return outbox.appendChange(lead, lead.assign(ownerId, owningTeam));
    }

    /** The lead, if the caller may see it (404, 403) and saw its current version (428, 412). */
    Lead forChange(UUID id, ExpectedVersion expected) {
        Lead lead = get(id);
        lead.checkVersion(expected);
        return lead;
    }
}
