package io.lead2cash.opportunity.domain.access;

import java.util.UUID;

/**
 * An opportunity was given to another owner and team (a CDI event, inside the assigning transaction). What hangs
 * off the deal follows it, each subdomain moving its own records, in the order of {@link #ACTIVITIES} and
 * {@link #QUOTES} so that their events are published as they always were.
 */
public record OpportunityAssigned(UUID opportunityId, String previousOwner, String ownerId, String owningTeam) {

    /** Observer priority of the previous owner's open activities. */
    public static final int ACTIVITIES = 1;

    /** Observer priority of the deal's quotes. */
    public static final int QUOTES = 2;
}
