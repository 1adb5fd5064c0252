package io.lead2cash.gateway;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Blocking JSON calls from the gateway to the services (for the documents and journeys it composes), with timeouts. */
@ApplicationScoped
public class ServiceCalls {

    /** A service's answer: its status and JSON body (null when it had none or it was not JSON). */
    public record Answer(int status, Object json) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonObject object() {
            return json instanceof JsonObject o ? o : null;
        }

        JsonArray array() {
            return json instanceof JsonArray a ? a : new JsonArray();
        }
    }

    /** The service could not be reached or did not answer in time. */
    public static class Unreachable extends RuntimeException {
        final String service;

        Unreachable(String service, Throwable cause) {
            super(service + "-service cannot be reached: " + cause.getMessage(), cause);
            this.service = service;
        }
    }

    @Inject GatewayConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** GETs {@code pathAndQuery} from a service, passing the caller's token and request id on. */
    public Answer get(String service, String pathAndQuery, String authorization, String requestId) {
        URI base = config.services().get(service).url();
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (requestId != null) {
            request.header(EdgeGuard.REQUEST_ID, requestId);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            throw new Unreachable(service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable(service, e);
        }
    }

    private static Object parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            String trimmed = body.trim();
            return trimmed.startsWith("[") ? new JsonArray(trimmed) : new JsonObject(trimmed);
        } catch (DecodeException e) {
            return null;
        }
    }
}
