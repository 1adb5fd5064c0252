package io.lead2cash.events.opportunities;

/** A quote's state: Draft (editable), Active (read-only, sent to the customer), Won, Closed. */
public enum QuoteState {
    DRAFT, ACTIVE, WON, CLOSED
}
