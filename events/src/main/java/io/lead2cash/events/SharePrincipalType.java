package io.lead2cash.events;

/** Whom an opportunity is shared with: one user, or every member of a team. */
public enum SharePrincipalType { USER, TEAM }
