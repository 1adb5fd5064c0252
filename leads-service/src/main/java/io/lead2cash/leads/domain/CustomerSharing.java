package io.lead2cash.leads.domain;

import io.lead2cash.events.leads.CustomerRecordShareRevoked;
import io.lead2cash.events.leads.CustomerRecordShared;
import io.lead2cash.events.ShareAccess;
import io.lead2cash.events.SharePrincipalType;
import io.lead2cash.platform.access.AccessPolicy;
import io.lead2cash.platform.access.AccessRoot;
import io.lead2cash.platform.access.RecordAccess;
import io.lead2cash.platform.access.RecordShare;
import io.lead2cash.platform.domain.OwnedEntity;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Who may see, change and share leads, accounts and contacts, on the suite's one access model
 * ({@link RecordAccess}): a lead is its owner's, its team's and whoever it is shared with; accounts and contacts are
 * read by every seller, so their shares matter for writing. Sharing (Dynamics 365's Share) and assigning are for the
 * owner, sales managers and admins; each share is published for the services that follow the record.
 */
@ApplicationScoped
public class CustomerSharing {

    private static final Logger LOG = Logger.getLogger(CustomerSharing.class);

    @Inject CurrentUser user;
    @Inject RecordAccess access;
    @Inject Outbox outbox;

    /** The kinds of record that can be shared, by their name in the API and the events. */
    public static String kind(OwnedEntity record) {
        return record instanceof Lead ? "lead" : record instanceof Account ? "account" : "contact";
    }

    /** What decides access to the record: itself, under the leads' or the customers' policy. */
    public static AccessRoot root(OwnedEntity record) {
        return AccessRoot.of(kind(record), record.id, record.ownerId, record.owningTeam,
                record instanceof Lead ? AccessPolicy.SALES : AccessPolicy.CUSTOMERS);
    }

    /** Refuses (403) a caller who may not read the record. */
    public void checkRead(OwnedEntity record) {
        access.checkRead(root(record));
    }

    /** Refuses (403) a caller who may not change the record: neither owner, team, manager, admin nor READ_WRITE share. */
    public void checkWrite(OwnedEntity record) {
        access.checkWrite(root(record));
    }

    /** Refuses (403) a caller who may not assign or share the record: only its owner, managers and admins may. */
    public void checkManage(OwnedEntity record) {
        access.checkManage(root(record));
    }

    /** Restricts a lead list to what the caller owns, their team owns, or is shared with them. */
    public Filter visibleLeads(Filter filter) {
        return access.visible(filter, Lead.class, AccessPolicy.SALES, "lead", "id");
    }

    public List<RecordShare> shares(OwnedEntity record) {
        return access.shares(root(record));
    }

    /** Shares the record with a user or team, or changes the access of an existing share; the caller's transaction. */
    public List<RecordShare> share(OwnedEntity record, SharePrincipalType type, String principal, ShareAccess level) {
        access.share(root(record), type, principal, level).ifPresent(share -> {
            LOG.infof("%s shared %s %s with %s %s (%s)", user.id(), kind(record), record.id, type, principal, level);
            outbox.append(new CustomerRecordShared(UUID.randomUUID(), share.grantedAt, kind(record), record.id, type,
                    principal, level, user.id()));
        });
        return shares(record);
    }

    public void revoke(OwnedEntity record, SharePrincipalType type, String principal) {
        access.revoke(root(record), type, principal);
        LOG.infof("%s revoked the share of %s %s with %s %s", user.id(), kind(record), record.id, type, principal);
        outbox.append(new CustomerRecordShareRevoked(UUID.randomUUID(), Instant.now(), kind(record), record.id, type,
                principal, user.id()));
    }
}
