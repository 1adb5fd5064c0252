package io.lead2cash.events.leads;

/** Why a lead is in its state, as in Dynamics 365: each reason belongs to exactly one state. */
public enum LeadStatusReason {
    NEW(LeadState.OPEN),
    CONTACTED(LeadState.OPEN),
    QUALIFIED(LeadState.QUALIFIED),
    LOST(LeadState.DISQUALIFIED),
    CANNOT_CONTACT(LeadState.DISQUALIFIED),
    NO_LONGER_INTERESTED(LeadState.DISQUALIFIED),
    CANCELED(LeadState.DISQUALIFIED);

    private final LeadState state;

    LeadStatusReason(LeadState state) {
        this.state = state;
    }

    public LeadState state() {
        return state;
    }
}
