package io.lead2cash.gateway;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the bearer token: its signature is checked on the first call and the caller remembered until
 * the token expires (the check was a quarter of the gateway's CPU). A refused token is checked again each time.
 */
@ApplicationScoped
public class Callers {

    private static final int MAX_CALLERS = 10_000;

    /** The caller a valid token names: the subject, its roles, and the second after which it is checked again. */
    public record Caller(String subject, Set<String> roles, long validUntil) {
    }

    private final JWTParser tokens;
    private final long maxAgeSeconds;
    private final ConcurrentHashMap<String, Caller> known = new ConcurrentHashMap<>();

    Callers(JWTParser tokens, @ConfigProperty(name = "smallrye.jwt.time-to-live", defaultValue = "0") long maxAgeSeconds) {
        this.tokens = tokens;
        this.maxAgeSeconds = maxAgeSeconds;
    }

    /** The caller of a valid token; ParseException when it is malformed, expired, foreign or from another issuer. */
    Caller identify(String token) throws ParseException {
        long now = System.currentTimeMillis() / 1000;
        Caller caller = known.get(token);
        if (caller != null && now < caller.validUntil()) {
            return caller;
        }
        JsonWebToken verified = tokens.parse(token);
        long validUntil = verified.getExpirationTime();
        if (maxAgeSeconds > 0 && verified.getIssuedAtTime() > 0) {
            validUntil = Math.min(validUntil, verified.getIssuedAtTime() + maxAgeSeconds);
        }
        caller = new Caller(verified.getSubject() != null ? verified.getSubject() : verified.getName(),
                verified.getGroups() == null ? Set.of() : Set.copyOf(verified.getGroups()), validUntil);
        if (validUntil > now) {
            if (known.size() >= MAX_CALLERS) {
                known.values().removeIf(c -> c.validUntil() <= now);
                if (known.size() >= MAX_CALLERS) {
                    known.clear();
                }
            }
            known.put(token, caller);
        }
        return caller;
    }
}
