package io.lead2cash.opportunity.domain.engagement.activity;

import io.lead2cash.platform.domain.Ownership;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.opportunities.ActivityState;
import io.lead2cash.events.opportunities.ActivityStatusReason;
import io.lead2cash.events.opportunities.ActivityType;
import io.lead2cash.events.opportunities.RegardingType;
import io.lead2cash.opportunity.domain.access.OpportunityRecordAccess;
import io.lead2cash.opportunity.domain.access.OpportunityAssigned;
import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.opportunity.domain.quote.QuoteDiscarded;
import io.lead2cash.opportunity.domain.engagement.regarding.Regarded;
import io.lead2cash.opportunity.domain.engagement.regarding.RegardedRecordChangedHands;
import io.lead2cash.opportunity.domain.engagement.regarding.RegardedRecords;
import io.lead2cash.platform.access.AccessPolicy;
import io.lead2cash.platform.access.AccessRoot;
import io.lead2cash.platform.access.RecordAccess;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.query.Listing;
import io.lead2cash.platform.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Tasks, phone calls, appointments and logged e-mails regarding any record. Their owner (a user) works them; whoever
 * may read the record they regard may read them, whoever may change it may change them.
 */
@ApplicationScoped
public class ActivityService {

    private static final Logger LOG = Logger.getLogger(ActivityService.class);

    @Inject Outbox outbox;
    @Inject CurrentUser user;
    @Inject RecordAccess records;
    @Inject RegardedRecords regarding;

    /** What an activity list may be filtered by; absent values do not filter. */
    public record Criteria(UUID regardingOpportunityId, UUID regardingId, String ownerId, ActivityType type,
            ActivityState state, Instant dueBefore, String text) {
    }

    public Listing<Activity> search(Criteria c, Sort sort) {
        Filter filter = Filter.where().eq("regardingOpportunityId", c.regardingOpportunityId())
                .eq("regardingId", c.regardingId()).eq("ownerId", c.ownerId())
                .eq("type", c.type()).eq("state", c.state()).quickFind(c.text(), "subject");
        if (c.dueBefore() != null) {
            filter.and("coalesce(dueAt, scheduledStart) < :dueBefore", Map.of("dueBefore", c.dueBefore()));
        }
        visible(filter);
        return filter.listing(Activity.class, sort);
    }

    /**
     * Restricts an activity list to those the caller works and those regarding a record they may read: a deal they
     * own, their team owns or is shared with them (its quotes, orders and invoices too), any account or contact, a
     * lead of theirs, their team's or shared with them, a direct order or invoice of theirs.
     */
    private void visible(Filter filter) {
        Set<String> roles = user.roles();
        if (AccessPolicy.SALES.readsAll(roles)) {
            return;
        }
        if (!AccessPolicy.SALES.works(roles)) {
            filter.and("1 = 0", Map.of(), "access activities: none");
            return;
        }
        // Each rule of the activity's own row (it keeps its root's owner and team), each from an index: a page reads
        // little whether the caller sees most activities or none (RecordAccess.restrict).
        Map<String, Object> caller = records.callerParameters();
        List<RecordAccess.Clause> branches = new ArrayList<>();
        branches.add(new RecordAccess.Clause("ownerId = :accessUser", caller));
        branches.add(new RecordAccess.Clause("rootOwnerId = :accessUser", caller));
        if (user.team() != null) {
            branches.add(new RecordAccess.Clause("rootOwningTeam = :accessTeam", caller));
        }
        branches.add(records.sharedClause(OpportunityRecordAccess.KIND, "rootId"));
        branches.add(records.sharedClause("lead", "rootId"));
        branches.add(new RecordAccess.Clause("regardingType in :publicRegarding",
                Map.of("publicRegarding", List.of(RegardingType.ACCOUNT, RegardingType.CONTACT))));
        records.restrict(filter, Activity.class, branches, "activities");
    }

