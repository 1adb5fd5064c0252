package io.lead2cash.opportunity.domain;

import io.lead2cash.events.opportunities.StakeholderData;
import io.lead2cash.events.opportunities.StakeholderRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(name = "opportunity_id")
    public UUID opportunityId;

    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "contact_name")
    public String contactName;

    @Enumerated(EnumType.STRING)
    public StakeholderRole role;

    public String description;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public Instant addedAt;

    public StakeholderData data() {
        return new StakeholderData(id, contactId, contactName, role, description, addedBy, addedAt);
    }
}
