package io.lead2cash.opportunity.domain;

import io.lead2cash.platform.api.Filter;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who may read and change an opportunity and its quotes: the owner, the owning team, whoever it is shared
 * with (read, or read/write), and managers and admins; integrations read everything.
 */
@ApplicationScoped
public class RecordAccess {

    private final CurrentUser user;

    RecordAccess(CurrentUser user) {
        this.user = user;
    }

    public void checkRead(UUID opportunityId, String ownerId, String owningTeam, String what) {
        if (!user.canAccess(ownerId, owningTeam) && share(opportunityId) == null) {
            throw ProblemException.forbidden("This " + what + " belongs to another user or team and is not shared with you");
        }
    }

    public void checkWrite(UUID opportunityId, String ownerId, String owningTeam, String what) {
        if (user.canAccess(ownerId, owningTeam)) {
            return;
        }
        OpportunityShare.Access access = share(opportunityId);
        if (access == null) {
            throw ProblemException.forbidden("This " + what + " belongs to another user or team and is not shared with you");
        }
        if (access != OpportunityShare.Access.READ_WRITE) {
            throw ProblemException.forbidden("This " + what + " is shared with you for reading only");
        }
    }

    /** Restricts a list to what the caller may read; {@code opportunityIdPath} names the opportunity's id. */
    public Filter visible(Filter filter, String opportunityIdPath) {
        String own = user.accessClause();
        if (own == null) {
            return filter;
        }
        Map<String, Object> parameters = new HashMap<>(user.accessParameters());
        parameters.put("shareUser", user.id());
        if (user.team() != null) {
            parameters.put("shareTeam", user.team());
        }
        return filter.and(own + " or " + OpportunityShare.sharedWithCaller(opportunityIdPath, user.team() != null), parameters);
    }

    private OpportunityShare.Access share(UUID opportunityId) {
        OpportunityShare.Access best = null;
        for (OpportunityShare share : OpportunityShare.<OpportunityShare>list("id.opportunityId", opportunityId)) {
            boolean mine = share.id.principalType() == OpportunityShare.PrincipalType.USER && share.id.principalId().equals(user.id())
                    || share.id.principalType() == OpportunityShare.PrincipalType.TEAM && share.id.principalId().equals(user.team());
            if (mine && (best == null || share.access == OpportunityShare.Access.READ_WRITE)) {
                best = share.access;
            }
        }
        return best;
    }
}
