package io.lead2cash.opportunity.domain.engagement.activity;

import io.lead2cash.events.opportunities.ActivityPriority;
import io.lead2cash.events.opportunities.ActivityType;
import io.lead2cash.events.opportunities.CallDirection;
import io.lead2cash.platform.problem.ProblemException;
import java.time.Instant;

/** What a user sets on an activity; which fields apply depends on its type. */
public record ActivityDetails(String subject, String description, ActivityPriority priority, Instant dueAt,
        Instant scheduledStart, Instant scheduledEnd, String location, CallDirection direction, String phoneNumber,
        String fromAddress, String toAddresses) {

    /** Refuses (400, naming the field) a field that does not apply to an activity of {@code type}, or one it lacks. */
    void requireFitFor(ActivityType type) {
        if (type == ActivityType.APPOINTMENT) {
            if (scheduledStart() == null || scheduledEnd() == null) {
                throw ProblemException.invalid(scheduledStart() == null ? "scheduledStart" : "scheduledEnd",
                        "is required for an appointment");
            }
            if (scheduledEnd().isBefore(scheduledStart())) {
                throw ProblemException.invalid("scheduledEnd", "must not be before scheduledStart");
            }
            if (dueAt() != null) {
                throw ProblemException.invalid("dueAt", "applies to tasks and phone calls; an appointment has a schedule");
            }
        } else if (scheduledStart() != null || scheduledEnd() != null || location() != null) {
            throw ProblemException.invalid(location() != null ? "location" : "scheduledStart",
                    "applies to appointments only; a " + type + " has a due time (dueAt)");
        }
        if (type != ActivityType.PHONE_CALL && phoneNumber() != null) {
            throw ProblemException.invalid("phoneNumber", "applies to phone calls only");
        }
        if (type != ActivityType.PHONE_CALL && type != ActivityType.EMAIL && direction() != null) {
            throw ProblemException.invalid("direction", "applies to phone calls and e-mails only");
        }
        if (type == ActivityType.EMAIL) {
            if (fromAddress() == null && toAddresses() == null) {
                throw ProblemException.invalid("toAddresses", "or fromAddress is required for an e-mail");
            }
        } else if (fromAddress() != null || toAddresses() != null) {
            throw ProblemException.invalid(fromAddress() != null ? "fromAddress" : "toAddresses",
                    "applies to e-mails only");
        }
    }
}
