package io.lead2cash.opportunity.domain.engagement.regarding;

import io.lead2cash.events.opportunities.RegardingType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A lead, account, contact, order or invoice as its own service last published it: what activities need to regard it. */
@Entity
@Table(name = "regarded_record")
public class RegardedRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type")
    public RegardingType type;

    public String name;
    public String ownerId;
    public String owningTeam;
    public UUID opportunityId;

    /** When the record changed to this: an older event arriving late changes nothing. */
    public Instant changedAt;
}
