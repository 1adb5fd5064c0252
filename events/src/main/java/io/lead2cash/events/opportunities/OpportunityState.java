package io.lead2cash.events.opportunities;

/** An opportunity's state; each has its own status reasons. */
public enum OpportunityState {
    OPEN, WON, LOST
}
