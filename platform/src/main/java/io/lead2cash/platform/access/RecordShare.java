package io.lead2cash.platform.access;

import io.lead2cash.events.ShareAccess;
import io.lead2cash.events.SharePrincipalType;
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

/**
 * A record shared with a user or a team for READ or READ_WRITE, or a user on a deal's sales team: kept where the
 * record lives, and mirrored from its events by the services that follow it (billing keeps each deal's).
 */
@Entity
@Table(name = "record_share")
public class RecordShare extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Enumerated(EnumType.STRING)
    public ShareAccess access;

    public String grantedBy;
    public Instant grantedAt;

    /** One share per record and grantee. */
    @Embeddable
    public record Key(@Column(name = "record_type") String recordType, @Column(name = "record_id") UUID recordId,
            @Enumerated(EnumType.STRING) @Column(name = "principal_type") Grantee principalType,
            @Column(name = "principal_id") String principalId) implements Serializable {
    }

    /** The share as the API and the events name its grantee (a user or a team). */
    public SharePrincipalType principalType() {
        return SharePrincipalType.valueOf(id.principalType().name());
    }

    public String principalId() {
        return id.principalId();
    }

    static Grantee granteeOf(SharePrincipalType type) {
        return Grantee.valueOf(type.name());
    }
}
