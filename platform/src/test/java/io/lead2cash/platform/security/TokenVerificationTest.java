package io.lead2cash.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lead2cash.devstack.DevStackTestResource;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every service verifies bearer tokens through the remembering verifier, with the configured key and issuer. */
@QuarkusTest
class TokenVerificationTest {

    @Inject
    JWTParser parser;

    @Test
    void servicesVerifyEachTokenOnceWithTheirConfiguredKey() throws ParseException {
        assertThat(ClientProxy.unwrap(parser)).isInstanceOf(VerifiedTokens.class);
        String token = DevStackTestResource.tokens().issue("alice", List.of("sales-rep"), "north", Duration.ofMinutes(5));
        assertThat(parser.parse(token).getSubject()).isEqualTo("alice");
        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
        String foreign = io.lead2cash.devstack.DevTokens.generate().issue("mallory", List.of("admin"), null,
                Duration.ofMinutes(5));
        assertThatThrownBy(() -> parser.parse(foreign)).isInstanceOf(ParseException.class);
    }
}
