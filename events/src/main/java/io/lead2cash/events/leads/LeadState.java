package io.lead2cash.events.leads;

/** The lead's state; each has its own status reasons ({@link LeadStatusReason}). */
public enum LeadState {
    OPEN, QUALIFIED, DISQUALIFIED
}
