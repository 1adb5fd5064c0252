package io.lead2cash.events.opportunities;

/** Why an opportunity is in its state, as in Dynamics 365: each reason belongs to exactly one state. */
public enum OpportunityStatusReason {
    IN_PROGRESS(OpportunityState.OPEN),
    ON_HOLD(OpportunityState.OPEN),
    WON(OpportunityState.WON),
    CANCELED(OpportunityState.LOST),
    OUT_SOLD(OpportunityState.LOST);

    private final OpportunityState state;

    OpportunityStatusReason(OpportunityState state) {
        this.state = state;
    }

    public OpportunityState state() {
        return state;
    }
}
