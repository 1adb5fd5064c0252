package io.lead2cash.opportunity.domain.access;

import io.lead2cash.events.opportunities.ShareAccess;
import io.lead2cash.events.opportunities.SharePrincipalType;
import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.opportunity.domain.opportunity.OpportunityAccess;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who may read and change an opportunity and what hangs off it (quotes, activities): the owner, the owning team,
 * its sales team (read/write), whoever it is shared with (read, or read/write), and managers and admins;
 * integrations read everything.
 */
@ApplicationScoped
public class RecordAccess implements OpportunityAccess {

    @Inject CurrentUser user;

    @Override
    public void checkRead(Opportunity opportunity) {
        checkRead(opportunity.id, opportunity.ownerId, opportunity.owningTeam, "opportunity");
    }

    @Override
    public void checkWrite(Opportunity opportunity) {
        checkWrite(opportunity.id, opportunity.ownerId, opportunity.owningTeam, "opportunity");
    }

    @Override
    public Filter visible(Filter filter) {
        return visible(filter, "id");
    }

    public void checkRead(UUID opportunityId, String ownerId, String owningTeam, String what) {
        if (!canRead(opportunityId, ownerId, owningTeam)) {
            throw ProblemException.forbidden("This " + what + " belongs to another user or team and is not shared with you");
        }
    }

    public boolean canRead(UUID opportunityId, String ownerId, String owningTeam) {
        return user.canAccess(ownerId, owningTeam) || share(opportunityId) != null;
    }

    public boolean canWrite(UUID opportunityId, String ownerId, String owningTeam) {
        return user.canAccess(ownerId, owningTeam) || share(opportunityId) == ShareAccess.READ_WRITE;
    }

    /**
     * Refuses whoever may not decide who works the deal: assigning, sharing and the sales team are for the owner, sales
     * managers and admins (as in Dynamics 365, where the Assign and Share privileges are not granted by write access).
     */
    public void checkManage(String ownerId, String what) {
        if (!user.canManage(ownerId)) {
            throw ProblemException.forbidden("Only the owner, a sales manager or an admin may assign or share this " + what
                    + " or change its sales team");
        }
    }

    public void checkWrite(UUID opportunityId, String ownerId, String owningTeam, String what) {
        if (user.canAccess(ownerId, owningTeam)) {
            return;
        }
        ShareAccess access = share(opportunityId);
        if (access == null) {
            throw ProblemException.forbidden("This " + what + " belongs to another user or team and is not shared with you");
        }
        if (access != ShareAccess.READ_WRITE) {
            throw ProblemException.forbidden("This " + what + " is shared with you for reading only");
        }
    }

    /** Restricts a list to what the caller may read; {@code opportunityIdPath} names the opportunity's id. */
    public Filter visible(Filter filter, String opportunityIdPath) {
        return visible(filter, opportunityIdPath, false);
    }

    /**
     * Restricts a list of records that have owners of their own (activities) to those the caller owns and those
     * regarding an opportunity the caller may read.
     */
    public Filter visibleWithOpportunity(Filter filter, String opportunityIdPath) {
        return visible(filter, opportunityIdPath, true);
    }

    private Filter visible(Filter filter, String opportunityIdPath, boolean opportunityOwner) {
        String own = user.accessClause();
        if (own == null) {
            return filter;
        }
        Map<String, Object> parameters = new HashMap<>(user.accessParameters());
        parameters.put("shareUser", user.id());
        if (user.team() != null) {
            parameters.put("shareTeam", user.team());
        }
        parameters.putAll(OpportunityShare.principalTypes(user.team() != null));
        String clause = own + " or " + OpportunityShare.sharedWithCaller(opportunityIdPath, user.team() != null) + " or "
                + SalesTeamMember.includesCaller(opportunityIdPath);
        if (opportunityOwner) {
            // One subquery per rule, each read from a covering index alone (owner or team, with the id): one subquery
            // for both made PostgreSQL read the heap pages of every opportunity of the caller's team (250 ms a page at
            // a million opportunities).
            clause += " or " + opportunityIdPath + " in (select o.id from Opportunity o where o.ownerId = :accessUser)";
            if (user.team() != null) {
                clause += " or " + opportunityIdPath + " in (select o.id from Opportunity o where o.owningTeam = :accessTeam)";
            }
        }
        return filter.and(clause, parameters);
    }

    /** The best access the caller has through a share or the sales team, or null. */
    private ShareAccess share(UUID opportunityId) {
        if (SalesTeamMember.findById(new SalesTeamMember.Key(opportunityId, user.id())) != null) {
            return ShareAccess.READ_WRITE;
        }
        ShareAccess best = null;
        for (OpportunityShare share : OpportunityShare.<OpportunityShare>list("id.opportunityId", opportunityId)) {
            boolean mine = share.id.principalType() == SharePrincipalType.USER && share.id.principalId().equals(user.id())
                    || share.id.principalType() == SharePrincipalType.TEAM && share.id.principalId().equals(user.team());
            if (mine && (best == null || share.access == ShareAccess.READ_WRITE)) {
                best = share.access;
            }
        }
        return best;
    }
}
