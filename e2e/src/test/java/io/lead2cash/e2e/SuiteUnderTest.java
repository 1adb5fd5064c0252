package io.lead2cash.e2e;

import static io.restassured.RestAssured.given;

import io.lead2cash.devstack.TrustedIdentityProvider;
import io.lead2cash.devstack.suite.Suite;
import io.lead2cash.devstack.suite.SuitePorts;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * The packaged suite, started once per test JVM as {@code ./lead2cash up --secure} starts it (on free ports and a fresh
 * data folder), trusting the {@link IdentityProviderUnderTest}, and stopped when the JVM ends; tests reach it only
 * through the gateway and Kafka.
 */
final class SuiteUnderTest {

    private static Suite suite;
    private static Path data;

    private SuiteUnderTest() {
    }

    static synchronized Suite get() {
        if (suite == null) {
            try {
                data = Files.createTempDirectory("lead2cash-e2e-");
                // On infrastructure secured as production's is (Kafka: SASL_SSL, a login and ACLs per service; PostgreSQL:
                // TLS verify-full, a role per service; tokens from an OpenID Connect provider found by its discovery
                // document): the whole chain runs there.
                IdentityProviderUnderTest identityProvider = IdentityProviderUnderTest.get();
                Suite started = new Suite(Path.of("..").toAbsolutePath().normalize(), data, SuitePorts.free(), System.out)
                        .secured()
                        .trusting(TrustedIdentityProvider.discover(identityProvider.issuer()), identityProvider);
                Runtime.getRuntime().addShutdownHook(new Thread(SuiteUnderTest::stop, "e2e-suite-stop"));
                suite = started;
                started.start(Duration.ofMinutes(4));
            } catch (Exception e) {
                throw new IllegalStateException("The suite did not start: " + e.getMessage(), e);
            }
        }
        return suite;
    }

    /** A request to the gateway as a user with roles (team may be null). */
    static RequestSpecification as(String user, String team, String... roles) {
        Suite s = get();
        String token = s.tokens().issue(user, List.of(roles), team, Duration.ofMinutes(10));
        return given().baseUri(s.gatewayUrl()).header("Authorization", "Bearer " + token).contentType("application/json");
    }

    /** A request to the gateway without a token. */
    static RequestSpecification anonymous() {
        return given().baseUri(get().gatewayUrl());
    }

    private static void stop() {
        if (suite != null) {
            suite.close();
        }
        try (var files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not remove " + data + ": " + e.getMessage());
        }
    }
}
