package io.lead2cash.leads.domain;

import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.security.CurrentUser;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A record with an owner (user and team), timestamps and a version that is its ETag. */
@MappedSuperclass
public abstract class Owned extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "owning_team")
    public String owningTeam;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "modified_at")
    public Instant modifiedAt;

    @Version
    public long version;

    /** Starts a new record owned by the caller and the caller's team. */
    protected void initialise(CurrentUser owner) {
        id = UUID.randomUUID();
        ownerId = owner.id();
        owningTeam = owner.team();
        createdAt = now();
        modifiedAt = createdAt;
    }

    protected void touch() {
        modifiedAt = now();
    }

    /** Refuses callers who are neither the owner, in the owning team, nor a manager or admin. */
    public void checkAccess(CurrentUser user, String what) {
        if (!user.canAccess(ownerId, owningTeam)) {
            throw ProblemException.forbidden("This " + what + " belongs to another user or team and is not shared with you");
        }
    }

    /** Database precision, so an event and a later read of the record show the same instant. */
    protected static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
