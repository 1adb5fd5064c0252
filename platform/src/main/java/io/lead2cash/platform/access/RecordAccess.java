package io.lead2cash.platform.access;

import io.lead2cash.events.ShareAccess;
import io.lead2cash.events.SharePrincipalType;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.query.QueryShapes;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import io.lead2cash.platform.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The suite's one access model: who may read, change and manage a record, decided from its {@link AccessRoot} (owner,
 * owning team, the shares and sales team kept in {@link RecordShare}) and the caller's roles as the root's
 * {@link AccessPolicy} reads them. Every read, write, list, share and assignment of every service asks it; the
 * services differ only in which root a record follows.
 */
@ApplicationScoped
public class RecordAccess {

    private static final List<Grantee> USER_GRANTEES = List.of(Grantee.USER, Grantee.MEMBER);
    /** At most this many records a caller sees, a list reads them by id (see {@link #restrict}). */
    static final int FEW = 1000;

    @Inject CurrentUser user;

    /** The caller's level on the record (shares are read only when owner, team and roles do not decide it). */
    public AccessLevel levelOn(AccessRoot root) {
        Set<String> roles = user.roles();
        AccessPolicy policy = root.policy();
        AccessLevel withoutShares = policy.levelOf(user.id(), user.team(), roles, root, null);
        if (withoutShares.reaches(AccessLevel.WRITE) || !policy.works(roles)) {
            return withoutShares;
        }
        return policy.levelOf(user.id(), user.team(), roles, root, sharedWithCaller(root.kind(), root.id()));
    }

    public boolean canRead(AccessRoot root) {
        return levelOn(root).reaches(AccessLevel.READ);
    }

    public boolean canWrite(AccessRoot root) {
        return levelOn(root).reaches(AccessLevel.WRITE);
    }

    /** Refuses (403) a caller who may not see the record. */
    public void checkRead(AccessRoot root) {
        if (!canRead(root)) {
            throw notYours(root);
        }
    }

    /** Refuses (403) a caller who may not change the record: not theirs, or shared with them for reading only. */
    public void checkWrite(AccessRoot root) {
        AccessLevel level = levelOn(root);
        if (level.reaches(AccessLevel.WRITE)) {
            return;
        }
        throw level == AccessLevel.READ
                ? ProblemException.forbidden("This " + root.what() + " is shared with you for reading only")
                : notYours(root);
    }

    /**
     * Refuses (403) whoever may not decide who works the record: assigning and sharing are for its owner, sales
     * managers and admins, as Dynamics 365's Assign and Share privileges are not granted by write access.
     */
    public void checkManage(AccessRoot root) {
        if (!levelOn(root).reaches(AccessLevel.MANAGE)) {
            throw ProblemException.forbidden("Only the owner, a sales manager or an admin may assign or share this "
                    + root.what());
        }
    }

    /** A JPQL restriction and its parameters. */
    public record Clause(String text, Map<String, Object> parameters) {
    }

    /**
     * Restricts a list of {@code entity} to the records the caller may read, for records that carry their root's owner
     * and team ({@code ownerId}, {@code owningTeam}) and its id at {@code rootIdPath}.
     */
    public <E> Filter visible(Filter filter, Class<E> entity, AccessPolicy policy, String kind, String rootIdPath) {
        return branches(policy, kind, rootIdPath, "ownerId", "owningTeam")
                .map(branches -> restrict(filter, entity, branches, kind)).orElse(filter);
    }

    /**
     * The ways a caller may read a record of the kind, each a restriction of its own: its owner is the caller; its
     * team is the caller's; its root is shared with the caller, their team or their sales-team place. Empty when the
     * caller reads every record of the policy's kind; one that matches nothing for a caller whose roles work none.
     */
    public Optional<List<Clause>> branches(AccessPolicy policy, String kind, String rootIdPath, String ownerPath,
            String teamPath) {
        Set<String> roles = user.roles();
        if (policy.readsAll(roles)) {
            return Optional.empty();
        }
        if (!policy.works(roles)) {
            return Optional.of(List.of(new Clause("1 = 0", Map.of())));
        }
        List<Clause> branches = new ArrayList<>();
        branches.add(new Clause(ownerPath + " = :accessUser", Map.of("accessUser", user.id())));
        if (user.team() != null) {
            branches.add(new Clause(teamPath + " = :accessTeam", Map.of("accessTeam", user.team())));
        }
        branches.add(sharedClause(kind, rootIdPath));
        return Optional.of(branches);
    }

