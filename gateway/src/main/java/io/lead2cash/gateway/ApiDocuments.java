package io.lead2cash.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * The API of the whole suite in one OpenAPI document at {@code /openapi} (each service's own at
 * {@code /openapi/<service>}), gathered from the services' documents, and the Swagger UI at {@code /swagger-ui/}
 * that lists them all and sends calls through the gateway with a bearer token.
 */
@ApplicationScoped
public class ApiDocuments {

    private static final Logger LOG = Logger.getLogger(ApiDocuments.class);
    private static final String SCHEMA_REF = "#/components/schemas/";

    @Inject GatewayConfig config;
    @Inject ServiceCalls calls;

    void register(@Observes Router router) {
        router.get("/openapi").blockingHandler(this::all);
        router.get("/openapi/:service").blockingHandler(this::one);
    }

    private void one(RoutingContext ctx) {
        String service = ctx.pathParam("service");
        if (!config.services().containsKey(service)) {
            EdgeProblems.send(ctx, 404, "not-found", "Not found", "No service named " + service + "; services are "
                    + config.services().keySet());
            return;
        }
        JsonObject document = fetch(service);
        if (document == null) {
            EdgeProblems.send(ctx, 503, "unavailable", "Service unavailable", "The " + service
                    + "-service's API document cannot be fetched now");
            return;
        }
        send(ctx, document.put("servers", gatewayServer()));
    }

    private void all(RoutingContext ctx) {
        // Open to anyone, so kept for a while rather than gathered from every service on each call.
        Cached cached = merged;
        if (cached == null || System.nanoTime() - cached.at() > 30_000_000_000L) {
            Map<String, JsonObject> documents = new TreeMap<>();
            for (String service : config.services().keySet()) {
                JsonObject document = fetch(service);
                if (document != null) {
                    documents.put(service, document);
                }
            }
            cached = new Cached(merge(documents).encodePrettily(), System.nanoTime());
            if (documents.size() == config.services().size()) {
                merged = cached;
            }
        }
        ctx.response().putHeader("Content-Type", "application/json").end(cached.json());
    }

    /** The merged document and when it was gathered. */
    private record Cached(String json, long at) {
    }

    private volatile Cached merged;

    /**
     * One document from many: paths, tags and schemas side by side. Where services define a schema name
     * differently, the definition most of them share keeps the name and the others are prefixed with their service.
     */
    static JsonObject merge(Map<String, JsonObject> documents) {
        Map<String, Map<Object, Integer>> definitions = new java.util.HashMap<>();
        documents.values().forEach(d -> schemasOf(d).forEach(e ->
                definitions.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).merge(e.getValue(), 1, Integer::sum)));
        Map<String, Object> canonical = new java.util.HashMap<>();
        definitions.forEach((name, counts) -> canonical.put(name,
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));

        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        JsonObject securitySchemes = new JsonObject();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        for (var entry : documents.entrySet()) {
            JsonObject document = entry.getValue();
            for (String name : schemasOf(document).fieldNames()) {
                if (!canonical.get(name).equals(schemasOf(document).getValue(name))) {
                    String renamed = entry.getKey() + "." + name;
                    document = new JsonObject(document.encode().replace("\"" + SCHEMA_REF + name + "\"",
                            "\"" + SCHEMA_REF + renamed + "\""));
                    schemasOf(document).put(renamed, schemasOf(document).remove(name));
                }
            }
            JsonObject components = document.getJsonObject("components", new JsonObject());
            schemasOf(document).forEach(e -> schemas.put(e.getKey(), e.getValue()));
            components.getJsonObject("securitySchemes", new JsonObject()).forEach(e -> securitySchemes.put(e.getKey(), e.getValue()));
            document.getJsonObject("paths", new JsonObject()).forEach(e -> paths.put(e.getKey(), e.getValue()));
            document.getJsonArray("tags", new JsonArray()).forEach(t -> {
                JsonObject tag = (JsonObject) t;
                tags.putIfAbsent(tag.getString("name"), tag);
            });
        }
        JsonObject sortedPaths = new JsonObject();
        new TreeMap<>(paths.getMap()).forEach(sortedPaths::put);
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "Lead2Cash API").put("version", "0.1.0")
                        .put("description", "Every service of the suite through its gateway: leads, catalog, opportunities "
                                + "and quotes, orders and invoices. Authorize with a bearer token (./lead2cash token)."))
                .put("servers", gatewayServer())
                .put("tags", new JsonArray(new java.util.ArrayList<>(tags.values())))
                .put("paths", sortedPaths)
                .put("components", new JsonObject().put("schemas", schemas).put("securitySchemes", securitySchemes));
    }

    private static JsonObject schemasOf(JsonObject document) {
        JsonObject components = document.getJsonObject("components");
        if (components == null) {
            components = new JsonObject();
            document.put("components", components);
        }
        JsonObject schemas = components.getJsonObject("schemas");
        if (schemas == null) {
            schemas = new JsonObject();
            components.put("schemas", schemas);
        }
        return schemas;
    }

    private JsonObject fetch(String service) {
        try {
            ServiceCalls.Answer answer = calls.get(service, "/q/openapi?format=json", null, null);
            if (answer.ok() && answer.object() != null) {
                return answer.object();
            }
            LOG.warnf("%s-service answered %d for its API document", service, answer.status());
        } catch (ServiceCalls.Unreachable e) {
            LOG.warnf("%s; its API is left out of the document", e.getMessage());
        }
        return null;
    }

    private static JsonArray gatewayServer() {
        return new JsonArray().add(new JsonObject().put("url", "/").put("description", "this gateway"));
    }

    private static void send(RoutingContext ctx, JsonObject document) {
        ctx.response().putHeader("Content-Type", "application/json").end(document.encodePrettily());
    }
}
