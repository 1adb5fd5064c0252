package io.lead2cash.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the token's subject, team and roles, and what that lets them see. */
@RequestScoped
public class CurrentUser {

    @Inject SecurityIdentity identity;
    @Inject JsonWebToken token;

    /** The user id: the token's subject (or its principal name when a provider has no subject). */
    public String id() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    /** The team from the token's {@code team} claim, or null. */
    public String team() {
        Object team = token.getClaim("team");
        if (team instanceof jakarta.json.JsonString text) {
            return text.getString();
        }
        return team == null ? null : team.toString();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Managers, admins and integrations see every record; reps see their own and their team's. */
    public boolean seesAllRecords() {
        return hasRole(Roles.SALES_MANAGER) || hasRole(Roles.ADMIN) || hasRole(Roles.INTEGRATION);
    }

    /** Whether the caller may see (and, with a writing role, change) a record owned by a user and team. */
    public boolean canAccess(String ownerId, String owningTeam) {
        return seesAllRecords() || id().equals(ownerId) || (team() != null && team().equals(owningTeam));
    }

    /**
     * Whether the caller may decide who works a record (assign it, share it): its owner, a sales manager or an admin;
     * not the rest of the owning team, and not an integration, which reads everything but manages nothing.
     */
    public boolean canManage(String ownerId) {
        return hasRole(Roles.SALES_MANAGER) || hasRole(Roles.ADMIN) || id().equals(ownerId);
    }

    /**
     * The JPQL restriction matching {@link #canAccess} for lists, or null when the caller sees everything.
     * The entity must have {@code ownerId} and {@code owningTeam} attributes.
     */
    public String accessClause() {
        if (seesAllRecords()) {
            return null;
        }
        return team() == null ? "ownerId = :accessUser" : "(ownerId = :accessUser or owningTeam = :accessTeam)";
    }

    public java.util.Map<String, Object> accessParameters() {
        return team() == null ? java.util.Map.of("accessUser", id())
                : java.util.Map.of("accessUser", id(), "accessTeam", team());
    }
}
