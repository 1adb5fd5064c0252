package io.lead2cash.opportunity.domain.access;

import io.lead2cash.events.opportunities.ShareAccess;
import io.lead2cash.events.opportunities.SharePrincipalType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An opportunity shared with a user or a team, for reading or for reading and writing (its quotes too). */
@Entity
@Table(name = "opportunity_share")
public class OpportunityShare extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Enumerated(EnumType.STRING)
    public ShareAccess access;

    public String grantedBy;
    public Instant grantedAt;

    /** One share per opportunity and principal. */
    @Embeddable
    public record Key(@Column(name = "opportunity_id") UUID opportunityId,
            @Enumerated(EnumType.STRING) @Column(name = "principal_type") SharePrincipalType principalType,
            @Column(name = "principal_id") String principalId) implements Serializable {
    }

    /** JPQL: the opportunity id at {@code path} is one shared with the caller (as a user or through the team). */
    static String sharedWithCaller(String path, boolean hasTeam) {
        // The principal types are parameters: written as fully qualified enum literals, they made Hibernate's HQL
        // parser (ANTLR) explore so many readings of the dotted names that a first list call took a minute and
        // 70 MB, and sixteen at once ran a service out of memory.
        return path + " in (select s.id.opportunityId from OpportunityShare s where (s.id.principalType = :shareUserType"
                + " and s.id.principalId = :shareUser)"
                + (hasTeam ? " or (s.id.principalType = :shareTeamType and s.id.principalId = :shareTeam)" : "") + ")";
    }

    /** The parameters {@link #sharedWithCaller} needs besides the caller's id and team. */
    static java.util.Map<String, Object> principalTypes(boolean hasTeam) {
        return hasTeam ? java.util.Map.of("shareUserType", SharePrincipalType.USER, "shareTeamType", SharePrincipalType.TEAM)
                : java.util.Map.of("shareUserType", SharePrincipalType.USER);
    }
}
