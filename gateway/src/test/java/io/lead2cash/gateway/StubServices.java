package io.lead2cash.gateway;

import io.lead2cash.devstack.DevTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Four small HTTP servers standing in for the services: each answers with what it received, and its
 * readiness can be switched off, so the gateway's routing and readiness are observed from the outside.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    static final Set<String> NOT_READY = ConcurrentHashMap.newKeySet();
    /** The paths of the calls the stubs received, as each arrived (before its body). */
    static final java.util.Queue<String> RECEIVED = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** How many calls each kept-alive connection carried, for a service that closes a connection when it is reused. */
    private static final Map<io.vertx.core.http.HttpConnection, Integer> CALLS_ON = new ConcurrentHashMap<>();
    /** Signs the tokens the gateway trusts in these tests. */
    static final DevTokens TOKENS = DevTokens.generate();
    private static final String[] SERVICES = {"leads", "catalog", "opportunity", "billing"};

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String service : SERVICES) {
            HttpServer server = vertx.createHttpServer().requestHandler(request -> {
                RECEIVED.add(request.path());
                if (request.path().endsWith("/closes-reused-connections")
                        && CALLS_ON.merge(request.connection(), 1, Integer::sum) > 1) {
                    // As a service closing an idle connection at the moment the gateway reuses it: nothing answered.
                    request.connection().close();
                    return;
                }
                if (request.path().equals("/q/openapi")) {
                    request.response().putHeader("content-type", "application/json").end(document(service).encode());
                    return;
                }
                if (request.path().endsWith("/slow")) {
                    vertx.setTimer(3000, t -> request.response().end("{}"));
                    return;
                }
                if (request.uri().contains(JOURNEY_LEAD) || request.uri().contains(JOURNEY_OPPORTUNITY)) {
                    request.response().putHeader("content-type", "application/json").end(journeyPart(request.uri()).encode());
                    return;
                }
                if (request.path().equals("/q/health/ready")) {
                    request.response().setStatusCode(NOT_READY.contains(service) ? 503 : 200).end();
                    return;
                }
                request.body().onSuccess(body -> request.response().putHeader("content-type", "application/json")
                        .end(new JsonObject()
                        .put("service", service)
                        .put("method", request.method().name())
                        .put("uri", request.uri())
                        .put("bodyLength", body.length())
                        .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                        .put("forwardedProto", request.getHeader("X-Forwarded-Proto"))
                        .put("authorization", request.getHeader("Authorization"))
                        .put("requestId", request.getHeader("X-Request-Id"))
                        .put("traceparent", request.getHeader("traceparent"))
                        .encode()));
            });
            try {
                server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            config.put("lead2cash.gateway.services." + service + ".url", "http://localhost:" + server.actualPort());
        }
        config.put("lead2cash.gateway.services.leads.timeout", "PT1S");
        config.put("mp.jwt.verify.publickey", TOKENS.publicKeyPem());
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        config.put("lead2cash.gateway.max-body-size", "1000");
        config.put("lead2cash.gateway.max-attachment-size", "5000");
        config.put("lead2cash.gateway.body-read-timeout", "PT2.5S");
        config.put("lead2cash.gateway.max-buffered-bytes-per-caller", "8000");
        return config;
    }

    /** A lead whose opportunity has three quotes, answered in two pages linked by {@code next}. */
    static final String JOURNEY_LEAD = "7d1f4c1e-0000-4000-8000-00000000001e";
    static final String JOURNEY_OPPORTUNITY = "7d1f4c1e-0000-4000-8000-0000000000af";

    private static JsonObject journeyPart(String uri) {
        String at = "2026-12-01T10:00:00Z";
        if (uri.startsWith("/api/leads/")) {
            return new JsonObject().put("id", JOURNEY_LEAD).put("createdAt", at).put("state", "QUALIFIED");
        }
        if (uri.startsWith("/api/opportunities")) {
            return page(new JsonArray().add(new JsonObject().put("id", JOURNEY_OPPORTUNITY).put("createdAt", at)
                    .put("state", "OPEN")), null);
        }
        if (uri.startsWith("/api/quotes") && !uri.contains("cursor=")) {
            return page(new JsonArray().add(quote("QUO-1", at)).add(quote("QUO-2", at)),
                    "/api/quotes?opportunityId=" + JOURNEY_OPPORTUNITY + "&size=200&sort=createdAt&cursor=second");
        }
        if (uri.startsWith("/api/quotes")) {
            return page(new JsonArray().add(quote("QUO-3", at)), null);
        }
        return page(new JsonArray(), null);
    }

    private static JsonObject quote(String number, String at) {
        return new JsonObject().put("id", number).put("quoteNumber", number).put("state", "ACTIVE").put("modifiedAt", at);
    }

    private static JsonObject page(JsonArray items, String next) {
        return new JsonObject().put("items", items).put("size", 2).put("next", next);
    }

    /** Adds a service that is down (nothing listens on its port) at /api/ghosts. */
    public static class WithAGhost implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lead2cash.gateway.services.ghost.url", "http://localhost:" + closedPort(),
                    "lead2cash.gateway.services.ghost.paths", "/api/ghosts");
        }
    }

    static String token(String user, String... roles) {
        return TOKENS.issue(user, java.util.List.of(roles), null, java.time.Duration.ofMinutes(5));
    }

    /** A tiny API document per service; both define Money, the billing one differently. */
    private static JsonObject document(String service) {
        JsonObject money = new JsonObject().put("type", "object").put("properties", new JsonObject()
                .put("amount", new JsonObject().put("type", "string"))
                .put("currency", new JsonObject().put("type", service.equals("billing") ? "integer" : "string")));
        return new JsonObject().put("openapi", "3.1.0").put("info", new JsonObject().put("title", service))
                .put("tags", new io.vertx.core.json.JsonArray().add(new JsonObject().put("name", service)))
                .put("paths", new JsonObject().put("/api/" + service + "-things", new JsonObject().put("get",
                        new JsonObject().put("responses", new JsonObject().put("200", new JsonObject().put("content",
                                new JsonObject().put("application/json", new JsonObject().put("schema",
                                        new JsonObject().put("$ref", "#/components/schemas/Money")))))))))
                .put("components", new JsonObject().put("schemas", new JsonObject().put("Money", money)));
    }

    private static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
