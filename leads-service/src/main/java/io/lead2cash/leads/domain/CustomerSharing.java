package io.lead2cash.leads.domain;

import io.lead2cash.events.leads.CustomerRecordShareRevoked;
import io.lead2cash.events.leads.CustomerRecordShared;
import io.lead2cash.events.opportunities.ShareAccess;
import io.lead2cash.events.opportunities.SharePrincipalType;
import io.lead2cash.platform.domain.OwnedEntity;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Share for leads, accounts and contacts, as for opportunities (Dynamics 365's Share): a record shared with a user or
 * a team for READ or READ_WRITE is read, listed and (with READ_WRITE) changed by them as by its owner. Who may share:
 * the owner, a sales manager or an admin. Accounts and contacts are read by every seller, so sharing them gives write.
 */
@ApplicationScoped
public class CustomerSharing {

    private static final Logger LOG = Logger.getLogger(CustomerSharing.class);

    @Inject CurrentUser user;
    @Inject Outbox outbox;

    /** The kinds of record that can be shared, by their name in the API and the events. */
    public static String kind(OwnedEntity record) {
        return record instanceof Lead ? "lead" : record instanceof Account ? "account" : "contact";
    }

    /** Refuses (403) a caller who may not read the record: not the owner's, the team's, nor shared with them. */
    public void checkRead(OwnedEntity record) {
        if (!(record instanceof Lead) || user.canAccess(record.ownerId, record.owningTeam) || share(record) != null) {
            return;
        }
        throw ProblemException.forbidden("This lead belongs to another user or team and is not shared with you");
    }

    /** Refuses (403) a caller who may not change the record: neither owner, team, manager, admin nor READ_WRITE share. */
    public void checkWrite(OwnedEntity record) {
        if (user.canAccess(record.ownerId, record.owningTeam) || share(record) == ShareAccess.READ_WRITE) {
            return;
        }
        throw ProblemException.forbidden("This " + kind(record) + " belongs to another user or team and is not shared "
                + "with you for writing");
    }

    /** Restricts a lead list to what the caller owns, their team owns, or is shared with them. */
    public Filter visibleLeads(Filter filter) {
        String own = user.accessClause();
        if (own == null) {
            return filter;
        }
        Map<String, Object> parameters = new HashMap<>(user.accessParameters());
        parameters.put("shareUser", user.id());
        parameters.put("shareUserType", SharePrincipalType.USER);
        String shared = "(s.id.principalType = :shareUserType and s.id.principalId = :shareUser)";
        if (user.team() != null) {
            parameters.put("shareTeam", user.team());
            parameters.put("shareTeamType", SharePrincipalType.TEAM);
            shared = shared + " or (s.id.principalType = :shareTeamType and s.id.principalId = :shareTeam)";
        }
        return filter.and("(" + own + " or id in (select s.id.recordId from RecordShare s where s.id.recordType = 'lead'"
                + " and (" + shared + ")))", parameters);
    }

    public List<RecordShare> shares(OwnedEntity record) {
        return RecordShare.list("id.recordType = ?1 and id.recordId = ?2", Sort.by("grantedAt"), kind(record), record.id);
    }

    /** Shares the record with a user or team, or changes the access of an existing share; the caller's transaction. */
    public List<RecordShare> share(OwnedEntity record, SharePrincipalType type, String principal, ShareAccess level) {
        checkManage(record);
        RecordShare.Key key = new RecordShare.Key(kind(record), record.id, type, principal);
        RecordShare share = RecordShare.findById(key);
        if (share != null && share.access == level) {
            return shares(record);
        }
        if (share == null) {
            share = new RecordShare();
            share.id = key;
        }
        share.access = level;
        share.grantedBy = user.id();
        share.grantedAt = Instant.now();
        share.persist();
        RecordShare.flush();
        LOG.infof("%s shared %s %s with %s %s (%s)", user.id(), kind(record), record.id, type, principal, level);
        outbox.append(new CustomerRecordShared(UUID.randomUUID(), share.grantedAt, kind(record), record.id, type, principal,
                level, user.id()));
        return shares(record);
    }

    public void revoke(OwnedEntity record, SharePrincipalType type, String principal) {
        checkManage(record);
        if (!RecordShare.deleteById(new RecordShare.Key(kind(record), record.id, type, principal))) {
            throw ProblemException.notFound("share of " + kind(record) + " " + record.id + " with " + type, principal);
        }
        LOG.infof("%s revoked the share of %s %s with %s %s", user.id(), kind(record), record.id, type, principal);
        outbox.append(new CustomerRecordShareRevoked(UUID.randomUUID(), Instant.now(), kind(record), record.id, type,
                principal, user.id()));
    }

    private ShareAccess share(OwnedEntity record) {
        String kind = kind(record);
        RecordShare mine = RecordShare.findById(new RecordShare.Key(kind, record.id, SharePrincipalType.USER, user.id()));
        RecordShare team = user.team() == null ? null
                : RecordShare.findById(new RecordShare.Key(kind, record.id, SharePrincipalType.TEAM, user.team()));
        if (mine != null && mine.access == ShareAccess.READ_WRITE || team != null && team.access == ShareAccess.READ_WRITE) {
            return ShareAccess.READ_WRITE;
        }
        return mine != null || team != null ? ShareAccess.READ : null;
    }

    /** Only the owner, a sales manager or an admin decide who works a record (assign and share). */
    private void checkManage(OwnedEntity record) {
        if (!user.canManage(record.ownerId)) {
            throw ProblemException.forbidden("Only the owner, a sales manager or an admin may share this " + kind(record));
        }
    }
}
