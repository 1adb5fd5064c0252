package io.lead2cash.billing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** Someone besides the owner who may see an opportunity: a user or team it is shared with, a sales team member. */
@Entity
@Table(name = "opportunity_grant")
public class OpportunityGrant extends PanacheEntityBase {

    /** Who a grant is for. */
    public enum Kind { USER, TEAM, MEMBER }

    @EmbeddedId
    public Key id;

    /** One grant per opportunity, kind and principal. */
    @Embeddable
    public record Key(@Column(name = "opportunity_id") UUID opportunityId,
            @Enumerated(EnumType.STRING) @Column(name = "principal_type") Kind kind,
            @Column(name = "principal_id") String principalId) implements Serializable {
    }

    static OpportunityGrant of(UUID opportunityId, Kind kind, String principalId) {
        OpportunityGrant grant = new OpportunityGrant();
        grant.id = new Key(opportunityId, kind, principalId);
        return grant;
    }
}
