package io.lead2cash.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The edge checks a token's signature once while it is valid; refused and expired tokens are checked every time. */
class CallersTest {

    /** The real verifier with the stub services' key, counting how often it is asked. */
    private static final class CountingVerifier extends DefaultJWTParser {
        final AtomicInteger calls = new AtomicInteger();

        CountingVerifier() {
            super(context());
        }

        private static JWTAuthContextInfo context() {
            JWTAuthContextInfo context = new JWTAuthContextInfo();
            context.setPublicKeyContent(StubServices.TOKENS.publicKeyPem());
            context.setIssuedBy(io.lead2cash.devstack.DevTokens.ISSUER);
            context.setClockSkew(0);
            return context;
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.incrementAndGet();
            return super.parse(token);
        }
    }

    @Test
    void aValidTokenIsCheckedOnceAndNamesTheCallerAndRoles() throws ParseException {
        CountingVerifier verifier = new CountingVerifier();
        Callers callers = new Callers(verifier, 28800, java.time.Duration.ofMinutes(1));
        String token = StubServices.TOKENS.issue("ivy", List.of("integration", "sales-rep"), null, Duration.ofMinutes(5));
        Callers.Caller ivy = callers.identify(token);
        assertThat(callers.identify(token)).isSameAs(ivy);
        assertThat(verifier.calls).hasValue(1);
        assertThat(ivy.subject()).isEqualTo("ivy");
        assertThat(ivy.roles()).containsExactlyInAnyOrder("integration", "sales-rep");
    }

    @Test
    void aVerifiedTokenIsRememberedNoLongerThanTheEdgesMemory() throws ParseException {
        CountingVerifier verifier = new CountingVerifier();
        Callers callers = new Callers(verifier, 28800, java.time.Duration.ZERO);
        String token = StubServices.TOKENS.issue("ivy", List.of("sales-rep"), null, Duration.ofMinutes(5));
        callers.identify(token);
        callers.identify(token);
        // Checked again each time: a signing key withdrawn meanwhile would be noticed.
        assertThat(verifier.calls).hasValue(2);
        Callers remembering = new Callers(verifier, 28800, java.time.Duration.ofMinutes(1));
        assertThat(remembering.identify(token).validUntil()).isLessThanOrEqualTo(System.currentTimeMillis() / 1000 + 60);
    }

    @Test
    void refusedTokensAreCheckedEveryTime() {
        CountingVerifier verifier = new CountingVerifier();
        Callers callers = new Callers(verifier, 28800, java.time.Duration.ofMinutes(1));
        String expired = StubServices.TOKENS.issue("ivy", List.of("sales-rep"), null, Duration.ofMinutes(-1));
        String foreign = io.lead2cash.devstack.DevTokens.generate().issue("eve", List.of("admin"), null, Duration.ofMinutes(5));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> callers.identify(expired)).isInstanceOf(ParseException.class);
            assertThatThrownBy(() -> callers.identify(foreign)).isInstanceOf(ParseException.class);
        }
        assertThat(verifier.calls).hasValue(4);
    }
}
