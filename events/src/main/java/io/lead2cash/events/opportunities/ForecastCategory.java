package io.lead2cash.events.opportunities;

/** How sure the owner is of the deal; Won and Lost are set by closing it, Omitted leaves it out of forecasts. */
public enum ForecastCategory {
    PIPELINE, BEST_CASE, COMMITTED, OMITTED, WON, LOST
}
