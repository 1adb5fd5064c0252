package io.lead2cash.opportunity.domain.activity;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.opportunities.ActivityState;
import io.lead2cash.events.opportunities.ActivityStatusReason;
import io.lead2cash.events.opportunities.ActivityType;
import io.lead2cash.opportunity.domain.access.DealAssigned;
import io.lead2cash.opportunity.domain.access.RecordAccess;
import io.lead2cash.events.opportunities.RegardingType;
import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.opportunity.domain.regarding.Regarded;
import io.lead2cash.opportunity.domain.regarding.RegardedRecords;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.query.Listing;
import io.lead2cash.platform.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Tasks, phone calls, appointments and logged e-mails regarding any record. Their owner (or owning team) works them;
 * whoever may read the record they regard may read them, whoever may add to it may change them.
 */
@ApplicationScoped
public class ActivityService {

    private static final Logger LOG = Logger.getLogger(ActivityService.class);

    @Inject Outbox outbox;
    @Inject CurrentUser user;
    @Inject RecordAccess access;
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
        access.visibleWithOpportunity(filter, "regardingOpportunityId");
        return filter.listing(Activity.class, sort);
    }

    public Activity get(UUID id) {
        Activity activity = Activity.<Activity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("activity", id));
        if (!user.canAccess(activity.ownerId, activity.owningTeam)
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
            Activity.Details details) {
        Regarded regarded = regarding.addableTo(regardingType, regardingId, field);
        Activity activity = Activity.create(type, regarded, details, new Opportunity.Owner(user.id(), user.team()));
        activity.persist();
        outbox.append(activity.created());
        LOG.infof("%s created %s %s regarding %s %s", user.id(), type, activity.id, regardingType, regardingId);
        return activity;
    }

    @Transactional
    public Activity update(UUID id, ExpectedVersion expected, Activity.Details details, ActivityStatusReason reason) {
        return record(forChange(id), expected, a -> a.change(details, reason));
    }

    @Transactional
    public Activity assign(UUID id, ExpectedVersion expected, String ownerId, String owningTeam) {
        Activity activity = forChange(id);
        access.checkManage(activity.ownerId, "activity");
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

    /** As in Dynamics 365, the previous owner's open activities on a deal go with it to its new owner. */
    void dealAssigned(@Observes @Priority(DealAssigned.ACTIVITIES) DealAssigned deal) {
        for (Activity activity : Activity.<Activity>list("regardingOpportunityId = ?1 and ownerId = ?2 and state in ?3",
                deal.opportunityId(), deal.previousOwner(), List.of(ActivityState.OPEN, ActivityState.SCHEDULED))) {
            outbox.append(activity.assign(deal.ownerId(), deal.owningTeam()));
        }
    }

    /** Holds the activity to the version the caller expected, changes it and publishes the event it returns. */
    private Activity record(Activity activity, ExpectedVersion expected, Function<Activity, BusinessEvent> change) {
        activity.checkVersion(expected);
        outbox.append(change.apply(activity));
        Activity.flush();
        return activity;
    }

    private Activity forChange(UUID id) {
        Activity activity = get(id);
        if (!user.canAccess(activity.ownerId, activity.owningTeam)
                && !regarding.find(activity.regardingType, activity.regardingId).map(regarding::canWrite).orElse(false)) {
            throw ProblemException.forbidden("This activity belongs to another user and what it regards is shared "
                    + "with you for reading only");
        }
        return activity;
    }
}
