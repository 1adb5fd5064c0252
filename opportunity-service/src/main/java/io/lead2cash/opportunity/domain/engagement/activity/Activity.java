package io.lead2cash.opportunity.domain.engagement.activity;

import io.lead2cash.platform.domain.Ownership;
import io.lead2cash.events.opportunities.ActivityCanceled;
import io.lead2cash.events.opportunities.ActivityDeleted;
import io.lead2cash.events.opportunities.ActivityCompleted;
import io.lead2cash.events.opportunities.ActivityCreated;
import io.lead2cash.events.opportunities.ActivityData;
import io.lead2cash.events.opportunities.ActivityPriority;
import io.lead2cash.events.opportunities.ActivityState;
import io.lead2cash.events.opportunities.ActivityStatusReason;
import io.lead2cash.events.opportunities.ActivityType;
import io.lead2cash.events.opportunities.ActivityUpdated;
import io.lead2cash.events.opportunities.CallDirection;
import io.lead2cash.events.opportunities.RegardingType;
import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.opportunity.domain.engagement.regarding.Regarded;
import io.lead2cash.platform.access.AccessRoot;
import io.lead2cash.platform.domain.OwnedEntity;
import io.lead2cash.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A task, phone call, appointment or logged e-mail regarding a record: a lead, account, contact, opportunity, quote,
 * order or invoice. Tasks and calls are open until completed or canceled; appointments are scheduled (or open while
 * only tentative); an e-mail is logged as it was sent or received, completed. Completed and canceled activities no
 * longer change.
 */
