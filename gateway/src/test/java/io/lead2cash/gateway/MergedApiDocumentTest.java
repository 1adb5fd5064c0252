package io.lead2cash.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite's whole API as the gateway serves it at /openapi, committed as docs/api/lead2cash.yaml (the document
 * clients are generated from): merged from the committed service documents, which each service's own test keeps
 * equal to what it serves.
 */
class MergedApiDocumentTest {

    private static final Path API = Path.of("..", "docs", "api");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
    private static JsonNode merged;

    @BeforeAll
    static void merge() throws Exception {
        Map<String, JsonObject> documents = new TreeMap<>();
        for (String service : List.of("billing", "catalog", "leads", "opportunity")) {
            JsonNode document = YAML.readTree(Files.readString(API.resolve(service + "-service.yaml")));
            documents.put(service, new JsonObject(new ObjectMapper().writeValueAsString(document)));
        }
        merged = new ObjectMapper().readTree(ApiDocuments.merge(documents).encode());
    }

    @Test
    void theCommittedSuiteDocumentIsTheMergeOfTheServiceDocuments() throws Exception {
        Path committed = API.resolve("lead2cash.yaml");
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(committed, "# The suite's API through its gateway (GET /openapi), merged from the service "
                    + "documents beside it.\n# Generated: ./mvnw verify -Dopenapi.write=true; MergedApiDocumentTest fails "
                    + "when it is stale.\n" + YAML.writeValueAsString(merged));
        }
        assertThat(committed).as("%s is missing: run ./mvnw verify -Dopenapi.write=true", committed).exists();
        assertThat(YAML.readTree(Files.readString(committed)))
                .as("%s is stale: run ./mvnw verify -Dopenapi.write=true and commit the result", committed)
                .isEqualTo(merged);
    }

    @Test
    void everyOperationHasItsOwnVerbNameAcrossTheSuite() {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        operations().forEach((where, operation) -> {
            String id = operation.path("operationId").asText(null);
            if (id == null || !id.matches("(list|get|create|add|update|set|delete|remove|[a-z]+)[A-Z][A-Za-z]*")) {
                problems.add(where + " has no verb-shaped operationId: " + id);
            } else if (!seen.add(id)) {
                problems.add(where + " repeats operationId " + id);
            }
        });
        assertThat(problems).isEmpty();
        assertThat(seen).contains("createLead", "qualifyLead", "winQuote", "fulfilOrder", "invoiceOrder", "recordPayment");
    }

    @Test
    void everyOperationDeclaresWhatTheGatewayItselfMayAnswer() {
        operations().forEach((where, operation) -> {
            JsonNode responses = operation.path("responses");
            assertThat(responses.has("429") && responses.has("503") && responses.has("504"))
                    .as("%s declares 429, 503 and 504", where).isTrue();
            assertThat(responses.path("429").path("headers").has("Retry-After")).as("%s 429 Retry-After", where).isTrue();
        });
    }

    @Test
    void everyProblemTypeTheGatewaySendsIsInTheDocumentedEnum() throws Exception {
        JsonNode types = merged.path("components").path("schemas").path("Problem").path("properties").path("type")
                .path("enum");
        List<String> documented = new ArrayList<>();
        types.forEach(t -> documented.add(t.asText()));
        String source = Files.readString(Path.of("src/main/java/io/lead2cash/gateway/EdgeGuard.java"))
                + Files.readString(Path.of("src/main/java/io/lead2cash/gateway/ServiceRoutes.java"))
                + Files.readString(Path.of("src/main/java/io/lead2cash/gateway/Journeys.java"))
                + Files.readString(Path.of("src/main/java/io/lead2cash/gateway/ApiDocuments.java"));
        var sent = java.util.regex.Pattern.compile("(?:send\\(ctx|body\\()\\s*,?\\s*\\d{3}, \"([a-z-]+)\"").matcher(source);
        int found = 0;
        while (sent.find()) {
            found++;
            assertThat(documented).as("problem type %s sent by the gateway", sent.group(1))
                    .contains("urn:lead2cash:problem:" + sent.group(1));
        }
        assertThat(found).isGreaterThan(5);
    }

    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        merged.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (method.getValue().has("responses")) {
                operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
        assertThat(operations).hasSizeGreaterThan(100);
        return operations;
    }
}
