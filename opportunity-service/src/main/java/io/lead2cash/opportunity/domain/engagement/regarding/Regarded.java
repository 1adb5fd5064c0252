package io.lead2cash.opportunity.domain.engagement.regarding;

import io.lead2cash.events.opportunities.RegardingType;
import java.util.UUID;

/**
 * The record an activity or note regards: its kind and id, the deal it belongs to (the opportunity itself, or the
 * one of a quote, order or invoice; none for leads, accounts and contacts) and its owner.
 */
public record Regarded(RegardingType type, UUID id, UUID opportunityId, String ownerId, String owningTeam) {
}
