package io.lead2cash.platform.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public Instant createdAt;
    public Instant modifiedAt;

    @Version
    public long version;

    /** Refuses a change made against another version of this record (412), or one that did not say (428). */
    public void checkVersion(ExpectedVersion expected) {
        expected.check(version);
    }

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
