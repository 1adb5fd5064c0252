package io.lead2cash.opportunity.domain.regarding;

import io.lead2cash.events.opportunities.RegardingType;
import io.lead2cash.opportunity.domain.access.RecordAccess;
import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.opportunity.domain.quote.Quote;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.security.CurrentUser;
import io.lead2cash.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The records activities and notes may regard, and who may read and add to them. Opportunities and quotes are this
 * service's own; leads, accounts, contacts, orders and invoices are kept from their services' events. What regards a
 * record follows the record's access rules: a deal's records those of the deal, a lead its owner and team, accounts
 * and contacts every sales user.
 */
@ApplicationScoped
public class RegardedRecords {

    private static final Logger LOG = Logger.getLogger(RegardedRecords.class);

    @Inject CurrentUser user;
    @Inject RecordAccess access;

    /** Records a lead, account, contact, order or invoice as its event shows it, unless a newer event was applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void learned(RegardingType type, UUID id, String name, String ownerId, String owningTeam, UUID opportunityId,
            Instant at) {
        RegardedRecord known = RegardedRecord.findById(id);
        if (known == null) {
            known = new RegardedRecord();
            known.id = id;
            known.type = type;
        } else if (known.changedAt.isAfter(at)) {
            LOG.debugf("%s %s: an event of %s arrived after one of %s, kept the newer", type, id, at, known.changedAt);
            return;
        }
        known.name = name;
        known.ownerId = ownerId;
        known.owningTeam = owningTeam;
        known.opportunityId = opportunityId;
        known.changedAt = at;
        known.persist();
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

    /** The record to read what regards it: 404 when unknown, 403 when the caller may not read it. */
    public Regarded readable(RegardingType type, UUID id) {
        Regarded regarded = find(type, id).orElseThrow(() -> ProblemException.notFound(type.name().toLowerCase(), id));
        if (!canRead(regarded)) {
            throw ProblemException.forbidden("This " + type.name().toLowerCase() + " belongs to another user or team "
                    + "and is not shared with you");
        }
        return regarded;
    }

    /**
     * The record to add an activity or note to: 400 naming {@code field} when there is none (it is a reference in the
     * request), 403 when the caller may not add to it.
     */
    public Regarded addableTo(RegardingType type, UUID id, String field) {
        Regarded regarded = find(type, id).orElseThrow(() -> ProblemException.invalid(field,
                "names no " + type.name().toLowerCase() + " (or it is not known here yet)"));
        if (!canWrite(regarded)) {
            throw ProblemException.forbidden("This " + type.name().toLowerCase() + " belongs to another user or team "
                    + "and is not shared with you for writing");
        }
        if (type == RegardingType.OPPORTUNITY) {
            Opportunity.<Opportunity>findById(id).requireOpen("add activities to");
        }
        return regarded;
    }

    public boolean canRead(Regarded r) {
        return switch (r.type()) {
            case ACCOUNT, CONTACT -> true;
            case LEAD -> user.canAccess(r.ownerId(), r.owningTeam());
            default -> user.canAccess(r.ownerId(), r.owningTeam()) || deal(r, false);
        };
    }

    public boolean canWrite(Regarded r) {
        return switch (r.type()) {
            case ACCOUNT, CONTACT, LEAD -> user.canAccess(r.ownerId(), r.owningTeam())
                    || r.type() != RegardingType.LEAD && user.hasRole(Roles.SALES_REP);
            case ORDER, INVOICE -> canRead(r);
            default -> user.canAccess(r.ownerId(), r.owningTeam()) || deal(r, true);
        };
    }

    private boolean deal(Regarded r, boolean write) {
        if (r.opportunityId() == null) {
            return false;
        }
        Opportunity opportunity = Opportunity.findById(r.opportunityId());
        if (opportunity == null) {
            return false;
        }
        return write ? access.canWrite(opportunity.id, opportunity.ownerId, opportunity.owningTeam)
                : access.canRead(opportunity.id, opportunity.ownerId, opportunity.owningTeam);
    }
}
