package io.lead2cash.billing.domain.access;

import io.lead2cash.platform.domain.Ownership;
import io.lead2cash.billing.domain.document.BillingDocument;
import io.lead2cash.events.ShareAccess;
import io.lead2cash.events.SharePrincipalType;
import io.lead2cash.platform.access.AccessPolicy;
import io.lead2cash.platform.access.AccessRoot;
import io.lead2cash.platform.access.RecordAccess;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Who may read and change a deal's orders, invoices and credit notes, on the suite's one access model
 * ({@link RecordAccess}) under the billing policy: the back office (clerks, managers, admins, the integration role)
 * works every one; a rep those of the deals they own, their team owns, or that are shared with them (READ to read,
 * READ_WRITE or a sales team place to change). Billing never reads the opportunity-service's tables: it keeps each
 * deal's owner, team, shares and sales team from the opportunity events, and a document carries its deal's owner and
 * team (moved with the deal), so a list filters on the document itself.
 */
@ApplicationScoped
public class BillingDocumentAccess {

    private static final Logger LOG = Logger.getLogger(BillingDocumentAccess.class);

    /** The kind deals' shares are kept under, as the opportunity-service keeps them. */
    public static final String KIND = "opportunity";

    @Inject RecordAccess access;
    @Inject Event<OpportunityChangedHands> changedHands;

    /** The document's access root: its deal, or the document itself when it has none (a direct order). */
    public static AccessRoot root(BillingDocument document, String what) {
        AccessRoot root = document.opportunityId != null
                ? AccessRoot.of(KIND, document.opportunityId, document.ownerId, document.owningTeam, AccessPolicy.BILLING)
                : AccessRoot.of("order", document.orderId(), document.ownerId, document.owningTeam, AccessPolicy.BILLING);
        return root.as(what);
    }

    /**
     * The order, invoice or credit note found by {@code id}, if the caller may read it: 404 when there is none, 403
     * for someone who may not see its deal.
     */
    public <D extends BillingDocument> D readable(D document, String what, UUID id) {
        if (document == null) {
            throw ProblemException.notFound(what, id);
        }
        access.checkRead(root(document, what));
        return document;
    }

    /** Refuses (403) a caller who may not change the document: only READ on its deal, or none. */
    public void checkWrite(BillingDocument document, String what) {
        access.checkWrite(root(document, what));
    }

    /** Restricts a list of orders, invoices or credit notes ({@code document}) to those the caller may read. */
    public Filter visible(Filter filter, Class<? extends BillingDocument> document) {
        // A document carries its deal's owner and team (owned() moves them together), so the owner's rule is read on
        // the record itself; asking the deal mirror too made PostgreSQL hash every opportunity of the caller's team
        // first (50,000 of a million: 100 ms a page). Shares and sales-team places come from record_share.
        return access.visible(filter, document, AccessPolicy.BILLING, KIND, "opportunityId");
    }

    // Kept from the opportunity-service's events, in the consumer's transaction.

    /**
     * The opportunity's owner and team as of {@code at}. When they change, the orders, invoices and credit notes
     * billed for the opportunity go to the new owner and team with it, as its quotes do in the opportunity-service:
     * the previous owner keeps access only through a share. Their subdomains move them on {@link OpportunityChangedHands}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void owned(UUID opportunityId, String ownerId, String owningTeam, Instant at) {
        OpportunityOwner known = OpportunityOwner.findById(opportunityId);
        if (known == null) {
            known = new OpportunityOwner();
            known.opportunityId = opportunityId;
            known.ownerId = ownerId;
            known.owningTeam = owningTeam;
            known.persist();
            return;
        }
        if (Objects.equals(known.ownerId, ownerId) && Objects.equals(known.owningTeam, owningTeam)) {
            return;
        }
        if (known.ownerSince != null && at.isBefore(known.ownerSince)) {
            return; // an older event, overtaken by the change already applied
        }
        known.ownerId = ownerId;
        known.owningTeam = owningTeam;
        known.ownerSince = at;
        // Orders, invoices and credit notes build on access: each subdomain moves its own documents and counts them.
        OpportunityChangedHands moved = new OpportunityChangedHands(opportunityId, ownerId, owningTeam,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        changedHands.fire(moved);
        if (moved.orders() + moved.invoices() + moved.creditNotes() > 0) {
            LOG.infof("Opportunity %s now belongs to %s (team %s): %d orders, %d invoices and %d credit notes follow it",
                    opportunityId, ownerId, owningTeam, moved.orders(), moved.invoices(), moved.creditNotes());
        }
    }

    /**
     * Who an order opened from a quote accepted at {@code acceptedAt} belongs to: the quote's owner, unless the
     * opportunity changed hands after the acceptance and that change was applied first.
     */
    public Ownership ownerOfAcceptedQuote(UUID opportunityId, Ownership quoteOwner, Instant acceptedAt) {
        OpportunityOwner known = opportunityId == null ? null : OpportunityOwner.findById(opportunityId);
        if (known != null && known.ownerSince != null && known.ownerSince.isAfter(acceptedAt)) {
            return new Ownership(known.ownerId, known.owningTeam);
        }
        return quoteOwner;
    }


    /** The deal was shared with a user or team, or the share's access changed: READ reads, READ_WRITE changes too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shared(UUID opportunityId, SharePrincipalType type, String principalId, ShareAccess level, String by,
            Instant at) {
        access.mirrorShare(KIND, opportunityId, type, principalId, level, by, at);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revoked(UUID opportunityId, SharePrincipalType type, String principalId) {
        access.mirrorRevoke(KIND, opportunityId, type, principalId);
    }

    /** The opportunity's sales team is now exactly these users, each reading and changing what it bills. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void salesTeam(UUID opportunityId, Collection<String> members, Instant at) {
        access.salesTeam(KIND, opportunityId, members, "opportunity-service", at);
    }
}
