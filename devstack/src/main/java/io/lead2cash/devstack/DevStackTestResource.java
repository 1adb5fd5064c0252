package io.lead2cash.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Quarkus test resource: a real PostgreSQL and a real Kafka broker on free ports (or the servers named by
 * {@code LEAD2CASH_DB_URL} / {@code KAFKA_BOOTSTRAP_SERVERS}), and a fresh signing key whose public half
 * the service trusts. Started once per test JVM and shared by all test classes in it.
 */
public class DevStackTestResource implements QuarkusTestResourceLifecycleManager {

    private static DevStack stack;

    /** The infrastructure of this test JVM, started on first use. */
    public static synchronized DevStack stack() {
        if (stack == null) {
            quietInfrastructureLoggers();
            try {
                Path root = Files.createTempDirectory("lead2cash-test-");
                stack = DevStack.forTests(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-stop"));
        }
        return stack;
    }

    /** Tokens signed with the key the services under test trust. */
    public static DevTokens tokens() {
        return stack().tokens();
    }

    @Override
    public Map<String, String> start() {
        DevStack s = stack();
        return Map.of(
                "quarkus.datasource.jdbc.url", s.testDatabaseUrl(),
                "quarkus.datasource.username", s.postgres().user(),
                "quarkus.datasource.password", s.postgres().password(),
                "kafka.bootstrap.servers", s.bootstrapServers(),
                "mp.jwt.verify.publickey", s.tokens().publicKeyPem(),
                "mp.jwt.verify.issuer", DevTokens.ISSUER);
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; stopped by the shutdown hook.
    }

    private static void quietInfrastructureLoggers() {
        for (String name : new String[] {"kafka", "org.apache.kafka", "state.change.logger", "io.zonky"}) {
            Logger.getLogger(name).setLevel(Level.WARNING);
        }
    }
}
