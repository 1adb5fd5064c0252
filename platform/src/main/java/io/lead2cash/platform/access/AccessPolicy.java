package io.lead2cash.platform.access;

import io.lead2cash.platform.security.Roles;
import java.util.Set;

/**
 * What roles mean for one kind of record, whoever owns it: the roles that read, change or manage every such record
 * (a sales manager every deal, a billing clerk every order), and the roles whose own records, team's records and
 * shares count at all (a catalog manager in team north gets nothing from north's deals).
 *
 * @param workers  roles for whom owning the record (MANAGE), being in its owning team (WRITE) and shares count
 * @param readers  roles that read every record of the kind
 * @param writers  roles that change every record of the kind
 * @param managers roles that assign and share every record of the kind
 */
public record AccessPolicy(String name, Set<String> workers, Set<String> readers, Set<String> writers,
        Set<String> managers) {

    private static final Set<String> SELLERS = Set.of(Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN);
    private static final Set<String> MANAGEMENT = Set.of(Roles.SALES_MANAGER, Roles.ADMIN);

    /**
     * Leads and deals (an opportunity and what follows it in the opportunity-service: quotes, activities, notes):
     * managers and admins do everything, integrations read everything, a rep what they own, their team owns or is
     * shared with them.
     */
    public static final AccessPolicy SALES = new AccessPolicy("sales", SELLERS,
            Set.of(Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION), MANAGEMENT, MANAGEMENT);

    /** Accounts and contacts: every sales and billing user and every integration reads them; writing is as for leads. */
    public static final AccessPolicy CUSTOMERS = new AccessPolicy("customers", SELLERS,
            Set.of(Roles.SALES_REP, Roles.SALES_MANAGER, Roles.ADMIN, Roles.BILLING_CLERK, Roles.INTEGRATION),
            MANAGEMENT, MANAGEMENT);

    /**
     * Orders, invoices and credit notes: the back office (billing clerks, managers, admins, the integration role)
     * reads and works every one; a rep those of the deals they may see, and changes those they may change.
     */
    public static final AccessPolicy BILLING = new AccessPolicy("billing", SELLERS,
            Set.of(Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION),
            Set.of(Roles.BILLING_CLERK, Roles.SALES_MANAGER, Roles.ADMIN, Roles.INTEGRATION), MANAGEMENT);

    /**
     * The caller's level on a record owned by {@code root}'s owner and team, given the best share the caller holds on
     * it ({@code shared}, null when none). A pure function: {@link RecordAccess} loads the share and asks it.
     */
    public AccessLevel levelOf(String userId, String team, Set<String> roles, AccessRoot root,
            io.lead2cash.events.ShareAccess shared) {
        if (any(roles, managers)) {
            return AccessLevel.MANAGE;
        }
        AccessLevel level = any(roles, writers) ? AccessLevel.WRITE
                : any(roles, readers) ? AccessLevel.READ : AccessLevel.NONE;
        if (!any(roles, workers)) {
            return level;
        }
        if (userId != null && userId.equals(root.ownerId())) {
            return AccessLevel.MANAGE;
        }
        if (team != null && team.equals(root.owningTeam())) {
            level = level.or(AccessLevel.WRITE);
        }
        return level.or(AccessLevel.grantedBy(shared));
    }

    /** Whether a caller with these roles reads every record of the kind (lists need no access clause then). */
    public boolean readsAll(Set<String> roles) {
        return any(roles, readers) || any(roles, writers) || any(roles, managers);
    }

    /** Whether owning, team and shares count for a caller with these roles. */
    public boolean works(Set<String> roles) {
        return any(roles, workers);
    }

    private static boolean any(Set<String> roles, Set<String> wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
