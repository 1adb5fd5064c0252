package io.lead2cash.billing.domain;

import io.lead2cash.platform.domain.Records;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.security.CurrentUser;
import io.lead2cash.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Who may see which opportunity, kept from the opportunity-service's events (owner and team, shares, sales team),
 * and what it means for billing: clerks, managers, admins and integrations see every order and invoice; a sales rep
 * sees those of the opportunities they may see, and those they own.
 */
@ApplicationScoped
public class OpportunityVisibility {

    private static final Logger LOG = Logger.getLogger(OpportunityVisibility.class);

    @Inject CurrentUser user;

    public boolean seesAll() {
        return user.hasRole(Roles.BILLING_CLERK) || user.seesAllRecords();
    }

    /**
     * The order or invoice found by {@code id}, if the caller may read it: 404 when there is none, 403 for a rep who
     * neither owns it nor may see its opportunity.
     */
    public <D extends BillingDocument> D readable(D document, String what, UUID id) {
        if (document == null) {
            throw ProblemException.notFound(what, id);
        }
        if (seesAll() || user.canAccess(document.ownerId, document.owningTeam)
                || document.opportunityId != null && seesOpportunity(document.opportunityId)) {
            return document;
        }
        throw ProblemException.forbidden("This " + what + " belongs to an opportunity you may not see");
    }

    /** Restricts a list of orders or invoices to those the caller may read. */
    public Filter visible(Filter filter) {
        if (seesAll()) {
            return filter;
        }
        Map<String, Object> parameters = new HashMap<>(user.accessParameters());
        parameters.putAll(parameters());
        // An order or invoice carries its opportunity's owner and team (owned() moves them together), so the owner's
        // rule is read on the record itself; asking the projection too made PostgreSQL hash every opportunity of the
        // caller's team first (50,000 of a million: 100 ms a page). Shares and sales-team places come from the grants.
        return filter.and("(" + user.accessClause() + " or opportunityId in (select g.id.opportunityId from "
                + "OpportunityGrant g where " + grantClause("g") + "))", parameters);
    }

    private boolean seesOpportunity(UUID opportunityId) {
        Map<String, Object> owner = ownerParameters();
        owner.put("opportunity", opportunityId);
        Map<String, Object> grant = grantParameters();
        grant.put("opportunity", opportunityId);
        return Records.exists(OpportunityAccess.class, "opportunityId = :opportunity and (" + ownerClause(null) + ")", owner)
                || Records.exists(OpportunityGrant.class, "id.opportunityId = :opportunity and (" + grantClause(null) + ")", grant);
    }

    private String ownerClause(String alias) {
        String p = alias == null ? "" : alias + ".";
        return p + "ownerId = :visUser" + (user.team() != null ? " or " + p + "owningTeam = :visTeam" : "");
    }

    private String grantClause(String alias) {
        String p = alias == null ? "" : alias + ".";
        return "(" + p + "id.kind in :userKinds and " + p + "id.principalId = :visUser)"
                + (user.team() != null ? " or (" + p + "id.kind = :teamKind and " + p + "id.principalId = :visTeam)" : "");
    }

    private Map<String, Object> parameters() {
        Map<String, Object> parameters = ownerParameters();
        parameters.putAll(grantParameters());
        return parameters;
    }

    private Map<String, Object> ownerParameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("visUser", user.id());
        if (user.team() != null) {
            parameters.put("visTeam", user.team());
        }
        return parameters;
    }

    private Map<String, Object> grantParameters() {
        Map<String, Object> parameters = ownerParameters();
        parameters.put("userKinds", List.of(OpportunityGrant.Kind.USER, OpportunityGrant.Kind.MEMBER));
        if (user.team() != null) {
            parameters.put("teamKind", OpportunityGrant.Kind.TEAM);
        }
        return parameters;
    }

    // Kept from the opportunity-service's events, in the consumer's transaction.

    /**
     * The opportunity's owner and team as of {@code at}. When they change, the orders and invoices billed for the
     * opportunity go to the new owner and team with it, as its quotes do in the opportunity-service: the previous
     * owner keeps access only through a share.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void owned(UUID opportunityId, String ownerId, String owningTeam, Instant at) {
        OpportunityAccess access = OpportunityAccess.findById(opportunityId);
        if (access == null) {
            access = new OpportunityAccess();
            access.opportunityId = opportunityId;
            access.ownerId = ownerId;
            access.owningTeam = owningTeam;
            access.persist();
            return;
        }
        if (Objects.equals(access.ownerId, ownerId) && Objects.equals(access.owningTeam, owningTeam)) {
            return;
        }
        if (access.ownerSince != null && at.isBefore(access.ownerSince)) {
            return; // an older event, overtaken by the change already applied
        }
        access.ownerId = ownerId;
        access.owningTeam = owningTeam;
        access.ownerSince = at;
        // The owner is part of each record's representation, so its version (the ETag) and modification time move too.
        String reown = "ownerId = ?1, owningTeam = ?2, modifiedAt = ?3, version = version + 1 where opportunityId = ?4";
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int orders = SalesOrder.update(reown, ownerId, owningTeam, now, opportunityId);
        int invoices = Invoice.update(reown, ownerId, owningTeam, now, opportunityId);
        if (orders + invoices > 0) {
            LOG.infof("Opportunity %s now belongs to %s (team %s): %d orders and %d invoices follow it", opportunityId,
                    ownerId, owningTeam, orders, invoices);
        }
    }

    /**
     * Who an order opened from a quote accepted at {@code acceptedAt} belongs to: the quote's owner, unless the
     * opportunity changed hands after the acceptance and that change was applied first.
     */
    public Owner ownerOfAcceptedQuote(UUID opportunityId, Owner quoteOwner, Instant acceptedAt) {
        OpportunityAccess access = opportunityId == null ? null : OpportunityAccess.findById(opportunityId);
        if (access != null && access.ownerSince != null && access.ownerSince.isAfter(acceptedAt)) {
            return new Owner(access.ownerId, access.owningTeam);
        }
        return quoteOwner;
    }

    /** A user and team that own a record. */
    public record Owner(String ownerId, String owningTeam) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void shared(UUID opportunityId, OpportunityGrant.Kind kind, String principalId) {
        if (OpportunityGrant.findById(new OpportunityGrant.Key(opportunityId, kind, principalId)) == null) {
            OpportunityGrant.of(opportunityId, kind, principalId).persist();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revoked(UUID opportunityId, OpportunityGrant.Kind kind, String principalId) {
        OpportunityGrant.deleteById(new OpportunityGrant.Key(opportunityId, kind, principalId));
    }

    /** The opportunity's sales team is now exactly these users. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void salesTeam(UUID opportunityId, Collection<String> members) {
        OpportunityGrant.delete("id.opportunityId = ?1 and id.kind = ?2", opportunityId, OpportunityGrant.Kind.MEMBER);
        OpportunityGrant.flush();
        members.forEach(m -> OpportunityGrant.of(opportunityId, OpportunityGrant.Kind.MEMBER, m).persist());
    }
}
