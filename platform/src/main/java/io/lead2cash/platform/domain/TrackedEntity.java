package io.lead2cash.platform.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A record with a UUID, creation and modification times, and a version that is its ETag. */
@MappedSuperclass
public abstract class TrackedEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "modified_at")
    public Instant modifiedAt;

    @Version
    public long version;

    protected void initialise() {
        id = UUID.randomUUID();
        createdAt = now();
        modifiedAt = createdAt;
    }

    protected void touch() {
        modifiedAt = now();
    }

    /** Database precision, so an event and a later read of the record show the same instant. */
    protected static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
