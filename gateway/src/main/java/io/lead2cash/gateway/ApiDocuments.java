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
        sortedPaths.forEach(path -> ((JsonObject) path.getValue()).forEach(operation -> {
            if (operation.getValue() instanceof JsonObject described && described.containsKey("responses")) {
                addEdgeAnswers(described);
            }
        }));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "Lead2Cash API").put("version", "0.1.0")
                        .put("contact", new JsonObject().put("name", "Lead2Cash maintainers")
                                .put("url", "https://github.com/lead2cash/lead2cash/issues"))
                        .put("description", "Every service of the suite through its gateway: leads, catalog, opportunities "
                                + "and quotes, orders and invoices. Authorize with a bearer token (./lead2cash token)."))
                .put("servers", gatewayServer())
                .put("security", new JsonArray().add(new JsonObject().put("bearer", new JsonArray())))
                .put("tags", new JsonArray(new java.util.ArrayList<>(tags.values())))
                .put("paths", sortedPaths)
                .put("components", new JsonObject().put("schemas", schemas).put("securitySchemes", securitySchemes));
    }

    /**
     * What the gateway itself may answer on any call: 408 for a body that does not arrive in time, 413 for a body too
     * large, 429 beyond the caller's rate limit
     * (with Retry-After), 502/503 when the service answers badly or not at all, 504 when it answers too late; and
     * the RateLimit headers and request id on the service's own answers.
     */
    static void addEdgeAnswers(JsonObject operation) {
        JsonObject responses = operation.getJsonObject("responses");
        JsonObject retryAfter = header("Seconds to wait before calling again", true,
                new JsonObject().put("type", "integer").put("format", "int32").put("minimum", 0).put("maximum", 86400));
        JsonObject rateLimitHeaders = new JsonObject()
                .put("RateLimit-Policy", header("The caller's limit: \"name\";q=<calls>;w=<seconds> (IETF "
                        + "RateLimit headers); absent for callers without a limit", false, stringSchema()))
                .put("RateLimit", header("What is left of the limit: \"name\";r=<remaining>;t=<seconds until reset>",
                        false, stringSchema()));
        if (operation.containsKey("requestBody")) {
            responses.put("408", edgeProblem("The body did not arrive within the gateway's read timeout", null));
            responses.put("413", edgeProblem("The body is larger than the gateway accepts", null));
        }
        responses.forEach(answer -> {
            if (answer.getValue() instanceof JsonObject described
                    && (answer.getKey().startsWith("2") || answer.getKey().startsWith("4"))) {
                JsonObject headers = described.getJsonObject("headers", new JsonObject());
                rateLimitHeaders.forEach(h -> headers.put(h.getKey(), h.getValue()));
                headers.put("X-Request-Id", header("The call's id in every log line of the suite (the caller's own, "
                        + "if it sent a valid one)", true, stringSchema()));
                described.put("headers", headers);
            }
        });
        responses.put("429", edgeProblem("Beyond the caller's rate limit: retry after Retry-After seconds",
                rateLimitHeaders.copy().put("Retry-After", retryAfter)));
        responses.put("502", edgeProblem("The service's answer was not valid HTTP", null));
        responses.put("503", edgeProblem("The service cannot be reached or is saturated: retry after Retry-After seconds",
                new JsonObject().put("Retry-After", header("Seconds to wait before calling again", false,
                        retryAfter.getJsonObject("schema")))));
        responses.put("504", edgeProblem("The service did not answer in time; the call may or may not have been applied: "
                + "retry it with the same Idempotency-Key", null));
        // Browsers read an answer only if it names their origin (quarkus.http.cors.origins).
        responses.forEach(answer -> {
            if (answer.getValue() instanceof JsonObject described && described.containsKey("headers")) {
                described.getJsonObject("headers").put("Access-Control-Allow-Origin", header("The calling web "
                        + "page's origin, when it is one of the gateway's allowed origins (LEAD2CASH_CORS_ORIGINS)", false,
                        stringSchema()));
            }
        });
        // Responses in status order, as the services write them.
        JsonObject sorted = new JsonObject();
        new TreeMap<>(responses.getMap()).forEach(sorted::put);
        operation.put("responses", sorted);
    }

    private static JsonObject edgeProblem(String description, JsonObject headers) {
        JsonObject answer = new JsonObject().put("description", description).put("content", new JsonObject()
                .put("application/problem+json", new JsonObject().put("schema",
                        new JsonObject().put("$ref", SCHEMA_REF + "Problem"))));
        if (headers != null) {
            answer.put("headers", headers);
        }
        return answer;
    }

    private static JsonObject header(String description, boolean required, JsonObject schema) {
        return new JsonObject().put("description", description).put("required", required).put("schema", schema);
    }

    private static JsonObject stringSchema() {
        return new JsonObject().put("type", "string").put("maxLength", 200);
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
        return new JsonArray().add(new JsonObject().put("url", "/").put("description",
                "This gateway, in whichever environment it runs (local, staging or production)").put("x-internal", false));
    }

    private static void send(RoutingContext ctx, JsonObject document) {
        ctx.response().putHeader("Content-Type", "application/json").end(document.encodePrettily());
    }
}
