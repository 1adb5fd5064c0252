package io.lead2cash.devstack.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One service of the suite run as a child JVM, its output in a log file, its readiness asked over HTTP. */
public final class ServiceProcess {

    /** What the supervisor last saw of the service. */
    enum State { STARTING, READY, NOT_READY, EXITED }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    final String name;
    final Path jar;
    final int port;
    final Path log;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private Process process;
    State state = State.STARTING;
    long startedAt;

    ServiceProcess(String name, Path jar, int port, Path log, Map<String, String> environment, List<String> jvmOptions) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.log = log;
        this.environment = environment;
        this.jvmOptions = jvmOptions;
    }

    void start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        startedAt = System.nanoTime();
        process = builder.start();
        state = State.STARTING;
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    /** Whether the service answers 200 on its readiness endpoint. */
    boolean ready() {
        return ready(port);
    }

    public static boolean ready(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    double secondsSinceStart() {
        return (System.nanoTime() - startedAt) / 1e9;
    }

    /** Kills the JVM at once (SIGKILL), as a crash or the kernel's OOM killer would: no shutdown hooks run. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Asks the JVM to stop (SIGTERM: Quarkus shuts down gracefully), then forces it after the grace period. */
    void stop(Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The last error its log reports (the line, shortened), to say why it stopped without opening the log. */
    String lastError() {
        try (var lines = java.nio.file.Files.lines(log, java.nio.charset.StandardCharsets.UTF_8)) {
            String last = null;
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.contains("ERROR") || line.startsWith("Caused by")) {
                    last = line.strip();
                }
            }
            return last == null ? "no error in its log" : last.length() > 400 ? last.substring(0, 400) + "..." : last;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return "its log cannot be read: " + e.getMessage();
        }
    }
}
