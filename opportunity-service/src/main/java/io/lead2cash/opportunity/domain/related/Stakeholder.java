package io.lead2cash.opportunity.domain.related;

import io.lead2cash.events.opportunities.StakeholderData;
import io.lead2cash.events.opportunities.StakeholderRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A contact of the customer who takes part in the buying decision, and the part they play (decision maker, ...). */
@Entity
@Table(name = "opportunity_stakeholder")
public class Stakeholder extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID opportunityId;
    public UUID contactId;
    public String contactName;

    @Enumerated(EnumType.STRING)
    public StakeholderRole role;

    public String description;
    public String addedBy;
    public Instant addedAt;

    public StakeholderData data() {
        return new StakeholderData(id, contactId, contactName, role, description, addedBy, addedAt);
    }
}
