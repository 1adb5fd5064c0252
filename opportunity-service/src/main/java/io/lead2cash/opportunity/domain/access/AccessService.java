package io.lead2cash.opportunity.domain.access;

import io.lead2cash.events.opportunities.OpportunitySalesTeamChanged;
import io.lead2cash.events.opportunities.OpportunityShareRevoked;
import io.lead2cash.events.opportunities.OpportunityShared;
import io.lead2cash.events.ShareAccess;
import io.lead2cash.events.SharePrincipalType;
import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.opportunity.domain.opportunity.OpportunityService;
import io.lead2cash.platform.access.RecordAccess;
import io.lead2cash.platform.access.RecordShare;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Who works a deal: its owner (assigning it, with what hangs off it), whoever it is shared with, and its sales team.
 * Deciding that is for the owner, sales managers and admins.
 */
@ApplicationScoped
public class AccessService {

    private static final Logger LOG = Logger.getLogger(AccessService.class);

    @Inject Outbox outbox;
    @Inject CurrentUser user;
    @Inject OpportunityService opportunities;
    @Inject OpportunityRecordAccess dealAccess;
    @Inject RecordAccess access;
    @Inject Event<OpportunityAssigned> assigned;

    /** Gives the opportunity (and what it owns) to another user and team. */
    @Transactional
    public Opportunity assign(UUID id, ExpectedVersion expected, String ownerId, String owningTeam) {
        Opportunity opportunity = forManagement(id);
        opportunity.checkVersion(expected);
        String previousOwner = opportunity.ownerId;
        outbox.append(opportunity.assign(ownerId, owningTeam));
        assigned.fire(new OpportunityAssigned(id, previousOwner, ownerId, owningTeam));
        Opportunity.flush(); // the quotes and activities that followed the deal get their new versions too
        LOG.infof("%s assigned opportunity %s from %s to %s (team %s)", user.id(), id, previousOwner, ownerId, owningTeam);
        return opportunity;
    }

    public List<RecordShare> shares(UUID id) {
        return access.shares(OpportunityRecordAccess.root(opportunities.get(id)));
    }

    /** Shares the opportunity and its quotes with a user or team, or changes the access of an existing share. */
    @Transactional
    public List<RecordShare> share(UUID id, SharePrincipalType type, String principal, ShareAccess level) {
        Opportunity opportunity = opportunities.get(id);
        access.share(OpportunityRecordAccess.root(opportunity), type, principal, level).ifPresent(share -> {
            LOG.infof("%s shared opportunity %s with %s %s (%s)", user.id(), id, type, principal, level);
            outbox.append(new OpportunityShared(UUID.randomUUID(), share.grantedAt, id, type, principal, level, user.id()));
        });
        return access.shares(OpportunityRecordAccess.root(opportunity));
    }

    @Transactional
    public void revoke(UUID id, SharePrincipalType type, String principal) {
        access.revoke(OpportunityRecordAccess.root(opportunities.get(id)), type, principal);
        LOG.infof("%s revoked the share of opportunity %s with %s %s", user.id(), id, type, principal);
        outbox.append(new OpportunityShareRevoked(UUID.randomUUID(), Instant.now(), id, type, principal, user.id()));
    }

    public List<SalesTeamMember> salesTeam(UUID opportunityId) {
        opportunities.get(opportunityId);
        return teamOf(opportunityId);
    }

    /**
     * Puts a user on the opportunity's sales team with a role (or changes their role). Members may read and change
     * the opportunity and its quotes, so only those who manage it can add them.
     */
    @Transactional
    public List<SalesTeamMember> putMember(UUID opportunityId, String userId, String role) {
        Opportunity opportunity = forManagement(opportunityId);
        if (userId.equals(opportunity.ownerId)) {
            throw ProblemException.invalid("userId", "is the owner of the opportunity, who leads its sales team already");
        }
        SalesTeamMember.Key key = new SalesTeamMember.Key(opportunityId, userId);
        SalesTeamMember member = SalesTeamMember.findById(key);
        if (member == null) {
            member = new SalesTeamMember();
            member.id = key;
            member.addedBy = user.id();
            member.addedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            member.role = role.trim();
            member.persist();
        } else if (member.role.equals(role.trim())) {
            return teamOf(opportunityId);
        } else {
            member.role = role.trim();
        }
        SalesTeamMember.flush();
        LOG.infof("%s put %s on the sales team of opportunity %s as %s", user.id(), userId, opportunityId, member.role);
        teamChanged(opportunityId);
        return teamOf(opportunityId);
    }

    @Transactional
    public void removeMember(UUID opportunityId, String userId) {
        // Members may leave a deal on their own; putting others off it is for those who manage it.
        if (user.id().equals(userId)) {
            opportunities.get(opportunityId);
        } else {
            forManagement(opportunityId);
        }
        if (!SalesTeamMember.deleteById(new SalesTeamMember.Key(opportunityId, userId))) {
            throw ProblemException.notFound("sales team member of opportunity " + opportunityId, userId);
        }
        SalesTeamMember.flush();
        LOG.infof("%s took %s off the sales team of opportunity %s", user.id(), userId, opportunityId);
        teamChanged(opportunityId);
    }

    /** The opportunity, if the caller may assign or share it and change its sales team. */
    private Opportunity forManagement(UUID id) {
        Opportunity opportunity = opportunities.get(id);
        dealAccess.checkManage(opportunity);
        return opportunity;
    }

    /** The members' access (the shared kit's MEMBER grants) follows the team, and billing hears of it. */
    private void teamChanged(UUID opportunityId) {
        List<SalesTeamMember> team = teamOf(opportunityId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        access.salesTeam(OpportunityRecordAccess.KIND, opportunityId, team.stream().map(m -> m.id.userId()).toList(), user.id(), now);
        outbox.append(new OpportunitySalesTeamChanged(UUID.randomUUID(), now, opportunityId,
                team.stream().map(SalesTeamMember::data).toList()));
    }

    private static List<SalesTeamMember> teamOf(UUID opportunityId) {
        return SalesTeamMember.list("id.opportunityId = ?1 order by addedAt, id.userId", opportunityId);
    }
}
