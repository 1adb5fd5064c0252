package io.lead2cash.events.opportunities;

/** Where the deal stands in the sales process, moved forward and back explicitly. */
public enum SalesStage {
    QUALIFY, DEVELOP, PROPOSE, CLOSE
}
