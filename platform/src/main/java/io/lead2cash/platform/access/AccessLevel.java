package io.lead2cash.platform.access;

import io.lead2cash.events.ShareAccess;

/**
 * How far a caller may go with a record, each level including the ones before it: see it, change it, or decide who
 * works it (assign it, share it). What a share grants is READ or, for READ_WRITE, WRITE; never MANAGE.
 */
public enum AccessLevel {
    NONE, READ, WRITE, MANAGE;

    /** Whether this level includes {@code needed}. */
    public boolean reaches(AccessLevel needed) {
        return compareTo(needed) >= 0;
    }

    /** The higher of the two. */
    public AccessLevel or(AccessLevel other) {
        return reaches(other) ? this : other;
    }

    /** What a share of this kind grants. */
    public static AccessLevel grantedBy(ShareAccess access) {
        if (access == null) {
            return NONE;
        }
        return access == ShareAccess.READ_WRITE ? WRITE : READ;
    }
}
