package io.lead2cash.opportunity.domain.related;

import io.lead2cash.events.opportunities.OpportunityStakeholdersChanged;
import io.lead2cash.events.opportunities.StakeholderRole;
import io.lead2cash.opportunity.domain.opportunity.OpportunityService;
import io.lead2cash.platform.domain.Records;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The customer's contacts who take part in a deal's buying decision, and the part each plays. */
@ApplicationScoped
public class StakeholderService {

    @Inject Outbox outbox;
    @Inject CurrentUser user;
    @Inject OpportunityService opportunities;

    public List<Stakeholder> stakeholders(UUID opportunityId) {
        opportunities.get(opportunityId);
        return stakeholdersOf(opportunityId);
    }

    /** Adds a contact of the customer as a stakeholder of an open opportunity; a contact is a stakeholder once. */
    @Transactional
    public Stakeholder add(UUID opportunityId, UUID contactId, String contactName, StakeholderRole role, String description) {
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
    public void remove(UUID opportunityId, UUID stakeholderId) {
        opportunities.getForChange(opportunityId).requireOpen("remove stakeholders from");
        if (Stakeholder.delete("id = ?1 and opportunityId = ?2", stakeholderId, opportunityId) == 0) {
            throw ProblemException.notFound("stakeholder of opportunity " + opportunityId, stakeholderId);
        }
        stakeholdersChanged(opportunityId);
    }

    private void stakeholdersChanged(UUID opportunityId) {
        outbox.append(new OpportunityStakeholdersChanged(UUID.randomUUID(), Instant.now(), opportunityId,
                stakeholdersOf(opportunityId).stream().map(Stakeholder::data).toList()));
    }

    private static List<Stakeholder> stakeholdersOf(UUID opportunityId) {
        return Stakeholder.list("opportunityId = ?1 order by addedAt, contactName", opportunityId);
    }
}
