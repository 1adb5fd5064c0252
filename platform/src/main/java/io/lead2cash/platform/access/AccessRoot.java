package io.lead2cash.platform.access;

import java.util.UUID;

/**
 * The record whose owner, team and shares decide who may read and change it and everything that follows it: a
 * lead, an account, a contact, or a deal (an opportunity, for its quotes, orders, invoices, credit notes, activities
 * and notes alike).
 *
 * @param kind  the kind of record its shares are kept under ("lead", "opportunity", ...)
 * @param what  how a refusal names the record asked for ("quote", "invoice"): it may follow the root
 */
public record AccessRoot(String kind, UUID id, String ownerId, String owningTeam, AccessPolicy policy, String what) {

    public static AccessRoot of(String kind, UUID id, String ownerId, String owningTeam, AccessPolicy policy) {
        return new AccessRoot(kind, id, ownerId, owningTeam, policy, kind);
    }

    /** The same root, named as the record that follows it when access is refused. */
    public AccessRoot as(String record) {
        return new AccessRoot(kind, id, ownerId, owningTeam, policy, record);
    }
}
