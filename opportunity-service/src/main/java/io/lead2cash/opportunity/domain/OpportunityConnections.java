package io.lead2cash.opportunity.domain;

import io.lead2cash.events.opportunities.OpportunitySalesTeamChanged;
import io.lead2cash.events.opportunities.OpportunityStakeholdersChanged;
import io.lead2cash.events.opportunities.StakeholderRole;
import io.lead2cash.platform.domain.Records;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The people around a deal: the customer's stakeholders and the sellers on its sales team. */
@ApplicationScoped
public class OpportunityConnections {

    private static final Logger LOG = Logger.getLogger(OpportunityConnections.class);

    private final Outbox outbox;
    private final CurrentUser user;
    private final OpportunityService opportunities;

    OpportunityConnections(Outbox outbox, CurrentUser user, OpportunityService opportunities) {
        this.outbox = outbox;
        this.user = user;
        this.opportunities = opportunities;
    }

    public List<Stakeholder> stakeholders(UUID opportunityId) {
        opportunities.get(opportunityId);
        return stakeholdersOf(opportunityId);
    }

    /** Adds a contact of the customer as a stakeholder of an open opportunity; a contact is a stakeholder once. */
    @Transactional
    public Stakeholder addStakeholder(UUID opportunityId, UUID contactId, String contactName, StakeholderRole role,
            String description) {
        opportunities.getForChange(opportunityId).requireOpen("add stakeholders to");
        if (Records.exists(Stakeholder.class, "opportunityId = ?1 and contactId = ?2", opportunityId, contactId)) {
            throw new ProblemException(ProblemType.CONFLICT, "Contact " + contactId + " is already a stakeholder of "
                    + "opportunity " + opportunityId + "; remove it to give it another role");
        }
        Stakeholder stakeholder = new Stakeholder();
        stakeholder.id = UUID.randomUUID();
        stakeholder.opportunityId = opportunityId;
        stakeholder.contactId = contactId;
        stakeholder.contactName = contactName.trim();
        stakeholder.role = role;
        stakeholder.description = description;
        stakeholder.addedBy = user.id();
        stakeholder.addedAt = Instant.now();
        stakeholder.persist();
        Stakeholder.flush();
        stakeholdersChanged(opportunityId);
        return stakeholder;
    }

    @Transactional
    public void removeStakeholder(UUID opportunityId, UUID stakeholderId) {
        opportunities.getForChange(opportunityId).requireOpen("remove stakeholders from");
        if (Stakeholder.delete("id = ?1 and opportunityId = ?2", stakeholderId, opportunityId) == 0) {
            throw ProblemException.notFound("stakeholder of opportunity " + opportunityId, stakeholderId);
        }
        stakeholdersChanged(opportunityId);
    }

    public List<SalesTeamMember> salesTeam(UUID opportunityId) {
        opportunities.get(opportunityId);
        return teamOf(opportunityId);
    }

    /**
     * Puts a user on the opportunity's sales team with a role (or changes their role). Members may read and change
     * the opportunity and its quotes, so only its owner, owning team and managers can add them.
     */
    @Transactional
    public List<SalesTeamMember> putMember(UUID opportunityId, String userId, String role) {
        Opportunity opportunity = opportunities.forManagement(opportunityId);
        if (userId.equals(opportunity.ownerId)) {
            throw ProblemException.invalid("userId", "is the owner of the opportunity, who leads its sales team already");
        }
        SalesTeamMember.Key key = new SalesTeamMember.Key(opportunityId, userId);
        SalesTeamMember member = SalesTeamMember.findById(key);
        if (member == null) {
            member = new SalesTeamMember();
            member.id = key;
            member.addedBy = user.id();
            member.addedAt = Instant.now();
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
            opportunities.forManagement(opportunityId);
        }
        if (!SalesTeamMember.deleteById(new SalesTeamMember.Key(opportunityId, userId))) {
            throw ProblemException.notFound("sales team member of opportunity " + opportunityId, userId);
        }
        SalesTeamMember.flush();
        LOG.infof("%s took %s off the sales team of opportunity %s", user.id(), userId, opportunityId);
        teamChanged(opportunityId);
    }

    private void stakeholdersChanged(UUID opportunityId) {
        outbox.append(new OpportunityStakeholdersChanged(UUID.randomUUID(), Instant.now(), opportunityId,
                stakeholdersOf(opportunityId).stream().map(Stakeholder::data).toList()));
    }

    private void teamChanged(UUID opportunityId) {
        outbox.append(new OpportunitySalesTeamChanged(UUID.randomUUID(), Instant.now(), opportunityId,
                teamOf(opportunityId).stream().map(SalesTeamMember::data).toList()));
    }

    private static List<Stakeholder> stakeholdersOf(UUID opportunityId) {
        return Stakeholder.list("opportunityId = ?1 order by addedAt, contactName", opportunityId);
    }

    private static List<SalesTeamMember> teamOf(UUID opportunityId) {
        return SalesTeamMember.list("id.opportunityId = ?1 order by addedAt, id.userId", opportunityId);
    }
}
