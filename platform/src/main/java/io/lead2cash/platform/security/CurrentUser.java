package io.lead2cash.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the token's subject, team and roles (what that lets them do with a record: {@code access.RecordAccess}). */
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
}
