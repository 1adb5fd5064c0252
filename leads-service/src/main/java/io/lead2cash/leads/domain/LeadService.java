package io.lead2cash.leads.domain;

import io.lead2cash.events.leads.LeadState;
import io.lead2cash.events.leads.LeadStatusReason;
import io.lead2cash.events.leads.Rating;
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

/** Creates, changes and finds leads for the current user, publishing each change through the outbox. */
@ApplicationScoped
public class LeadService {

    private final Outbox outbox;
    private final CurrentUser user;
    private final CustomerDirectory customers;

    LeadService(Outbox outbox, CurrentUser user, CustomerDirectory customers) {
        this.outbox = outbox;
        this.user = user;
        this.customers = customers;
    }

    /** What a lead list may be filtered by; absent values do not filter. */
    public record Criteria(LeadState state, LeadStatusReason statusReason, String ownerId, String owningTeam,
            Rating rating, String text) {
    }

    /** The leads the caller may see that match the criteria. */
    public PanacheQuery<Lead> search(Criteria criteria, Sort sort) {
        Filter filter = Filter.where()
                .eq("state", criteria.state())
                .eq("statusReason", criteria.statusReason())
                .eq("ownerId", criteria.ownerId())
                .eq("owningTeam", criteria.owningTeam())
                .eq("rating", criteria.rating())
                .contains(criteria.text(), "topic", "firstName", "lastName", "companyName", "email")
                .accessibleBy(user);
        return Lead.find(filter.query(), sort, filter.parameters());
    }

    /** The lead, if the caller may see it: 404 when unknown, 403 when someone else's. */
    public Lead get(UUID id) {
        Lead lead = Lead.findById(id);
        if (lead == null) {
            throw ProblemException.notFound("lead", id);
        }
        lead.checkAccess(user, "lead");
        return lead;
    }

    @Transactional
    public Lead create(Lead.Details details) {
        customers.checkLinks(details.accountId(), details.contactId());
        Lead lead = Lead.create(details, user);
        lead.persist();
        outbox.append(lead.created());
        return lead;
    }

    @Transactional
    public Lead update(UUID id, String ifMatch, Lead.Details details) {
        Lead lead = get(id);
        ETags.requireMatch(ifMatch, lead.version);
        customers.checkLinks(details.accountId(), details.contactId());
        outbox.append(lead.update(details));
        Lead.flush();
        return lead;
    }

    @Transactional
    public Lead disqualify(UUID id, String ifMatch, LeadStatusReason reason) {
        Lead lead = getForAction(id, ifMatch);
        outbox.append(lead.disqualify(reason));
        Lead.flush();
        return lead;
    }

    @Transactional
    public Lead reactivate(UUID id, String ifMatch) {
        Lead lead = getForAction(id, ifMatch);
        outbox.append(lead.reactivate());
        Lead.flush();
        return lead;
    }

    /** The lead for an action; If-Match is optional on actions but checked when given. */
    Lead getForAction(UUID id, String ifMatch) {
        Lead lead = get(id);
        ETags.checkIfGiven(ifMatch, lead.version);
        return lead;
    }
}