    /**
     * Restricts a list of {@code entity} to the records matching any of the branches, in the form that reads least. A
     * caller who sees few records of a million (a new rep, a small team) would make PostgreSQL walk a whole sort index
     * to find none, as the rule decides row by row: so the kit first asks each branch for the ids it matches, through
     * its own index, at most {@value #FEW} in all; when that is all of them the list is read by those ids, otherwise
     * (a caller who sees many, whose rows the sort index meets at once) by the rule.
     *
     * @param what names the restriction in the list's identity (its cursors stay valid whichever form a page took)
     */
    public <E> Filter restrict(Filter filter, Class<E> entity, List<Clause> branches, String what) {
        Map<String, Object> parameters = new HashMap<>();
        // The branches share one query: a parameter name two of them bind to different values is a defect, not a merge.
        branches.forEach(b -> b.parameters().forEach((key, value) -> {
            Object bound = parameters.putIfAbsent(key, value);
            if (bound != null && !bound.equals(value)) {
                throw new IllegalStateException("Access rules for " + what + " bind :" + key + " twice: " + bound
                        + " and " + value);
            }
        }));
        String identity = "access " + what + " for " + user.id() + "/" + user.team();
        if (branches.stream().anyMatch(b -> b.text().equals("1 = 0")) && branches.size() == 1) {
            return filter.and("1 = 0", Map.of(), identity);
        }
        EntityManager em = Panache.getEntityManager(entity);
        String name = em.getMetamodel().entity(entity).getName();
        String union = String.join(" union all ", branches.stream()
                .map(b -> "select r.id from " + name + " r where " + b.text()).toList());
        List<UUID> ids = QueryShapes.firstAtATime(union, () -> {
            TypedQuery<UUID> query = em.createQuery(union, UUID.class);
            parameters.forEach(query::setParameter);
            return query.setMaxResults(FEW + 1).getResultList();
        });
        if (ids.size() <= FEW) {
            List<UUID> distinct = ids.stream().distinct().toList();
            return distinct.isEmpty() ? filter.and("1 = 0", Map.of(), identity)
                    : filter.and("id in :accessIds", Map.of("accessIds", distinct), identity);
        }
        return filter.and(String.join(" or ", branches.stream().map(b -> "(" + b.text() + ")").toList()), parameters,
                identity);
    }

    /** JPQL: the root id at {@code rootIdPath} is one of a record of {@code kind} shared with the caller or their team. */
    public Clause sharedClause(String kind, String rootIdPath) {
        String kindParameter = "accessKind" + kind.replaceAll("[^A-Za-z]", "");
        Map<String, Object> parameters = new HashMap<>(callerParameters());
        parameters.put(kindParameter, kind);
        parameters.put("accessUserGrantees", USER_GRANTEES);
        // The grantee types are parameters: written as fully qualified enum literals, they made Hibernate's HQL parser
        // (ANTLR) explore so many readings of the dotted names that a first list call took a minute and 70 MB.
        String grantees = "(s.id.principalType in :accessUserGrantees and s.id.principalId = :accessUser)";
        if (user.team() != null) {
            parameters.put("accessTeamGrantee", Grantee.TEAM);
            grantees += " or (s.id.principalType = :accessTeamGrantee and s.id.principalId = :accessTeam)";
        }
        return new Clause(rootIdPath + " in (select s.id.recordId from RecordShare s where s.id.recordType = :"
                + kindParameter + " and (" + grantees + "))", parameters);
    }

    /**
     * The same restriction as {@link #visibleClause} in SQL, for native queries over a table with {@code id},
     * {@code owner_id} and {@code owning_team} columns; empty when the caller reads every record of the kind.
     */
    public Optional<Clause> visibleSql(AccessPolicy policy, String kind) {
        Set<String> roles = user.roles();
        if (policy.readsAll(roles)) {
            return Optional.empty();
        }
        if (!policy.works(roles)) {
            return Optional.of(new Clause("false", Map.of()));
        }
        Map<String, Object> parameters = new HashMap<>(callerParameters());
        parameters.put("accessKind", kind);
        String team = user.team() == null ? "" : " or owning_team = :accessTeam";
        String teamShare = user.team() == null ? "" : " or (s.principal_type = 'TEAM' and s.principal_id = :accessTeam)";
        return Optional.of(new Clause("(owner_id = :accessUser" + team + " or id in (select s.record_id from record_share s"
                + " where s.record_type = :accessKind and ((s.principal_type in ('USER', 'MEMBER') and s.principal_id = "
                + ":accessUser)" + teamShare + ")))", parameters));
    }

