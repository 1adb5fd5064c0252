package io.lead2cash.platform.domain;

import io.lead2cash.platform.security.CurrentUser;
import jakarta.persistence.MappedSuperclass;

/** A record owned by a user and a team: who may see and change it follows from them ({@code access.RecordAccess}). */
@MappedSuperclass
public abstract class OwnedEntity extends TrackedEntity {

    public String ownerId;
    public String owningTeam;

    /** Starts a new record owned by the caller and the caller's team. */
    protected void initialise(CurrentUser owner) {
        initialise(new Ownership(owner.id(), owner.team()));
    }

    /** Starts a new record owned by this user and team (the lead's owner, for a deal opened by qualifying it). */
    protected void initialise(Ownership owner) {
        initialise();
        ownerId = owner.ownerId();
        owningTeam = owner.owningTeam();
    }

    /** Gives the record to another owner and team (Dynamics 365's Assign); the caller's right to is checked before. */
    protected void assignTo(String newOwner, String newTeam) {
        ownerId = newOwner;
        owningTeam = newTeam;
        touch();
    }
}
