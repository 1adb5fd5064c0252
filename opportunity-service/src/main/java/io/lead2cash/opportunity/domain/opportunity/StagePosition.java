package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.events.opportunities.SalesStage;
import io.lead2cash.platform.problem.ProblemException;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Where an open deal stands in the sales process: its sales stage and since when (the pipeline's days in stage). */
@Embeddable
public class StagePosition {

    @Enumerated(EnumType.STRING)
    public SalesStage salesStage;
    public Instant stageEnteredAt;

    static StagePosition at(SalesStage stage, Instant since) {
        StagePosition position = new StagePosition();
        position.salesStage = stage;
        position.stageEnteredAt = since;
        return position;
    }

    /**
     * Enters another stage (forward or back); the history entry it returns says who moved the deal and how long the
     * stage it left took.
     */
    StageChange moveTo(UUID opportunityId, SalesStage to, String by, Instant now) {
        if (to == salesStage) {
            throw ProblemException.invalid("stage", "is the opportunity's current stage already");
        }
        StageChange change = StageChange.of(opportunityId, salesStage, to, by, now,
                Duration.between(stageEnteredAt, now).getSeconds());
        salesStage = to;
        stageEnteredAt = now;
        return change;
    }
}
