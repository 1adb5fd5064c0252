package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.events.opportunities.SalesStage;

/** The opportunities' business process flow as the opportunity subdomain needs it: may this move happen? */
public interface StageGate {

    /**
     * Refuses (422, listing what is missing) moving the opportunity forward from {@code from} (null for a new one) to
     * {@code to} while a required step of a stage it leaves or passes over is not done; moving back asks for nothing.
     */
    void checkMove(Opportunity opportunity, SalesStage from, SalesStage to);
}
