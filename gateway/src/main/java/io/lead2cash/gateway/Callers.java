package io.lead2cash.gateway;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the bearer token: its signature is checked on the first call and the caller remembered for a
 * minute at most (the check was a quarter of the gateway's CPU), never past the token's expiry, so a signing key the
 * identity provider withdraws stops opening the edge within that minute. A refused token is checked again each time.
 */
@ApplicationScoped
public class Callers {

    private static final int MAX_CALLERS = 10_000;

    /** The caller a valid token names: the subject, its roles, and the second after which it is checked again. */
    public record Caller(String subject, Set<String> roles, long validUntil) {
    }

    private final JWTParser tokens;
    private final long maxAgeSeconds;
    private final long rememberSeconds;
    private final ConcurrentHashMap<String, Caller> known = new ConcurrentHashMap<>();

    Callers(JWTParser tokens, @ConfigProperty(name = "smallrye.jwt.time-to-live", defaultValue = "0") long maxAgeSeconds,
            @ConfigProperty(name = "lead2cash.gateway.verified-token-memory", defaultValue = "PT1M")
            java.time.Duration remember) {
        this.tokens = tokens;
        this.maxAgeSeconds = maxAgeSeconds;
        this.rememberSeconds = Math.max(0, remember.toSeconds());
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
        long rememberUntil = Math.min(validUntil, now + rememberSeconds);
        caller = new Caller(verified.getSubject() != null ? verified.getSubject() : verified.getName(),
                verified.getGroups() == null ? Set.of() : Set.copyOf(verified.getGroups()), rememberUntil);
        if (rememberUntil > now) {
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
