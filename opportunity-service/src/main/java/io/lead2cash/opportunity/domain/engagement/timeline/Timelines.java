package io.lead2cash.opportunity.domain.engagement.timeline;

import io.lead2cash.events.opportunities.RegardingType;
import io.lead2cash.opportunity.domain.engagement.regarding.RegardedRecords;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.query.Listing;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * A record's timeline, as Dynamics 365 shows it on every form: the activities and notes regarding it, newest first.
 * Whoever may read the record reads all of it.
 */
@ApplicationScoped
public class Timelines {

    @Inject RegardedRecords regarding;

    /** The record's timeline: 404 for an unknown record, 403 when the caller may not read it. */
    public Listing<TimelineEntry> of(RegardingType type, UUID recordId, Sort sort) {
        regarding.readable(type, recordId);
        return Filter.where().eq("regardingType", type).eq("regardingId", recordId).listing(TimelineEntry.class, sort);
    }
}
