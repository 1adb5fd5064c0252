package io.lead2cash.leads.domain;

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

/** A lead, account or contact shared with a user or a team, for reading or for reading and writing. */
@Entity
@Table(name = "record_share")
public class RecordShare extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Enumerated(EnumType.STRING)
    public ShareAccess access;

    public String grantedBy;
    public Instant grantedAt;

    /** One share per record and principal. */
    @Embeddable
    public record Key(@Column(name = "record_type") String recordType, @Column(name = "record_id") UUID recordId,
            @Enumerated(EnumType.STRING) @Column(name = "principal_type") SharePrincipalType principalType,
            @Column(name = "principal_id") String principalId) implements Serializable {
    }
}
