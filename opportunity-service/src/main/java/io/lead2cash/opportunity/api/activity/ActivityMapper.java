package io.lead2cash.opportunity.api.activity;

import io.lead2cash.opportunity.domain.activity.Activity;

/** Maps activities between the API's records and the domain. */
final class ActivityMapper {

    private ActivityMapper() {
    }

    static Activity.Details details(ActivityRequest r) {
        return new Activity.Details(r.subject(), r.description(), r.priority(), r.dueAt(), r.scheduledStart(),
                r.scheduledEnd(), r.location(), r.direction(), r.phoneNumber());
    }

    static Activity.Details details(ActivityChangeRequest r) {
        return new Activity.Details(r.subject(), r.description(), r.priority(), r.dueAt(), r.scheduledStart(),
                r.scheduledEnd(), r.location(), r.direction(), r.phoneNumber());
    }

    static ActivityView view(Activity a) {
        return new ActivityView(a.id, a.type, a.regardingOpportunityId, a.subject, a.description, a.priority, a.dueAt,
                a.scheduledStart, a.scheduledEnd, a.location, a.direction, a.phoneNumber, a.state, a.statusReason, a.actualEnd,
                a.ownerId, a.owningTeam, a.createdAt, a.modifiedAt, a.version);
    }
}
