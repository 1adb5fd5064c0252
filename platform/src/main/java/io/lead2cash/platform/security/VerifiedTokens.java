package io.lead2cash.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each bearer token once and remembers it until it expires: a client calls with the same token for hours,
 * and checking its RSA signature and parsing its claims on every request cost a fifth of a service's CPU. Only
 * valid tokens are remembered (a refused one is checked again each time); memory is bounded.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private static final int MAX_TOKENS = 10_000;

    /** A verified token and the second after which it must be verified again. */
    private record Verified(JsonWebToken token, long validUntil) {
    }

    private final DefaultJWTParser verifier;
    private final long maxAgeSeconds;
    private final long memorySeconds;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    VerifiedTokens(DefaultJWTParser verifier,
            @ConfigProperty(name = "smallrye.jwt.time-to-live", defaultValue = "0") long maxAgeSeconds,
            SecuritySettings settings) {
        this(verifier, maxAgeSeconds, settings.verifiedTokenMemory());
    }

    VerifiedTokens(DefaultJWTParser verifier, long maxAgeSeconds, Duration memory) {
        this.verifier = verifier;
        this.maxAgeSeconds = maxAgeSeconds;
        this.memorySeconds = memory.toSeconds();
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        long now = System.currentTimeMillis() / 1000;
        Verified known = verified.get(bearerToken);
        if (known != null && now < known.validUntil()) {
            return known.token();
        }
        JsonWebToken token = verifier.parse(bearerToken);
        // Remembered no longer than the token's own expiry, nor past the maximum age counted from its issue, nor longer
        // than the memory allows (a key the identity provider removed stops working within it).
        long validUntil = Math.min(token.getExpirationTime(), now + memorySeconds);
        if (maxAgeSeconds > 0 && token.getIssuedAtTime() > 0) {
            validUntil = Math.min(validUntil, token.getIssuedAtTime() + maxAgeSeconds);
        }
        if (validUntil > now) {
            if (verified.size() >= MAX_TOKENS) {
                verified.values().removeIf(v -> v.validUntil() <= now);
                if (verified.size() >= MAX_TOKENS) {
                    verified.clear();
                }
            }
            verified.put(bearerToken, new Verified(token, validUntil));
        }
        return token;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
