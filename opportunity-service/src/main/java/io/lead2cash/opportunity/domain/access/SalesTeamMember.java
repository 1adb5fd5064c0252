package io.lead2cash.opportunity.domain.access;

import io.lead2cash.events.opportunities.SalesTeamMemberData;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A user working an opportunity with its owner, with their role on the deal. Like a member of a Dynamics 365
 * access team, they may read and change the opportunity and its quotes: the shared kit keeps that as a MEMBER grant.
 */
@Entity
@Table(name = "opportunity_team_member")
public class SalesTeamMember extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    public String role;
    public String addedBy;
    public Instant addedAt;

    /** A user is on an opportunity's sales team once. */
    @Embeddable
    public record Key(@Column(name = "opportunity_id") UUID opportunityId, @Column(name = "user_id") String userId)
            implements Serializable {
    }

    public SalesTeamMemberData data() {
        return new SalesTeamMemberData(id.userId(), role, addedBy, addedAt);
    }
}