    /**
     * The activity, if the caller works it (its owner, a user) or may read the record it regards; its owning team gets
     * nothing from it where they may not see the record.
     */
    public Activity get(UUID id) {
        Activity activity = Activity.<Activity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("activity", id));
        if (!user.id().equals(activity.ownerId)
                && !regarding.find(activity.regardingType, activity.regardingId).map(regarding::canRead).orElse(false)) {
            throw ProblemException.forbidden("This activity regards a " + activity.regardingType.name().toLowerCase()
                    + " you may not see");
        }
        return activity;
    }

    /**
     * Creates an activity regarding a record the caller may add to (an open opportunity, a quote, order or invoice of
     * a deal they may change, a lead they work, any account or contact); owned by the caller.
     */
    @Transactional
    public Activity create(ActivityType type, RegardingType regardingType, UUID regardingId, String field,
            ActivityDetails details) {
        Regarded regarded = regarding.addableTo(regardingType, regardingId, field);
        Activity activity = Activity.create(type, regarded, regarding.root(regarded), details,
                new Ownership(user.id(), user.team()));
        activity.persist();
        outbox.append(activity.created());
        LOG.infof("%s created %s %s regarding %s %s", user.id(), type, activity.id, regardingType, regardingId);
        return activity;
    }

    @Transactional
    public Activity update(UUID id, ExpectedVersion expected, ActivityDetails details, ActivityStatusReason reason) {
        return record(forChange(id), expected, a -> a.change(details, reason));
    }

    @Transactional
    public Activity assign(UUID id, ExpectedVersion expected, String ownerId, String owningTeam) {
        Activity activity = forChange(id);
        // The activity is its owner's to give away (and managers' and admins'), as any record is.
        records.checkManage(AccessRoot.of("activity", activity.id, activity.ownerId, null, AccessPolicy.SALES));
        return record(activity, expected, a -> a.assign(ownerId, owningTeam));
    }

    @Transactional
    public Activity complete(UUID id, ExpectedVersion expected, ActivityStatusReason reason) {
        return record(forChange(id), expected, a -> a.complete(reason));
    }

    @Transactional
    public Activity cancel(UUID id, ExpectedVersion expected) {
        return record(forChange(id), expected, Activity::cancel);
    }

    /** A draft quote is deleted: its activities go with it (ActivityDeleted each), in the deleting transaction. */
    void quoteDiscarded(@Observes QuoteDiscarded discarded) {
        for (Activity activity : Activity.<Activity>list("regardingType = ?1 and regardingId = ?2", RegardingType.QUOTE,
                discarded.quoteId())) {
            outbox.append(activity.deleted());
            activity.delete();
            LOG.infof("Activity %s deleted with draft quote %s", activity.id, discarded.quoteId());
        }
    }

    /**
     * The deal changed hands: its activities' root follows; and as in Dynamics 365, the previous owner's open
     * activities on it go to its new owner. The root moves first, so the activities read after carry it.
     */
    void dealAssigned(@Observes @Priority(OpportunityAssigned.ACTIVITIES) OpportunityAssigned deal) {
        rootChangedHands(OpportunityRecordAccess.KIND, deal.opportunityId(), deal.ownerId(), deal.owningTeam());
        for (Activity activity : Activity.<Activity>list("regardingOpportunityId = ?1 and ownerId = ?2 and state in ?3",
                deal.opportunityId(), deal.previousOwner(), List.of(ActivityState.OPEN, ActivityState.SCHEDULED))) {
            outbox.append(activity.assign(deal.ownerId(), deal.owningTeam()));
        }
    }

    /** A lead, account, contact or direct order or invoice changed hands: activities rooted in it follow. */
    void regardedRecordChangedHands(@Observes RegardedRecordChangedHands changed) {
        rootChangedHands(changed.kind(), changed.id(), changed.ownerId(), changed.owningTeam());
    }

    /**
     * Moves the root's owner and team on every activity rooted in it, in one statement: what only the list reads (no
     * view shows it, so no version or event changes).
     */
    private static void rootChangedHands(String kind, UUID id, String ownerId, String owningTeam) {
        Activity.update("rootOwnerId = ?1, rootOwningTeam = ?2 where rootKind = ?3 and rootId = ?4", ownerId, owningTeam,
                kind, id);
    }

    /** Holds the activity to the version the caller expected, changes it and publishes the event it returns. */
    private Activity record(Activity activity, ExpectedVersion expected, Function<Activity, BusinessEvent> change) {
        activity.checkVersion(expected);
        outbox.appendChange(activity, change.apply(activity));
        return activity;
    }

    private Activity forChange(UUID id) {
        Activity activity = get(id);
        if (!user.id().equals(activity.ownerId)
                && !regarding.find(activity.regardingType, activity.regardingId).map(regarding::canWrite).orElse(false)) {
            throw ProblemException.forbidden("This activity belongs to another user and what it regards is shared "
                    + "with you for reading only");
        }
        return activity;
    }
}
