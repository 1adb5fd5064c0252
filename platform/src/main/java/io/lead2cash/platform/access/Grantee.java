package io.lead2cash.platform.access;

/** Whom a record is shared with: a user, a team, or a user on the deal's sales team (always read and write). */
public enum Grantee {
    USER, TEAM, MEMBER
}
