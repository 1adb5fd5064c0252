package io.lead2cash.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
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
    private static final String[] SERVICES = {"leads", "catalog", "opportunity", "billing"};

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String service : SERVICES) {
            HttpServer server = vertx.createHttpServer().requestHandler(request -> {
                if (request.path().equals("/q/health/ready")) {
                    request.response().setStatusCode(NOT_READY.contains(service) ? 503 : 200).end();
                    return;
                }
                request.response().putHeader("content-type", "application/json").end(new JsonObject()
                        .put("service", service)
                        .put("method", request.method().name())
                        .put("uri", request.uri())
                        .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                        .put("forwardedProto", request.getHeader("X-Forwarded-Proto"))
                        .put("authorization", request.getHeader("Authorization"))
                        .encode());
            });
            try {
                server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            config.put("lead2cash.gateway.services." + service + ".url", "http://localhost:" + server.actualPort());
        }
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
