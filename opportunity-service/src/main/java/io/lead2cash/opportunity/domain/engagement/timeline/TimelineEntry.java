package io.lead2cash.opportunity.domain.engagement.timeline;

import io.lead2cash.events.opportunities.ActivityState;
import io.lead2cash.events.opportunities.ActivityStatusReason;
import io.lead2cash.events.opportunities.ActivityType;
import io.lead2cash.events.opportunities.RegardingType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One line of a record's timeline, read from the view joining its activities and notes; never written. */
@Entity
@Immutable
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    /** An activity or a note. */
    public enum Kind { ACTIVITY, NOTE }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    public RegardingType regardingType;

    public UUID regardingId;
    public UUID regardingOpportunityId;

    @Enumerated(EnumType.STRING)
    public ActivityType activityType;

    public String subject;
    public String body;

    @Enumerated(EnumType.STRING)
    public ActivityState state;

    @Enumerated(EnumType.STRING)
    public ActivityStatusReason statusReason;

    public String fileName;
    public String mimeType;
    public Long fileSize;
    public String ownerId;
    public String owningTeam;
    public Instant createdAt;

    @Column(name = "modified_at")
    public Instant modifiedAt;
}
