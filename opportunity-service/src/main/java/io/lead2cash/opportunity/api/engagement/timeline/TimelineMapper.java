package io.lead2cash.opportunity.api.engagement.timeline;

import io.lead2cash.events.opportunities.RegardingType;
import io.lead2cash.opportunity.domain.engagement.note.Note;
import io.lead2cash.opportunity.domain.engagement.timeline.TimelineEntry;
import io.lead2cash.platform.problem.ProblemException;
import java.util.Arrays;

/** Maps timelines and notes between the API's records and the domain. */
final class TimelineMapper {

    private TimelineMapper() {
    }

    /** The kind of record an API collection holds: 404 for a collection nothing may regard. */
    static RegardingType regardingType(String collection) {
        return Arrays.stream(RegardingType.values()).filter(t -> t.collection().equals(collection))
                .filter(t -> t != RegardingType.OPPORTUNITY && t != RegardingType.QUOTE).findFirst()
                .orElseThrow(() -> new ProblemException(io.lead2cash.platform.problem.ProblemType.NOT_FOUND,
                        "No timeline or notes for /api/" + collection + ": they are kept for leads, accounts, contacts, "
                                + "opportunities, quotes, orders and invoices"));
    }

    static TimelineEntryView view(TimelineEntry e) {
        return new TimelineEntryView(e.id, e.kind.name(), e.activityType, e.subject, e.body, e.state, e.statusReason,
                e.fileName, e.mimeType, e.fileSize, e.ownerId, e.owningTeam, e.createdAt, e.modifiedAt);
    }

    static NoteView view(Note n) {
        return new NoteView(n.id, n.regardingType, n.regardingId, n.regardingOpportunityId, n.subject, n.text, n.fileName,
                n.mimeType, n.fileSize, n.ownerId, n.owningTeam, n.createdAt, n.modifiedAt, n.version);
    }
}
