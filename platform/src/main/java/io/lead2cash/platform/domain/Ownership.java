package io.lead2cash.platform.domain;

/** Who owns a record: a user and the user's team (Dynamics 365's Owner and Owning Team). */
public record Ownership(String ownerId, String owningTeam) {
}
