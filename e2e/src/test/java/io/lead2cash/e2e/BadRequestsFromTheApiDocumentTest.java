package io.lead2cash.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lead2cash.devstack.suite.Suite;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Thousands of bad requests generated from the suite's own merged OpenAPI document, sent through the gateway to every
 * operation by a caller holding every role: wrong JSON types, missing and unknown fields, oversized and out-of-range
 * values, control characters, malformed JSON, trailing content, wrong media types, bad paging and unknown ids. None
 * may be answered 5xx or accepted; every answer is problem+json; no list changes. Hostile but valid text (injection
 * strings in a search) may be answered 200, never 5xx.
 */
class BadRequestsFromTheApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> HOSTILE_TEXT = List.of("' OR '1'='1", "'; DROP TABLE lead; --", "<script>alert(1)</script>",
            "%", "_", "\\", "${jndi:ldap://x}", "../../etc/passwd", "\u00e9\u4e2d\ud83d\ude00");
    private static final List<String> LISTS = List.of("/api/leads", "/api/accounts", "/api/contacts", "/api/products",
            "/api/unit-groups", "/api/price-lists", "/api/discount-lists", "/api/opportunities", "/api/quotes",
            "/api/activities", "/api/competitors", "/api/sales-literature", "/api/orders", "/api/invoices");

    /** One generated request and whether it is invalid (must be refused) or only hostile (must not fail). */
    record Attempt(String method, String path, String query, String contentType, String body, boolean invalid, String what) {
    }

    private JsonNode document;
    private String gateway;
    private String token;

    @Test
    void noGeneratedBadRequestIsAnsweredWithA5xxOrAcceptedOrUndeclaredAndEachRefusalIsProblemJsonChangingNothing() throws Exception {
        Suite suite = SuiteUnderTest.get();
        gateway = suite.gatewayUrl();
        token = suite.tokens().issue("fuzzer", List.of("sales-rep", "sales-manager", "catalog-manager", "billing-clerk",
                "admin", "integration"), "fuzz", Duration.ofMinutes(30));
        document = JSON.readTree(send(new Attempt("GET", "/openapi", "", null, null, false, "document")).body());
        Map<String, Long> before = settledCounts();

        List<Attempt> attempts = generate();
        Map<String, List<String>> failures = new TreeMap<>();
        int refused = 0;
        int hostileAnswered = 0;
        for (Attempt attempt : attempts) {
            HttpResponse<String> answer = send(attempt);
            int status = answer.statusCode();
            String type = answer.headers().firstValue("Content-Type").orElse("");
            String call = attempt.method() + " " + attempt.path() + attempt.query() + " [" + attempt.what() + "]";
            JsonNode declared = declaredResponses(attempt);
            if (declared != null && !declared.has(Integer.toString(status))) {
                // The document is the contract clients are generated from: every answer must be one it declares.
                failures.computeIfAbsent("answered " + status + ", which the document does not declare",
                        k -> new ArrayList<>()).add(call);
            } else if (status >= 500) {
                failures.computeIfAbsent("answered " + status, k -> new ArrayList<>()).add(call);
            } else if (attempt.invalid() && status < 400) {
                failures.computeIfAbsent("accepted with " + status, k -> new ArrayList<>()).add(call);
            } else if (status >= 400 && !type.startsWith("application/problem+json")) {
                failures.computeIfAbsent("not problem+json (" + status + " " + type + ")", k -> new ArrayList<>()).add(call);
            } else if (status == 401) {
                failures.computeIfAbsent("401 with a valid token", k -> new ArrayList<>()).add(call);
            } else if (status >= 400) {
                refused++;
            } else {
                hostileAnswered++;
            }
        }
        System.out.printf("Bad requests from the API document: %d sent to %d operations, %d refused with problem+json, "
                + "%d hostile but valid answered, %d failures%n", attempts.size(), operations().size(), refused,
                hostileAnswered, failures.values().stream().mapToInt(List::size).sum());
        failures.forEach((kind, calls) -> System.out.printf("  %s: %d, e.g. %s%n", kind, calls.size(),
                calls.subList(0, Math.min(5, calls.size()))));

        assertThat(attempts.size()).as("requests generated").isGreaterThan(2000);
        assertThat(failures).as("failures by kind").isEmpty();
        assertThat(settledCounts()).as("every list as before").isEqualTo(before);
    }

    /** The responses the document declares for the operation the attempt calls (the most literal matching path). */
    private JsonNode declaredResponses(Attempt attempt) {
        String best = null;
        int fewestParameters = Integer.MAX_VALUE;
        String method = attempt.method().toLowerCase();
        for (Iterator<String> templates = document.path("paths").fieldNames(); templates.hasNext();) {
            String template = templates.next();
            int parameters = template.split("\\{", -1).length - 1;
            if (document.path("paths").path(template).has(method) && parameters < fewestParameters
                    && attempt.path().matches(template.replaceAll("\\{[^}]+}", "[^/]+"))) {
                best = template;
                fewestParameters = parameters;
            }
        }
        return best == null ? null : document.path("paths").path(best).path(method).path("responses");
    }

    // ---- generation ----

    private List<Map.Entry<String, Map.Entry<String, JsonNode>>> operations() {
        List<Map.Entry<String, Map.Entry<String, JsonNode>>> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    operations.add(Map.entry(path.getKey(), method));
                }
            }
        }
        return operations;
    }

    private List<Attempt> generate() {
        List<Attempt> attempts = new ArrayList<>();
        for (Map.Entry<String, Map.Entry<String, JsonNode>> operation : operations()) {
            String template = operation.getKey();
            String method = operation.getValue().getKey().toUpperCase();
            JsonNode spec = operation.getValue().getValue();
            List<JsonNode> parameters = new ArrayList<>();
            spec.path("parameters").forEach(p -> parameters.add(resolve(p)));
            String path = unknownIds(template, parameters);
            JsonNode bodySchema = resolve(spec.path("requestBody").path("content").path("application/json").path("schema"));
            String body = bodySchema.isMissingNode() ? null : JSON.valueToTree(example(bodySchema, 0)).toString();
            String contentType = body == null ? null : "application/json";

            for (JsonNode parameter : parameters) {
                String name = parameter.path("name").asText();
                JsonNode schema = resolve(parameter.path("schema"));
                if ("query".equals(parameter.path("in").asText())) {
                    for (String bad : badValues(schema)) {
                        attempts.add(new Attempt(method, path, "?" + name + "=" + encode(bad), contentType, body, true,
                                "query " + name + " = " + printable(bad)));
                    }
                    if (isFreeText(schema) && "GET".equals(method)) {
                        for (String hostile : HOSTILE_TEXT) {
                            attempts.add(new Attempt(method, path, "?" + name + "=" + encode(hostile), null, null, false,
                                    "hostile query " + name));
                        }
                    }
                } else if ("path".equals(parameter.path("in").asText())) {
                    for (String bad : List.of("not-a-uuid", "x\u0000y", "' OR 1=1 --", "%", "a".repeat(600), "-1")) {
                        attempts.add(new Attempt(method, template.replace("{" + name + "}", encode(bad)).replaceAll("\\{[^}]+}",
                                UUID.randomUUID().toString()), "", contentType, body, true, "path " + name + " = " + printable(bad)));
                    }
                }
            }
            if (!"GET".equals(method) && !"DELETE".equals(method)) {
                String sample = body == null ? "{}" : body;
                attempts.add(new Attempt(method, path, "", "text/plain", sample, true, "text/plain body"));
                attempts.add(new Attempt(method, path, "", "application/xml", "<lead/>", true, "XML body"));
                attempts.add(new Attempt(method, path, "", "application/x-www-form-urlencoded", "a=b", true, "form body"));
            }
            if (body != null) {
                addBodyAttempts(attempts, method, path, bodySchema);
            }
        }
        return attempts;
    }

    private void addBodyAttempts(List<Attempt> attempts, String method, String path, JsonNode schema) {
        String base = JSON.valueToTree(example(schema, 0)).toString();
        for (String malformed : List.of("{", "{\"a\": }", "[1, 2]", "\"text\"", "42", base + " {}", base + " x",
                "{\"x\": 1} {\"y\": 2}", "{\"unterminated: 1}", "\u0000")) {
            attempts.add(new Attempt(method, path, "", "application/json", malformed, true, "malformed " + printable(malformed)));
        }
        if (!"object".equals(typeOf(schema))) {
            return;
        }
        if (schema.path("required").size() > 0) {
            attempts.add(new Attempt(method, path, "", "application/json", "{}", true, "missing required fields"));
        }
        ObjectNode extra = (ObjectNode) JSON.valueToTree(example(schema, 0));
        extra.put("unexpectedField", "surprise");
        attempts.add(new Attempt(method, path, "", "application/json", extra.toString(), true, "unknown field"));
        mutate(attempts, method, path, schema, (ObjectNode) JSON.valueToTree(example(schema, 0)), "", 0);
    }

    /** Every property of the object (and of objects inside it) given, in turn, values its schema refuses. */
    private void mutate(List<Attempt> attempts, String method, String path, JsonNode schema, ObjectNode root, String prefix,
            int depth) {
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode propertySchema = resolve(property.getValue());
            if (propertySchema.path("readOnly").asBoolean(false)) {
                continue;
            }
            String field = prefix + property.getKey();
            for (JsonNode bad : badJson(propertySchema)) {
                ObjectNode body = root.deepCopy();
                set(body, field, bad);
                attempts.add(new Attempt(method, path, "", "application/json", body.toString(), true,
                        "body " + field + " = " + printable(bad.toString())));
            }
            if ("object".equals(typeOf(propertySchema)) && depth < 2 && propertySchema.has("properties")) {
                ObjectNode withObject = root.deepCopy();
                set(withObject, field, (JsonNode) JSON.valueToTree(example(propertySchema, depth + 1)));
                mutate(attempts, method, path, propertySchema, withObject, field + ".", depth + 1);
            }
        }
    }

    private static void set(ObjectNode root, String dotted, JsonNode value) {
        String[] parts = dotted.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.path(parts[i]);
            if (!child.isObject()) {
                child = node.putObject(parts[i]);
            }
            node = (ObjectNode) child;
        }
        node.set(parts[parts.length - 1], value);
    }

    /** JSON values the property's schema refuses. */
    private List<JsonNode> badJson(JsonNode schema) {
        List<JsonNode> bad = new ArrayList<>();
        String type = typeOf(schema);
        boolean decimal = isDecimal(schema);
        if (decimal) {
            bad.addAll(List.of(NODES.textNode("twelve"), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(),
                    NODES.textNode("1e400000"), NODES.textNode("12,50"), NODES.numberNode(new java.math.BigDecimal("1E-999999999")),
                    NODES.numberNode(new java.math.BigDecimal("0.12345678901"))));
        } else if ("string".equals(type)) {
            bad.addAll(List.of(NODES.numberNode(42), NODES.numberNode(4.5), NODES.booleanNode(true), NODES.objectNode(),
                    NODES.arrayNode(), NODES.textNode("nul\u0000inside"), NODES.textNode("bell\u0007inside")));
            if (schema.has("maxLength")) {
                bad.add(NODES.textNode("x".repeat(schema.path("maxLength").asInt() + 1)));
            } else {
                bad.add(NODES.textNode("x".repeat(100_001)));
            }
            if (schema.has("enum")) {
                bad.add(NODES.textNode("NOT_A_VALUE"));
                bad.add(NODES.textNode(schema.path("enum").path(0).asText().toLowerCase() + "x"));
            }
            String format = schema.path("format").asText();
            if ("uuid".equals(format)) {
                bad.add(NODES.textNode("not-a-uuid"));
            } else if ("date".equals(format)) {
                bad.addAll(List.of(NODES.textNode("2026-13-45"), NODES.textNode("tomorrow")));
            } else if ("date-time".equals(format)) {
                bad.add(NODES.textNode("yesterday at noon"));
            }
        } else if ("integer".equals(type)) {
            bad.addAll(List.of(NODES.textNode("12"), NODES.numberNode(1.5), NODES.booleanNode(true), NODES.textNode("ten"),
                    NODES.numberNode(new java.math.BigInteger("99999999999999999999"))));
            if (schema.has("minimum")) {
                bad.add(NODES.numberNode(schema.path("minimum").asLong() - 1));
            }
            if (schema.has("maximum")) {
                bad.add(NODES.numberNode(schema.path("maximum").asLong() + 1));
            }
        } else if ("boolean".equals(type)) {
            bad.addAll(List.of(NODES.textNode("true"), NODES.numberNode(1), NODES.textNode("yes")));
        } else if ("array".equals(type)) {
            bad.addAll(List.of(NODES.objectNode(), NODES.textNode("[]"), NODES.numberNode(1)));
        } else if ("object".equals(type)) {
            bad.addAll(List.of(NODES.numberNode(42), NODES.textNode("{}"), NODES.arrayNode()));
        }
        return bad;
    }

    /** Query values the parameter's schema refuses. */
    private List<String> badValues(JsonNode schema) {
        List<String> bad = new ArrayList<>(List.of("nul\u0000inside", "tab\tinside", "x".repeat(600)));
        String type = typeOf(schema);
        String format = schema.path("format").asText();
        if ("boolean".equals(type)) {
            bad.addAll(List.of("maybe", "1", "yes", "TRUE "));
        } else if ("integer".equals(type)) {
            bad.addAll(List.of("ten", "1.5", "99999999999", "", "0x10"));
            if (schema.has("minimum")) {
                bad.add(Long.toString(schema.path("minimum").asLong() - 1));
            }
            if (schema.has("maximum")) {
                bad.add(Long.toString(schema.path("maximum").asLong() + 1));
            }
        } else if ("uuid".equals(format)) {
            bad.addAll(List.of("not-a-uuid", "1-2-3-4-5", "' OR 1=1 --"));
        } else if ("date".equals(format)) {
            bad.addAll(List.of("2026-13-45", "tomorrow"));
        } else if ("date-time".equals(format)) {
            bad.addAll(List.of("yesterday", "2026-12-01"));
        } else if (schema.has("enum")) {
            bad.add("NOT_A_VALUE");
        }
        return bad;
    }

    private boolean isFreeText(JsonNode schema) {
        return "string".equals(typeOf(schema)) && !schema.has("format") && !schema.has("enum");
    }

    /** A body in the schema's shape: required properties with plausible values (the ids exist nowhere). */
    private Object example(JsonNode schema, int depth) {
        schema = resolve(schema);
        String type = typeOf(schema);
        if (isDecimal(schema)) {
            return "10.00";
        }
        switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth > 3) {
                    return object;
                }
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (required.contains(property.getKey())) {
                        object.put(property.getKey(), example(property.getValue(), depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                return depth > 3 ? List.of() : List.of(example(schema.path("items"), depth + 1));
            }
            case "integer" -> {
                return schema.has("minimum") ? schema.path("minimum").asLong() : 1;
            }
            case "boolean" -> {
                return false;
            }
            default -> {
                if (schema.has("enum")) {
                    return schema.path("enum").path(0).asText();
                }
                return switch (schema.path("format").asText()) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date" -> "2027-01-15";
                    case "date-time" -> "2027-01-15T10:00:00Z";
                    default -> schema.has("pattern") && schema.path("pattern").asText().contains("A-Z]{3}") ? "EUR" : "Sample";
                };
            }
        }
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    /** A decimal travels as a string of digits (the document's Decimal schema, or a pattern of digits). */
    private static boolean isDecimal(JsonNode schema) {
        String pattern = schema.path("pattern").asText();
        return "string".equals(typeOf(schema)) && (pattern.contains("[0-9]") || pattern.contains("\\d"))
                && !schema.has("format");
    }

    /** Follows $ref into the document's components and merges allOf. */
    private JsonNode resolve(JsonNode schema) {
        for (int hops = 0; schema.has("$ref") && hops < 10; hops++) {
            String ref = schema.path("$ref").asText();
            JsonNode target = document.at(ref.substring(1));
            if (schema.size() > 1) {
                ObjectNode merged = ((ObjectNode) target).deepCopy();
                schema.fields().forEachRemaining(f -> {
                    if (!"$ref".equals(f.getKey())) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
                target = merged;
            }
            schema = target;
        }
        if (schema.path("anyOf") instanceof ArrayNode alternatives && alternatives.size() == 2
                && "number".equals(alternatives.path(1).path("type").asText())) {
            // A decimal a request may send as a string or a number: the string's rules say what is refused.
            return resolve(alternatives.path(0));
        }
        if (schema.has("allOf") && schema.path("allOf") instanceof ArrayNode parts) {
            ObjectNode merged = NODES.objectNode();
            for (JsonNode part : parts) {
                merged.setAll((ObjectNode) resolve(part).deepCopy());
            }
            schema.fields().forEachRemaining(f -> {
                if (!"allOf".equals(f.getKey())) {
                    merged.set(f.getKey(), f.getValue());
                }
            });
            return merged;
        }
        return schema;
    }

    private static String unknownIds(String template, List<JsonNode> parameters) {
        String path = template;
        for (JsonNode parameter : parameters) {
            if ("path".equals(parameter.path("in").asText())) {
                JsonNode schema = parameter.path("schema");
                String value = "uuid".equals(schema.path("format").asText()) || schema.has("$ref") ? UUID.randomUUID().toString()
                        : schema.has("enum") ? schema.path("enum").path(0).asText() : "nobody-" + UUID.randomUUID();
                path = path.replace("{" + parameter.path("name").asText() + "}", value);
            }
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    // ---- sending and counting ----

    private HttpResponse<String> send(Attempt attempt) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + attempt.path() + attempt.query()))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        if (attempt.body() != null) {
            request.header("Content-Type", attempt.contentType()).method(attempt.method(),
                    HttpRequest.BodyPublishers.ofString(attempt.body()));
        } else {
            request.method(attempt.method(), HttpRequest.BodyPublishers.noBody());
        }
        for (int tries = 0; ; tries++) {
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 429 || tries > 20) {
                return answer;
            }
            Thread.sleep(1000L * Long.parseLong(answer.headers().firstValue("Retry-After").orElse("1")));
        }
    }

    /** Every list's total as the fuzzer (who sees everything) counts it, once it stops moving (events of earlier tests). */
    private Map<String, Long> settledCounts() throws Exception {
        Map<String, Long> previous = counts();
        for (int i = 0; i < 30; i++) {
            Thread.sleep(1000);
            Map<String, Long> now = counts();
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (String list : LISTS) {
            HttpResponse<String> answer = send(new Attempt("GET", list, "?size=1&count=true", null, null, false, "count"));
            assertThat(answer.statusCode()).as(list).isEqualTo(200);
            counts.put(list, JSON.readTree(answer.body()).path("totalItems").asLong());
        }
        return counts;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String printable(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
        StringBuilder out = new StringBuilder();
        for (char c : shown.toCharArray()) {
            out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
