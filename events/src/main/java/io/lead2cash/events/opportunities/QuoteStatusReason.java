package io.lead2cash.events.opportunities;

/** Why a quote is in its state, as in Dynamics 365 (In Progress for Draft and Active; Revised, Lost, Canceled when Closed). */
public enum QuoteStatusReason {
    IN_PROGRESS, OPEN, WON, LOST, CANCELED, REVISED
}
