package io.lead2cash.leads.domain;

import io.lead2cash.platform.access.RecordShare;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.domain.Records;
import io.lead2cash.events.leads.LeadState;
import io.lead2cash.events.leads.LeadStatusReason;
import io.lead2cash.events.Rating;
import io.lead2cash.platform.domain.ExpectedVersion;
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

/** Creates, changes and finds leads for the current user, publishing each change through the outbox. */
@ApplicationScoped
public class LeadService {

    @Inject DuplicateDetection duplicates;
    @Inject CustomerSharing sharing;
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
                .quickFind(criteria.text(), "topic", "firstName", "lastName", "companyName", "email");
        return sharing.visibleLeads(filter).listing(Lead.class, sort);
    }

    /** The lead, if the caller may see it: 404 when unknown, 403 when someone else's. */
    public Lead get(UUID id) {
        Lead lead = Records.byId(Lead.class, id, "lead");
        sharing.checkRead(lead);
        return lead;
    }

    /** Creates the lead; 409 with the look-alikes when it looks like an open lead, unless overridden. */
    @Transactional
    public Lead create(Lead.Details details, boolean overrideDuplicates) {
        customers.checkLinks(details.accountId(), details.contactId());
        if (!overrideDuplicates) {
            duplicates.checkLead(null, details.email(), details.companyName(), details.phone());
        }
        return outbox.appendCreated(Lead.create(details, user), Lead::created);
    }

    /** Replaces the lead's details; a new e-mail, company or phone is checked for duplicates as on create. */
    @Transactional
    public Lead update(UUID id, ExpectedVersion expected, Lead.Details details, boolean overrideDuplicates) {
        Lead lead = forChange(id, expected);
        customers.checkLinks(details.accountId(), details.contactId());
        if (!overrideDuplicates && (changed(lead.email, details.email()) || changed(lead.companyName, details.companyName())
                || changed(lead.phone, details.phone()))) {
            duplicates.checkLead(id, details.email(), details.companyName(), details.phone());
        }
        return outbox.appendChange(lead, lead.update(details));
    }

    /** Whether an identifying field changes (an unchanged one was checked, or overridden, when it was set). */
    static boolean changed(String before, String after) {
        return after != null && !after.isBlank() && !after.equalsIgnoreCase(before == null ? "" : before);
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

    /** Gives the lead to another owner and team: its owner, managers and admins; not its team, nor those it is shared with. */
    @Transactional
    public Lead assign(UUID id, ExpectedVersion expected, String ownerId, String owningTeam) {
        Lead lead = forChange(id, expected);
        sharing.checkManage(lead);
        return outbox.appendChange(lead, lead.assign(ownerId, owningTeam));
    }

    /** Who the lead is shared with. */
    public List<RecordShare> shares(UUID id) {
        return sharing.shares(get(id));
    }

    @Transactional
    public List<RecordShare> share(UUID id, SharePrincipalType type, String principal, ShareAccess access) {
        return sharing.share(get(id), type, principal, access);
    }

    @Transactional
    public void revokeShare(UUID id, SharePrincipalType type, String principal) {
        sharing.revoke(get(id), type, principal);
    }

    /** The lead, if the caller may change it (404, 403) and saw its current version (428, 412). */
    Lead forChange(UUID id, ExpectedVersion expected) {
        Lead lead = get(id);
        sharing.checkWrite(lead);
        lead.checkVersion(expected);
        return lead;
    }
}
