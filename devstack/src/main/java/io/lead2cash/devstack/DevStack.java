package io.lead2cash.devstack;

import java.nio.file.Path;

/** PostgreSQL, Kafka and the signing key, started together for tests or for the local suite. */
public final class DevStack implements AutoCloseable {

    private final Postgres postgres;
    private final Kafka kafka;
    private final String externalBootstrap;
    private final DevTokens tokens;
    private final String testDatabase;

    private DevStack(Postgres postgres, Kafka kafka, String externalBootstrap, DevTokens tokens, String testDatabase) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.externalBootstrap = externalBootstrap;
        this.tokens = tokens;
        this.testDatabase = testDatabase;
    }

    /**
     * Infrastructure for one test JVM: fresh embedded servers on free ports under {@code root}, or the
     * external servers from the environment (with a database of its own, so parallel runs do not meet).
     */
    public static DevStack forTests(Path root) {
        Postgres postgres = Postgres.fromEnvironmentOr(root.resolve("postgres"), 0);
        String database = postgres.isEmbedded() ? "lead2cash_test"
                : "lead2cash_test_" + Long.toHexString(System.nanoTime());
        postgres.ensureDatabase(database);
        String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        Kafka kafka = bootstrap == null || bootstrap.isBlank() ? Kafka.start(root.resolve("kafka"), 0, 3) : null;
        return new DevStack(postgres, kafka, bootstrap, DevTokens.generate(), database);
    }

    /** Starts the local suite's infrastructure, keeping data under {@code dataDirectory}. */
    public static DevStack forSuite(Path dataDirectory, int postgresPort, int kafkaPort, int partitions) {
        return forSuite(dataDirectory, postgresPort, kafkaPort, partitions, false);
    }

    /**
     * The same; {@code secured} starts them as production ones are reached: the broker with only a SASL_SSL listener
     * and ACLs ({@link KafkaSecurity}), PostgreSQL over TLS with passwords and a role per service
     * ({@link Postgres#embeddedSecured}), their data and keys in folders of their own ({@code kafka-secured},
     * {@code kafka-keys}, {@code postgres-secured}, {@code postgres-keys}).
     */
    public static DevStack forSuite(Path dataDirectory, int postgresPort, int kafkaPort, int partitions,
            boolean secured) {
        String givenServer = System.getenv("LEAD2CASH_DB_URL");
        Postgres postgres = secured && (givenServer == null || givenServer.isBlank())
                ? Postgres.embeddedSecured(dataDirectory.resolve("postgres-secured"), postgresPort,
                        dataDirectory.resolve("postgres-keys"))
                : Postgres.fromEnvironmentOr(dataDirectory.resolve("postgres"), postgresPort);
        String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        Kafka kafka = null;
        if (bootstrap == null || bootstrap.isBlank()) {
            try {
                kafka = secured
                        ? Kafka.start(dataDirectory.resolve("kafka-secured"), kafkaPort, partitions,
                                KafkaSecurity.inDirectory(dataDirectory.resolve("kafka-keys")))
                        : Kafka.start(dataDirectory.resolve("kafka"), kafkaPort, partitions);
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
        }
        return new DevStack(postgres, kafka, bootstrap, DevTokens.inDirectory(dataDirectory.resolve("keys")), null);
    }

    public Postgres postgres() {
        return postgres;
    }

    /** The embedded broker, or null when an external cluster is used. */
    public Kafka kafka() {
        return kafka;
    }

    public String bootstrapServers() {
        return kafka != null ? kafka.bootstrapServers() : externalBootstrap;
    }

    public DevTokens tokens() {
        return tokens;
    }

    /** The database a test JVM's service uses. */
    public String testDatabaseUrl() {
        return postgres.jdbcUrl(testDatabase);
    }

    @Override
    public void close() {
        try {
            if (kafka != null) {
                kafka.close();
            }
        } finally {
            postgres.close();
        }
    }
}
