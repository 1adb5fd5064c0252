package io.lead2cash.billing.domain.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The owner and owning team of an opportunity, as the opportunity-service last published them. */
@Entity
@Table(name = "opportunity_visibility")
public class OpportunityOwner extends PanacheEntityBase {

    @Id
    public UUID opportunityId;

    public String ownerId;
    public String owningTeam;

    /** When the owner or team last changed, as the event that changed it says; null until it changes. */
    public java.time.Instant ownerSince;
}
