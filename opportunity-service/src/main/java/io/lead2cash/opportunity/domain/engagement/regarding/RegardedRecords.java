package io.lead2cash.opportunity.domain.engagement.regarding;

import io.lead2cash.events.CustomerType;
import io.lead2cash.events.opportunities.RegardingType;
import io.lead2cash.events.ShareAccess;
import io.lead2cash.events.SharePrincipalType;
import io.lead2cash.opportunity.domain.access.OpportunityRecordAccess;
import io.lead2cash.opportunity.domain.opportunity.KnownCustomers;
import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.opportunity.domain.quote.Quote;
import io.lead2cash.platform.access.AccessLevel;
import io.lead2cash.platform.access.AccessPolicy;
import io.lead2cash.platform.access.AccessRoot;
import io.lead2cash.platform.access.RecordAccess;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.security.CurrentUser;
import io.lead2cash.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The records activities and notes may regard, and who may read and add to them. Opportunities and quotes are this
 * service's own; leads, accounts, contacts, orders and invoices are kept from their services' events. What regards a
 * record follows the record's access (never its author's team): a deal's records those of the deal, a lead its owner,
 * team and shares, accounts and contacts every seller.
 */
@ApplicationScoped
public class RegardedRecords implements KnownCustomers {

    private static final Logger LOG = Logger.getLogger(RegardedRecords.class);

    private static final java.util.Set<String> CUSTOMER_KINDS = java.util.Set.of("lead", "account", "contact");

    @Inject CurrentUser user;
    @Inject RecordAccess access;
    @Inject Event<RegardedRecordChangedHands> changedHandsEvents;

    /**
     * Records a lead, account, contact, order or invoice as its event shows it, unless a newer event was applied; an
     * event naming a record known as another kind is refused (parked).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void learned(RegardingType type, UUID id, String name, String ownerId, String owningTeam, UUID opportunityId,
            Instant at) {
        RegardedRecord known = RegardedRecord.findById(id);
        if (known == null) {
            known = new RegardedRecord();
            known.id = id;
            known.type = type;
        } else if (known.type != type) {
            // Ids are unique across the suite: an event naming a record of another kind is forged or mistaken (parked).
            throw new IllegalArgumentException(type + " " + id + " is a " + known.type + " here");
        } else if (known.changedAt.isAfter(at)) {
            LOG.debugf("%s %s: an event of %s arrived after one of %s, kept the newer", type, id, at, known.changedAt);
            return;
        }
        boolean changedHands = known.changedAt != null && (!Objects.equals(known.ownerId, ownerId)
                || !Objects.equals(known.owningTeam, owningTeam));
        known.name = name;
        known.ownerId = ownerId;
        known.owningTeam = owningTeam;
        known.opportunityId = opportunityId;
        known.changedAt = at;
        known.persist();
        if (changedHands) {
            changedHandsEvents.fire(new RegardedRecordChangedHands(type.name().toLowerCase(Locale.ROOT), id, ownerId,
                    owningTeam));
        }
    }

    /**
     * A lead, account or contact was shared, or its share changed, as the leads-service published it: who may read
     * (and add to) what regards it follows. Any other kind on the leads topic is refused (the event is parked).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shared(String kind, UUID id, SharePrincipalType type, String principal, ShareAccess level, String by,
            Instant at) {
        access.mirrorShare(customerKind(kind), id, type, principal, level, by, at);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void shareRevoked(String kind, UUID id, SharePrincipalType type, String principal) {
        access.mirrorRevoke(customerKind(kind), id, type, principal);
    }

    private static String customerKind(String kind) {
        if (!CUSTOMER_KINDS.contains(kind)) {
            throw new IllegalArgumentException("The leads topic shares leads, accounts and contacts, not a " + kind);
        }
        return kind;
    }

    @Override
    public Optional<String> nameOf(CustomerType type, UUID id) {
        RegardingType kind = type == CustomerType.ACCOUNT ? RegardingType.ACCOUNT : RegardingType.CONTACT;
        return RegardedRecord.<RegardedRecord>findByIdOptional(id).filter(r -> r.type == kind).map(r -> r.name);
    }

    /** The record, if there is one of that kind with that id. */
    public Optional<Regarded> find(RegardingType type, UUID id) {
        return switch (type) {
            case OPPORTUNITY -> Opportunity.<Opportunity>findByIdOptional(id)
                    .map(o -> new Regarded(type, id, o.id, o.ownerId, o.owningTeam));
            case QUOTE -> Quote.<Quote>findByIdOptional(id)
                    .map(q -> new Regarded(type, id, q.opportunityId, q.ownerId, q.owningTeam));
            default -> RegardedRecord.<RegardedRecord>findByIdOptional(id).filter(r -> r.type == type)
                    .map(r -> new Regarded(type, id, r.opportunityId, r.ownerId, r.owningTeam));
        };
    }

