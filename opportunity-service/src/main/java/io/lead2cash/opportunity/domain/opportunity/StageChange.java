package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.events.opportunities.SalesStage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of an opportunity's stage history: the stage it entered, who moved it, and how long the last one took. */
@Entity
@Table(name = "opportunity_stage_change")
public class StageChange extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID opportunityId;

    @Enumerated(EnumType.STRING)
    public SalesStage fromStage;

    @Enumerated(EnumType.STRING)
    public SalesStage toStage;

    public String changedBy;
    public Instant changedAt;

    /** Whole seconds spent in {@code fromStage}; null for the entry that opened the opportunity. */
    @Column(name = "seconds_in_stage")
    public Long secondsInStage;

    static StageChange of(UUID opportunityId, SalesStage from, SalesStage to, String by, Instant at, Long seconds) {
        StageChange change = new StageChange();
        change.id = UUID.randomUUID();
        change.opportunityId = opportunityId;
        change.fromStage = from;
        change.toStage = to;
        change.changedBy = by;
        change.changedAt = at;
        change.secondsInStage = seconds;
        return change;
    }
}
