package io.lead2cash.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.lead2cash.events.ShareAccess;
import io.lead2cash.platform.security.Roles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The one access model's decision, for every combination of roles (one or two of the suite's six), relation to the
 * record (owner, teammate, stranger; with and without a team) and share (none, READ, READ_WRITE), against the rules
 * docs/domain.md states, written here a second time as a table.
 */
class AccessPolicyTest {

    private static final List<String> ROLES = List.of(Roles.SALES_REP, Roles.SALES_MANAGER, Roles.CATALOG_MANAGER,
            Roles.BILLING_CLERK, Roles.ADMIN, Roles.INTEGRATION);
    private static final AccessRoot OWNED_BY_ALICE_NORTH =
            AccessRoot.of("opportunity", UUID.randomUUID(), "alice", "north", AccessPolicy.SALES);

    /** What docs/domain.md says a caller gets, one rule at a time. */
    private static AccessLevel expected(AccessPolicy policy, Set<String> roles, String user, String team,
            ShareAccess share) {
        boolean management = roles.contains(Roles.SALES_MANAGER) || roles.contains(Roles.ADMIN);
        if (management) {
            return AccessLevel.MANAGE;
        }
        boolean seller = roles.contains(Roles.SALES_REP);
        if (seller && user.equals("alice")) {
            return AccessLevel.MANAGE;
        }
        AccessLevel level = AccessLevel.NONE;
        if (policy == AccessPolicy.BILLING && (roles.contains(Roles.BILLING_CLERK) || roles.contains(Roles.INTEGRATION))) {
            level = AccessLevel.WRITE;
        } else if (roles.contains(Roles.INTEGRATION) || policy == AccessPolicy.CUSTOMERS
                && (seller || roles.contains(Roles.BILLING_CLERK))) {
            level = AccessLevel.READ;
        }
        if (seller && "north".equals(team)) {
            level = level.or(AccessLevel.WRITE);
        }
        if (seller && share == ShareAccess.READ_WRITE) {
            level = level.or(AccessLevel.WRITE);
        }
        if (seller && share == ShareAccess.READ) {
            level = level.or(AccessLevel.READ);
        }
        return level;
    }

    @Test
    void everyCallerGetsWhatTheRulesSayOnEveryKindOfRecord() {
        List<Set<String>> roleSets = new ArrayList<>();
        for (int i = 0; i < ROLES.size(); i++) {
            roleSets.add(Set.of(ROLES.get(i)));
            for (int j = i + 1; j < ROLES.size(); j++) {
                roleSets.add(Set.of(ROLES.get(i), ROLES.get(j)));
            }
        }
        roleSets.add(Set.of());
        List<String[]> callers = List.of(new String[] {"alice", "north"}, new String[] {"nora", "north"},
                new String[] {"bob", "south"}, new String[] {"bob", null}, new String[] {"alice", null});
        List<ShareAccess> shares = new ArrayList<>(List.of(ShareAccess.values()));
        shares.add(null);
        int checked = 0;
        for (AccessPolicy policy : List.of(AccessPolicy.SALES, AccessPolicy.CUSTOMERS, AccessPolicy.BILLING)) {
            AccessRoot root = new AccessRoot("record", UUID.randomUUID(), "alice", "north", policy, "record");
            for (Set<String> roles : roleSets) {
                for (String[] caller : callers) {
                    for (ShareAccess share : shares) {
                        assertThat(policy.levelOf(caller[0], caller[1], roles, root, share))
                                .as("%s policy, %s of team %s with %s, share %s", policy.name(), caller[0], caller[1],
                                        roles, share)
                                .isEqualTo(expected(policy, roles, caller[0], caller[1], share));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(3 * 22 * 5 * 3);
    }

    @Test
    void aTeamClaimOrAShareGivesNothingToACallerWhoseRolesDoNotWorkRecords() {
        assertThat(AccessPolicy.SALES.levelOf("sam", "north", Set.of(Roles.CATALOG_MANAGER), OWNED_BY_ALICE_NORTH,
                ShareAccess.READ_WRITE)).isEqualTo(AccessLevel.NONE);
        assertThat(AccessPolicy.SALES.levelOf("alice", "north", Set.of(Roles.INTEGRATION), OWNED_BY_ALICE_NORTH,
                ShareAccess.READ_WRITE)).as("an integration named like the owner reads, as every integration does")
                .isEqualTo(AccessLevel.READ);
    }

    @Test
    void readingEveryRecordNeedsNoListClause() {
        assertThat(AccessPolicy.SALES.readsAll(new HashSet<>(List.of(Roles.SALES_REP)))).isFalse();
        assertThat(AccessPolicy.CUSTOMERS.readsAll(Set.of(Roles.SALES_REP))).isTrue();
        assertThat(AccessPolicy.BILLING.readsAll(Set.of(Roles.BILLING_CLERK))).isTrue();
        assertThat(AccessPolicy.SALES.readsAll(Set.of(Roles.BILLING_CLERK))).isFalse();
        assertThat(AccessPolicy.SALES.works(Set.of(Roles.BILLING_CLERK))).isFalse();
    }
}
