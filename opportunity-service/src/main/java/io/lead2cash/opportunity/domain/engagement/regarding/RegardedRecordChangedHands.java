package io.lead2cash.opportunity.domain.engagement.regarding;

import java.util.UUID;

/**
 * A lead, account, contact or direct order or invoice known here has a new owner or team, as its service's event says
 * (a CDI event, inside the consuming transaction): what keeps it as its access root follows.
 */
public record RegardedRecordChangedHands(String kind, UUID id, String ownerId, String owningTeam) {
}
