package io.lead2cash.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The single-node KRaft broker of {@link Kafka} run as a JVM of its own, so it can be measured, stopped and started,
 * or killed, apart from the process that drives it. Its log folder survives restarts; its output goes to a file.
 */
public final class KafkaProcess implements AutoCloseable {

    /** A small broker: one node, a few partitions, test-sized traffic. */
    private static final List<String> JVM = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx192m",
            "-XX:MaxMetaspaceSize=128m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=error", "-Dorg.slf4j.simpleLogger.log.kafka=error");

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private final int partitions;
    private final Path output;
    private Process process;

    private KafkaProcess(Path logDirectory, int port, int controllerPort, int partitions, Path output) {
        this.logDirectory = logDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.partitions = partitions;
        this.output = output;
    }

    /**
     * Starts a broker process and waits until it takes connections.
     *
     * @param port client port, or 0 for a free one
     * @param output the file its output is appended to
     */
    public static KafkaProcess start(Path logDirectory, int port, int partitions, Path output) {
        KafkaProcess kafka = new KafkaProcess(logDirectory, port > 0 ? port : Ports.free(), Ports.free(), partitions, output);
        kafka.start();
        return kafka;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** The broker's process id, or -1 while it is stopped. */
    public synchronized long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    /** Starts (or restarts) the broker on the same ports and log, and waits until it accepts connections. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Kafka.class.getName(),
                logDirectory.toString(), Integer.toString(port), Integer.toString(controllerPort),
                Integer.toString(partitions)));
        try {
            Files.createDirectories(output.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Kafka broker process", e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!Ports.inUse(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("The Kafka broker did not start; see " + output);
            }
            sleep(100);
        }
    }

    /** Stops the broker cleanly (SIGTERM), keeping its log. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Kills the broker at once (SIGKILL), as a crash would. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
