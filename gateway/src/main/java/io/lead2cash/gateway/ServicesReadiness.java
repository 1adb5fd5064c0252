package io.lead2cash.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** The gateway is ready only when every service behind it reports ready (asked in parallel, with a timeout). */
@Readiness
@ApplicationScoped
public class ServicesReadiness implements HealthCheck {

    private final GatewayConfig config;
    private final HttpClient http;

    ServicesReadiness(GatewayConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.readinessTimeout()).build();
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<String>> answers = new TreeMap<>();
        config.services().forEach((name, service) -> answers.put(name + "-service", ask(service.url())));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Lead2Cash services").up();
        answers.forEach((service, answer) -> {
            String state = answer.join();
            response.withData(service, state);
            if (!"UP".equals(state)) {
                response.down();
            }
        });
        return response.build();
    }

    private CompletableFuture<String> ask(URI base) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                .timeout(config.readinessTimeout()).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> r.statusCode() == 200 ? "UP" : "DOWN (HTTP " + r.statusCode() + ")")
                .exceptionally(e -> "DOWN (" + (e.getCause() != null ? e.getCause() : e).getClass().getSimpleName() + ")");
    }
}
