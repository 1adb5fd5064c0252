package io.lead2cash.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** A token's signature is checked once while it is valid, and again once it may no longer be trusted. */
class VerifiedTokensTest {

    private static final long HOUR = 3600;
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** Stands in for the signature check: counts its calls, answers with the claims it was given. */
    private static final class CountingVerifier extends DefaultJWTParser {
        final AtomicInteger calls = new AtomicInteger();
        final Map<String, Long> claims;

        CountingVerifier(Map<String, Long> claims) {
            this.claims = claims;
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.incrementAndGet();
            if (token.startsWith("forged")) {
                throw new ParseException("bad signature");
            }
            return new JsonWebToken() {
                @Override
                public String getName() {
                    return "alice";
                }

                @Override
                public Set<String> getClaimNames() {
                    return claims.keySet();
                }

                @Override
                @SuppressWarnings("unchecked")
                public <T> T getClaim(String name) {
                    return (T) claims.get(name);
                }
            };
        }
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    @Test
    void aValidTokenIsVerifiedOnceAndRememberedUntilItExpires() throws ParseException {
        CountingVerifier verifier = new CountingVerifier(Map.of("exp", now() + HOUR, "iat", now()));
        VerifiedTokens tokens = new VerifiedTokens(verifier, 8 * HOUR, MINUTE);
        JsonWebToken first = tokens.parse("token-a");
        assertThat(tokens.parse("token-a")).isSameAs(first);
        assertThat(verifier.calls).hasValue(1);
        tokens.parse("token-b");
        assertThat(verifier.calls).hasValue(2);
    }

    @Test
    void aValidTokenIsVerifiedAgainOnceTheMemoryRunsOutSoARemovedKeyStopsWorking() throws ParseException {
        CountingVerifier verifier = new CountingVerifier(Map.of("exp", now() + HOUR, "iat", now()));
        VerifiedTokens tokens = new VerifiedTokens(verifier, 8 * HOUR, Duration.ZERO);
        tokens.parse("token-a");
        tokens.parse("token-a");
        assertThat(verifier.calls).hasValue(2);
    }

    @Test
    void anExpiredTokenIsNeverRemembered() throws ParseException {
        // Within the verifier's clock skew an expired token may still pass it; each call then asks it again.
        CountingVerifier verifier = new CountingVerifier(Map.of("exp", now() - 1, "iat", now() - HOUR));
        VerifiedTokens tokens = new VerifiedTokens(verifier, 8 * HOUR, MINUTE);
        tokens.parse("token-a");
        tokens.parse("token-a");
        assertThat(verifier.calls).hasValue(2);
    }

    @Test
    void aTokenPastTheMaximumAgeIsNeverRemembered() throws ParseException {
        CountingVerifier verifier = new CountingVerifier(Map.of("exp", now() + HOUR, "iat", now() - 9 * HOUR));
        VerifiedTokens tokens = new VerifiedTokens(verifier, 8 * HOUR, MINUTE);
        tokens.parse("token-a");
        tokens.parse("token-a");
        assertThat(verifier.calls).hasValue(2);
    }

    @Test
    void aRefusedTokenIsCheckedAgainEveryTime() {
        CountingVerifier verifier = new CountingVerifier(Map.of("exp", now() + HOUR));
        VerifiedTokens tokens = new VerifiedTokens(verifier, 0, MINUTE);
        assertThatThrownBy(() -> tokens.parse("forged-1")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("forged-1")).isInstanceOf(ParseException.class);
        assertThat(verifier.calls).hasValue(2);
    }
}
