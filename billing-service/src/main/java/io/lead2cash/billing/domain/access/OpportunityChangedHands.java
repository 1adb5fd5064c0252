package io.lead2cash.billing.domain.access;

import java.time.Instant;
import java.util.UUID;

/**
 * A deal changed hands (a CDI event, inside the consumer's transaction that learnt it): the orders, invoices and credit
 * notes billed for it go to its new owner and team with it. Each subdomain moves its own documents in one statement
 * ({@link #REOWN}), in the order of {@link #ORDERS}, {@link #INVOICES} and {@link #CREDIT_NOTES}, and says how many
 * followed, so the change is logged once with every count.
 */
public final class OpportunityChangedHands {

    /** Observer priority of the deal's orders. */
    public static final int ORDERS = 1;

    /** Observer priority of the deal's invoices. */
    public static final int INVOICES = 2;

    /** Observer priority of the deal's credit notes. */
    public static final int CREDIT_NOTES = 3;

    /**
     * The update each document table runs, with the owner, team, {@link #modifiedAt()} and opportunity as parameters 1
     * to 4. The owner is part of each record's representation, so its version (the ETag) and modification time move too.
     */
    public static final String REOWN = "ownerId = ?1, owningTeam = ?2, modifiedAt = ?3, version = version + 1 "
            + "where opportunityId = ?4";

    private final UUID opportunityId;
    private final String ownerId;
    private final String owningTeam;
    private final Instant modifiedAt;
    private int orders;
    private int invoices;
    private int creditNotes;

    OpportunityChangedHands(UUID opportunityId, String ownerId, String owningTeam, Instant modifiedAt) {
        this.opportunityId = opportunityId;
        this.ownerId = ownerId;
        this.owningTeam = owningTeam;
        this.modifiedAt = modifiedAt;
    }

    public UUID opportunityId() {
        return opportunityId;
    }

    public String ownerId() {
        return ownerId;
    }

    public String owningTeam() {
        return owningTeam;
    }

    /** The modification time every moved document takes, the same for all. */
    public Instant modifiedAt() {
        return modifiedAt;
    }

    /** That many of the deal's orders followed it. */
    public void ordersFollowed(int count) {
        orders = count;
    }

    /** That many of the deal's invoices followed it. */
    public void invoicesFollowed(int count) {
        invoices = count;
    }

    /** That many of the deal's credit notes followed it. */
    public void creditNotesFollowed(int count) {
        creditNotes = count;
    }

    int orders() {
        return orders;
    }

    int invoices() {
        return invoices;
    }

    int creditNotes() {
        return creditNotes;
    }
}
