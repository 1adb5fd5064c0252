package io.lead2cash.opportunity.api.process;

import io.lead2cash.events.opportunities.SalesStage;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An opportunity's stage history, oldest first (a handful of entries per deal, so it is not paged). */
@Schema(name = "StageHistory")
public record StageHistoryView(List<Entry> items) {

    /** One stage change. */
    @Schema(name = "StageChange")
    public record Entry(@Schema(nullable = true, description = "Null for the entry that opened the opportunity") SalesStage fromStage,
            SalesStage toStage, String changedBy, Instant changedAt,
            @Schema(nullable = true, description = "Whole seconds spent in fromStage") Long secondsInStage) {
    }
}
