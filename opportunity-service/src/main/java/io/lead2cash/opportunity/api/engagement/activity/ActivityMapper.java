package io.lead2cash.opportunity.api.engagement.activity;

import io.lead2cash.events.opportunities.RegardingType;
import io.lead2cash.platform.problem.ProblemException;
import java.util.UUID;
import io.lead2cash.opportunity.domain.engagement.activity.Activity;
import io.lead2cash.opportunity.domain.engagement.activity.ActivityDetails;

/** Maps activities between the API's records and the domain. */
final class ActivityMapper {

    private ActivityMapper() {
    }

    static ActivityDetails details(ActivityRequest r) {
        return new ActivityDetails(r.subject(), r.description(), r.priority(), r.dueAt(), r.scheduledStart(),
                r.scheduledEnd(), r.location(), r.direction(), r.phoneNumber(), trim(r.fromAddress()), trim(r.toAddresses()));
    }

    static ActivityDetails details(ActivityChangeRequest r) {
        return new ActivityDetails(r.subject(), r.description(), r.priority(), r.dueAt(), r.scheduledStart(),
                r.scheduledEnd(), r.location(), r.direction(), r.phoneNumber(), trim(r.fromAddress()), trim(r.toAddresses()));
    }

    /** What the request regards: regardingType and regardingId, or regardingOpportunityId alone. */
    static RegardingType regardingType(ActivityRequest r) {
        if (r.regardingOpportunityId() != null) {
            if (r.regardingType() != null || r.regardingId() != null) {
                throw ProblemException.invalid("regardingOpportunityId", "must be left out with regardingType and regardingId");
            }
            return RegardingType.OPPORTUNITY;
        }
        if (r.regardingType() == null) {
            throw ProblemException.invalid("regardingType", "is required (or give regardingOpportunityId)");
        }
        if (r.regardingId() == null) {
            throw ProblemException.invalid("regardingId", "is required with regardingType");
        }
        return r.regardingType();
    }

    static UUID regardingId(ActivityRequest r) {
        return r.regardingOpportunityId() != null ? r.regardingOpportunityId() : r.regardingId();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static ActivityView view(Activity a) {
        return new ActivityView(a.id, a.type, a.regardingType, a.regardingId, a.regardingOpportunityId, a.subject,
                a.description, a.priority, a.dueAt, a.scheduledStart, a.scheduledEnd, a.location, a.direction,
                a.phoneNumber, a.fromAddress, a.toAddresses, a.state, a.statusReason, a.actualEnd,
                a.ownerId, a.owningTeam, a.createdAt, a.modifiedAt, a.version);
    }
}