    /** The caller's id and team, as {@code :accessUser} and {@code :accessTeam}. */
    public Map<String, Object> callerParameters() {
        return user.team() == null ? Map.of("accessUser", user.id())
                : Map.of("accessUser", user.id(), "accessTeam", user.team());
    }

    /** The best access a share or a sales team place gives the caller on the record, or null. */
    private ShareAccess sharedWithCaller(String kind, UUID id) {
        ShareAccess best = null;
        for (RecordShare share : RecordShare.<RecordShare>list("id.recordType = ?1 and id.recordId = ?2", kind, id)) {
            boolean mine = share.id.principalType() == Grantee.TEAM ? share.id.principalId().equals(user.team())
                    : share.id.principalId().equals(user.id());
            if (mine && (best == null || share.access == ShareAccess.READ_WRITE)) {
                best = share.access;
            }
        }
        return best;
    }

    // Sharing a record the service owns: by its owner, sales managers and admins.

    /**
     * Who the record is shared with (users and teams; its sales team is listed on its own), for those who may manage
     * it (403 otherwise): whom a record is shared with is the sharer's business, not every reader's.
     */
    public List<RecordShare> shares(AccessRoot root) {
        checkManage(root);
        return sharesOf(root.kind(), root.id());
    }

    /**
     * Shares the record with a user or team, or changes the access of an existing share: empty when it was shared so
     * already (nothing changed, nothing to publish). Runs in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RecordShare> share(AccessRoot root, SharePrincipalType type, String principal, ShareAccess level) {
        checkManage(root);
        return mirrorShare(root.kind(), root.id(), type, principal, level, user.id(), now());
    }

    /** Takes a share away: 404 when there is none. Runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(AccessRoot root, SharePrincipalType type, String principal) {
        checkManage(root);
        if (!mirrorRevoke(root.kind(), root.id(), type, principal)) {
            throw ProblemException.notFound("share of " + root.what() + " " + root.id() + " with " + type, principal);
        }
    }

    // Keeping shares as their events tell them (a consumer's transaction), and a deal's sales team.

    /** Records a share, or its new access; empty when it was so already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RecordShare> mirrorShare(String kind, UUID id, SharePrincipalType type, String principal,
            ShareAccess level, String grantedBy, Instant at) {
        RecordShare.Key key = new RecordShare.Key(kind, id, RecordShare.granteeOf(type), principal);
        RecordShare share = RecordShare.findById(key);
        if (share != null && share.access == level) {
            return Optional.empty();
        }
        boolean granted = share == null;
        if (granted) {
            share = new RecordShare();
            share.id = key;
        }
        share.access = level;
        share.grantedBy = grantedBy;
        share.grantedAt = at;
        if (granted) {
            share.persist();
        }
        RecordShare.flush();
        return Optional.of(share);
    }

    /** Takes a share away; false when there was none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean mirrorRevoke(String kind, UUID id, SharePrincipalType type, String principal) {
        return RecordShare.deleteById(new RecordShare.Key(kind, id, RecordShare.granteeOf(type), principal));
    }

    /** The deal's sales team is now exactly these users: each reads and changes it as a READ_WRITE share would. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void salesTeam(String kind, UUID id, Collection<String> members, String changedBy, Instant at) {
        RecordShare.delete("id.recordType = ?1 and id.recordId = ?2 and id.principalType = ?3", kind, id, Grantee.MEMBER);
        RecordShare.flush();
        for (String member : new LinkedHashSet<>(members)) {
            RecordShare share = new RecordShare();
            share.id = new RecordShare.Key(kind, id, Grantee.MEMBER, member);
            share.access = ShareAccess.READ_WRITE;
            share.grantedBy = changedBy;
            share.grantedAt = at;
            share.persist();
        }
        RecordShare.flush();
    }

    private static List<RecordShare> sharesOf(String kind, UUID id) {
        return RecordShare.list("id.recordType = ?1 and id.recordId = ?2 and id.principalType in ?3",
                Sort.by("grantedAt").and("id.principalId"), kind, id, List.of(Grantee.USER, Grantee.TEAM));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException notYours(AccessRoot root) {
        return ProblemException.forbidden("This " + root.what() + " belongs to another user or team and is not shared "
                + "with you");
    }
}