    /**
     * What decides access to the record, on the suite's one access model: a deal's records (the opportunity, its
     * quotes, orders and invoices) follow the deal as this service knows it now, whoever the document's event last
     * named; a lead its owner, team and shares; accounts and contacts are read by every seller.
     */
    public AccessRoot root(Regarded r) {
        String what = r.type().name().toLowerCase(Locale.ROOT);
        return switch (r.type()) {
            case OPPORTUNITY, QUOTE -> deal(r, AccessPolicy.SALES).as(what);
            case ORDER, INVOICE -> deal(r, AccessPolicy.BILLING).as(what);
            case LEAD -> AccessRoot.of("lead", r.id(), r.ownerId(), r.owningTeam(), AccessPolicy.SALES);
            case ACCOUNT, CONTACT -> AccessRoot.of(what, r.id(), r.ownerId(), r.owningTeam(), AccessPolicy.CUSTOMERS);
        };
    }

    /** The deal the record belongs to, as known here; a direct order (no deal) is its own root. */
    private static AccessRoot deal(Regarded r, AccessPolicy policy) {
        Opportunity opportunity = r.opportunityId() == null ? null : Opportunity.findById(r.opportunityId());
        if (opportunity == null) {
            return AccessRoot.of(r.type().name().toLowerCase(Locale.ROOT), r.id(), r.ownerId(), r.owningTeam(), policy);
        }
        return AccessRoot.of(OpportunityRecordAccess.KIND, opportunity.id, opportunity.ownerId, opportunity.owningTeam, policy);
    }

    /** The record to read what regards it: 404 when unknown, 403 when the caller may not read it. */
    public Regarded readable(RegardingType type, UUID id) {
        Regarded regarded = find(type, id).orElseThrow(() -> ProblemException.notFound(type.name().toLowerCase(), id));
        access.checkRead(root(regarded));
        return regarded;
    }

    /**
     * The record to add an activity or note to: 400 naming {@code field} when there is none (it is a reference in the
     * request), 403 when the caller may not add to it.
     */
    public Regarded addableTo(RegardingType type, UUID id, String field) {
        Regarded regarded = find(type, id).orElseThrow(() -> ProblemException.invalid(field,
                "names no " + type.name().toLowerCase() + " (or it is not known here yet)"));
        if (!canAddTo(regarded)) {
            access.checkWrite(root(regarded));
        }
        if (type == RegardingType.OPPORTUNITY) {
            Opportunity.<Opportunity>findById(id).requireOpen("add activities to");
        }
        return regarded;
    }

    public boolean canRead(Regarded r) {
        return access.canRead(root(r));
    }

    public boolean canWrite(Regarded r) {
        return access.canWrite(root(r));
    }

    /**
     * Whether the caller may add activities and notes to the record: whoever may change it, and for accounts and
     * contacts, which every seller reads, every sales rep too (Dynamics 365's Append To on customers).
     */
    public boolean canAddTo(Regarded r) {
        AccessLevel level = access.levelOn(root(r));
        return level.reaches(AccessLevel.WRITE) || level.reaches(AccessLevel.READ)
                && (r.type() == RegardingType.ACCOUNT || r.type() == RegardingType.CONTACT)
                && user.hasRole(Roles.SALES_REP);
    }
}
