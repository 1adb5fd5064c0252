package io.lead2cash.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker in KRaft mode, run in this JVM from the Kafka jars (same version as the
 * clients, which the Quarkus BOM pins). Its log lives in a folder of ours, so topics survive a restart.
 */
public final class Kafka implements AutoCloseable {

    private static final String CONTROLLER = "CONTROLLER";

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private final int partitions;
    private final KafkaSecurity security;
    private KafkaRaftServer server;

    private Kafka(Path logDirectory, int port, int controllerPort, int partitions, KafkaSecurity security) {
        this.logDirectory = logDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.partitions = partitions;
        this.security = security;
    }

    /**
     * Formats the log folder if new and starts the broker.
     *
     * @param port client port (0: any free one); the controller listens on another free or {@code port + 1}
     */
    public static Kafka start(Path logDirectory, int port, int partitions) {
        return start(logDirectory, port, partitions, null);
    }

    /**
     * Starts a broker whose only client listener is SASL_SSL with ACLs ({@link KafkaSecurity}), as a managed cluster
     * is; null security starts a plain one.
     */
    public static Kafka start(Path logDirectory, int port, int partitions, KafkaSecurity security) {
        int clientPort = port > 0 ? port : Ports.free();
        int controllerPort = port > 0 && !Ports.inUse(port + 1) ? port + 1 : Ports.free();
        Kafka kafka = new Kafka(logDirectory, clientPort, controllerPort, partitions, security);
        kafka.start();
        return kafka;
    }

    /** The secured listener's keys and logins, or null for a plain broker. */
    public KafkaSecurity security() {
        return security;
    }

    /**
     * Runs a broker as a process of its own ({@link KafkaProcess}):
     * {@code <log dir> <port> <controller port> <partitions>}; SIGTERM stops it cleanly.
     */
    public static void main(String[] args) throws InterruptedException {
        Kafka kafka = new Kafka(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), null);
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "kafka-stop"));
        System.out.println("Kafka broker ready on localhost:" + kafka.port);
        Thread.currentThread().join();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Starts (or restarts after {@link #stop()}) the broker on the same ports and log. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            KafkaConfig config = KafkaConfig.fromProps(properties(), false);
            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                Formatter formatter = new Formatter();
                if (security != null) {
                    formatter.setScramArguments(security.scramLogins());
                }
                formatter
                        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                        .setClusterId(Uuid.randomUuid().toString())
                        .setNodeId(1)
                        .setControllerListenerName(CONTROLLER)
                        .setMetadataLogDirectory(logDirectory.toString())
                        .setDirectories(List.of(logDirectory.toString()))
                        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                        .run();
            }
            KafkaRaftServer s = new KafkaRaftServer(config, Time.SYSTEM);
            s.startup();
            server = s;
            if (security != null) {
                security.grant(bootstrapServers(), partitions);
                security.useForTools(bootstrapServers());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start Kafka on port " + port + " with log " + logDirectory
                    + ": " + e.getMessage(), e);
        }
    }

    /** Stops the broker, keeping its log: used to show that producers survive an outage. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", CONTROLLER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDirectory.toString());
        p.put("num.partitions", String.valueOf(partitions));
        p.put("auto.create.topics.enable", "true");
        // One node: every internal topic has one replica; fewer offset partitions start faster.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        // The log cleaner (it compacts the consumer offsets) takes 128 MB of heap by default; a few MB are plenty here.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        if (security != null) {
            security.configureBroker(p, port, controllerPort);
        }
        return p;
    }
}