@Entity
@Table(name = "activity")
public class Activity extends OwnedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type")
    public ActivityType type;

    @Enumerated(EnumType.STRING)
    public RegardingType regardingType;

    public UUID regardingId;

    /** The deal the regarded record belongs to, if any: who may read it may read the activity. */
    public UUID regardingOpportunityId;

    /**
     * The access root of the regarded record (the deal, or the record itself) and its owner and team, kept here so the
     * activities list reads each access rule from the activity's own row; moved when the root changes hands.
     */
    public String rootKind;
    public UUID rootId;
    public String rootOwnerId;
    public String rootOwningTeam;

    public String subject;
    public String description;

    @Enumerated(EnumType.STRING)
    public ActivityPriority priority;

    public Instant dueAt;
    public Instant scheduledStart;
    public Instant scheduledEnd;
    public String location;

    @Enumerated(EnumType.STRING)
    public CallDirection direction;

    public String phoneNumber;
    public String fromAddress;
    public String toAddresses;

    @Enumerated(EnumType.STRING)
    public ActivityState state;

    @Enumerated(EnumType.STRING)
    public ActivityStatusReason statusReason;

    public Instant actualEnd;

    private static final Set<ActivityStatusReason> OPEN_TASK = EnumSet.of(ActivityStatusReason.NOT_STARTED,
            ActivityStatusReason.IN_PROGRESS, ActivityStatusReason.WAITING_ON_SOMEONE_ELSE, ActivityStatusReason.DEFERRED);
    private static final Set<ActivityStatusReason> OPEN_APPOINTMENT = EnumSet.of(ActivityStatusReason.FREE,
            ActivityStatusReason.TENTATIVE);
    private static final Set<ActivityStatusReason> SCHEDULED_APPOINTMENT = EnumSet.of(ActivityStatusReason.BUSY,
            ActivityStatusReason.OUT_OF_OFFICE);

    /**
     * A new activity regarding a record, owned by {@code owner}: tasks not started, calls open, appointments busy,
     * e-mails logged as sent (outgoing) or received (incoming).
     */
    public static Activity create(ActivityType type, Regarded regarding, AccessRoot root, ActivityDetails details,
            Ownership owner) {
        Activity activity = new Activity();
        activity.initialise();
        activity.type = type;
        activity.regardingType = regarding.type();
        activity.regardingId = regarding.id();
        activity.regardingOpportunityId = regarding.opportunityId();
        activity.rootKind = root.kind();
        activity.rootId = root.id();
        activity.rootOwnerId = root.ownerId();
        activity.rootOwningTeam = root.owningTeam();
        activity.ownerId = owner.ownerId();
        activity.owningTeam = owner.owningTeam();
        activity.apply(details);
        switch (type) {
            case TASK -> activity.moveTo(ActivityState.OPEN, ActivityStatusReason.NOT_STARTED);
            case PHONE_CALL -> activity.moveTo(ActivityState.OPEN, ActivityStatusReason.OPEN);
            case APPOINTMENT -> activity.moveTo(ActivityState.SCHEDULED, ActivityStatusReason.BUSY);
            case EMAIL -> {
                activity.moveTo(ActivityState.COMPLETED, activity.direction == CallDirection.INCOMING
                        ? ActivityStatusReason.RECEIVED : ActivityStatusReason.SENT);
                activity.actualEnd = activity.createdAt;
            }
        }
        return activity;
    }

    public ActivityCreated created() {
        return new ActivityCreated(UUID.randomUUID(), modifiedAt, data());
    }

    /** Changes an open activity's details and, optionally, its open status reason (e.g. a task now IN_PROGRESS). */
    public ActivityUpdated change(ActivityDetails details, ActivityStatusReason reason) {
        requireOpen("change");
        apply(details);
        if (reason != null) {
            if (type == ActivityType.TASK && OPEN_TASK.contains(reason) || type == ActivityType.PHONE_CALL
                    && reason == ActivityStatusReason.OPEN) {
                statusReason = reason;
            } else if (type == ActivityType.APPOINTMENT && OPEN_APPOINTMENT.contains(reason)) {
                moveTo(ActivityState.OPEN, reason);
            } else if (type == ActivityType.APPOINTMENT && SCHEDULED_APPOINTMENT.contains(reason)) {
                moveTo(ActivityState.SCHEDULED, reason);
            } else {
                throw ProblemException.invalid("statusReason", reason + " is not an open status of a " + type
                        + " (complete or cancel it instead)");
            }
        }
        touch();
        return new ActivityUpdated(UUID.randomUUID(), modifiedAt, data());
    }

    /** Gives an open activity to another owner and team. */
    public ActivityUpdated assign(String newOwner, String newTeam) {
        requireOpen("assign");
        ownerId = newOwner;
        owningTeam = newTeam;
        touch();
        return new ActivityUpdated(UUID.randomUUID(), modifiedAt, data());
    }

    /** Completes it: a task or appointment as COMPLETED, a call as MADE or RECEIVED (by default from its direction). */
    public ActivityCompleted complete(ActivityStatusReason reason) {
        requireOpen("complete");
        ActivityStatusReason outcome;
        if (type == ActivityType.PHONE_CALL) {
            outcome = reason != null ? reason
                    : direction == CallDirection.INCOMING ? ActivityStatusReason.RECEIVED : ActivityStatusReason.MADE;
            if (outcome != ActivityStatusReason.MADE && outcome != ActivityStatusReason.RECEIVED) {
                throw ProblemException.invalid("statusReason", "a phone call is completed as MADE or RECEIVED");
            }
        } else {
            if (reason != null && reason != ActivityStatusReason.COMPLETED) {
                throw ProblemException.invalid("statusReason", "a " + type + " is completed as COMPLETED");
            }
            outcome = ActivityStatusReason.COMPLETED;
        }
        moveTo(ActivityState.COMPLETED, outcome);
        actualEnd = now();
        touch();
        return new ActivityCompleted(UUID.randomUUID(), modifiedAt, data());
    }

    public ActivityCanceled cancel() {
        requireOpen("cancel");
        moveTo(ActivityState.CANCELED, ActivityStatusReason.CANCELED);
        actualEnd = now();
        touch();
        return new ActivityCanceled(UUID.randomUUID(), modifiedAt, data());
    }

    /** The activity goes with the record it regarded (a deleted draft quote); the event carries it as it was. */
    public ActivityDeleted deleted() {
        return new ActivityDeleted(UUID.randomUUID(), now(), data());
    }

    public ActivityData data() {
        return new ActivityData(id, type, regardingType, regardingId, regardingOpportunityId, subject, description,
                priority, dueAt, scheduledStart, scheduledEnd, location, direction, phoneNumber, fromAddress, toAddresses,
                state, statusReason, actualEnd, ownerId, owningTeam, createdAt,
                modifiedAt);
    }

    private void requireOpen(String action) {
        if (state == ActivityState.COMPLETED || state == ActivityState.CANCELED) {
            throw ProblemException.illegalTransition("activity", state, action);
        }
    }

    private void moveTo(ActivityState newState, ActivityStatusReason reason) {
        state = newState;
        statusReason = reason;
    }

    private void apply(ActivityDetails d) {
        d.requireFitFor(type);
        subject = d.subject().trim();
        description = d.description();
        priority = d.priority() == null ? ActivityPriority.NORMAL : d.priority();
        dueAt = d.dueAt();
        scheduledStart = d.scheduledStart();
        scheduledEnd = d.scheduledEnd();
        location = d.location();
        direction = (type == ActivityType.PHONE_CALL || type == ActivityType.EMAIL) && d.direction() == null
                ? CallDirection.OUTGOING : d.direction();
        phoneNumber = d.phoneNumber();
        fromAddress = d.fromAddress();
        toAddresses = d.toAddresses();
    }
}
