package io.lead2cash.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The container images, the compose file and the Kubernetes manifests agree with each other and with the services'
 * own configuration: every process is there, on its port, with probes, limits, its database and non-root.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> SERVICES = List.of("leads-service", "catalog-service", "opportunity-service",
            "billing-service");

    /** The HTTP port a process listens on, from its application.properties. */
    private static int port(String process) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(ROOT.resolve(process).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }

    /** The database a service uses, from its default JDBC URL (…/leads). */
    private static String database(String service) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        String url = properties.getProperty("quarkus.datasource.jdbc.url");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** The YAML documents of a file, in order. */
    static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(new StringReader(Files.readString(file)))) {
            var iterator = YAML.readValues(parser, JsonNode.class);
            while (iterator.hasNext()) {
                documents.add(iterator.next());
            }
        }
        return documents;
    }

    @ParameterizedTest
    @ValueSource(strings = {"leads-service", "catalog-service", "opportunity-service", "billing-service", "gateway"})
    void everyImageRunsTheBuiltAppAsANonRootUserOnItsPort(String process) throws IOException {
        String dockerfile = Files.readString(ROOT.resolve(process).resolve("src/main/docker/Dockerfile.jvm"));
        assertThat(dockerfile).containsPattern("(?m)^FROM \\S+:\\S+$");
        assertThat(dockerfile).doesNotContainPattern("(?m)^FROM \\S+:latest");
        assertThat(dockerfile).containsPattern("(?m)^USER (?!root|0\\b)\\S+$");
        assertThat(dockerfile).containsPattern("(?m)^EXPOSE " + port(process) + "$");
        assertThat(dockerfile).contains("target/quarkus-app/lib/", "target/quarkus-app/app/", "quarkus-run.jar");
        assertThat(dockerfile).doesNotContainPattern("(?m)^ADD ");
        assertThat(dockerfile).containsPattern("(?m)^ENTRYPOINT \\[");
        assertThat(dockerfile).contains("MaxRAMPercentage");
    }

    @Test
    void composeRunsTheWholeSuiteWithHealthChecksDependenciesAndVolumes() throws IOException {
        JsonNode compose = documents(ROOT.resolve("deploy/compose/docker-compose.yml")).get(0);
        JsonNode services = compose.path("services");
        assertThat(services.fieldNames()).toIterable().contains("postgres", "kafka", "gateway");
        String init = Files.readString(ROOT.resolve("deploy/compose/postgres-init.sql"));
        for (String service : SERVICES) {
            JsonNode s = services.path(service);
            assertThat(s.path("image").asText()).as(service).startsWith("lead2cash/" + service + ":");
            assertThat(s.path("healthcheck").path("test").toString()).as(service)
                    .contains("http://localhost:" + port(service) + "/q/health/ready");
            assertThat(s.path("depends_on").path("postgres").path("condition").asText()).isEqualTo("service_healthy");
            assertThat(s.path("depends_on").path("kafka").path("condition").asText()).isEqualTo("service_healthy");
            assertThat(s.path("environment").path("QUARKUS_DATASOURCE_JDBC_URL").asText())
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + database(service));
            assertThat(s.path("environment").path("KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:9092");
            // The services refuse to start without their own cursor key: compose asks for one rather than inventing it.
            assertThat(s.path("environment").path("LEAD2CASH_PAGING_CURSOR_KEY").asText()).as(service)
                    .startsWith("${LEAD2CASH_CURSOR_KEY:?");
            assertThat(init).contains("CREATE DATABASE " + database(service) + ";");
            assertThat(services.path("gateway").path("depends_on").path(service).path("condition").asText())
                    .isEqualTo("service_healthy");
            String prefix = service.replace("-service", "").toUpperCase();
            assertThat(services.path("gateway").path("environment").path(prefix + "_SERVICE_URL").asText())
                    .isEqualTo("http://" + service + ":" + port(service));
        }
        assertThat(services.path("gateway").path("ports").get(0).asText()).isEqualTo(port("gateway") + ":" + port("gateway"));
        assertThat(services.path("kafka").path("image").asText()).isEqualTo("apache/kafka:4.1.1");
        assertThat(services.path("postgres").path("healthcheck").isMissingNode()).isFalse();
        assertThat(compose.path("volumes").fieldNames()).toIterable().contains("postgres-data", "kafka-data");
    }

    @Test
    void kubernetesRunsEveryProcessWithProbesLimitsAndAnAutoscaler() throws IOException {
        JsonNode kustomization = documents(ROOT.resolve("deploy/kubernetes/kustomization.yaml")).get(0);
        List<String> resources = new ArrayList<>();
        kustomization.path("resources").forEach(r -> resources.add(r.asText()));
        Map<String, String> config = YAML.convertValue(documents(ROOT.resolve("deploy/kubernetes/config.yaml")).get(0)
                .path("data"), Map.class);
        for (String process : List.of("leads-service", "catalog-service", "opportunity-service", "billing-service", "gateway")) {
            assertThat(resources).contains(process + ".yaml");
            List<JsonNode> docs = documents(ROOT.resolve("deploy/kubernetes/" + process + ".yaml"));
            JsonNode deployment = docs.stream().filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
            assertThat(container.path("image").asText()).isEqualTo("lead2cash/" + process + ":0.1.0");
            assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(port(process));
            assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/started");
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
            assertThat(container.path("resources").path("limits").path("memory").asText()).isNotBlank();
            assertThat(container.path("resources").path("limits").path("cpu").asText()).isNotBlank();
            assertThat(container.path("resources").path("requests").path("memory").asText()).isNotBlank();
            assertThat(deployment.path("spec").path("template").path("spec").path("securityContext").path("runAsNonRoot")
                    .asBoolean()).isTrue();
            JsonNode service = docs.stream().filter(d -> d.path("kind").asText().equals("Service")).findFirst().orElseThrow();
            assertThat(service.path("spec").path("ports").get(0).path("port").asInt()).isEqualTo(port(process));
            JsonNode hpa = docs.stream().filter(d -> d.path("kind").asText().equals("HorizontalPodAutoscaler")).findFirst()
                    .orElseThrow();
            assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo(process);
            assertThat(hpa.path("spec").path("maxReplicas").asInt()).isGreaterThan(hpa.path("spec").path("minReplicas").asInt());
            if (!process.equals("gateway")) {
                String env = container.path("env").toString();
                assertThat(env).as("its own database over TLS, as its own role and Kafka principal")
                        .contains("/" + database(process) + "?sslmode=verify-full&").contains(process + "-database")
                        .contains(process + "-kafka").doesNotContain("lead2cash-database")
                        .contains("LEAD2CASH_PAGING_CURSOR_KEY").contains("lead2cash-paging");
                String prefix = process.replace("-service", "").toUpperCase();
                assertThat(config.get(prefix + "_SERVICE_URL")).isEqualTo("http://" + process + ":" + port(process));
            }
        }
        assertThat(config).containsKeys("KAFKA_BOOTSTRAP_SERVERS", "POSTGRES_HOST", "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES");
        assertThat(config).containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
        assertThat(config.get("MP_JWT_VERIFY_ISSUER")).as("production manifests name a real identity provider")
                .isNotEqualTo("https://lead2cash.local/dev");
    }

    @Test
    void theGatewayRoutesToTheServicesAtTheAddressesTheManifestsGiveThem() throws IOException {
        String gateway = Files.readString(ROOT.resolve("gateway/src/main/resources/application.properties"));
        for (String service : SERVICES) {
            String prefix = service.replace("-service", "").toUpperCase();
            Matcher url = Pattern.compile("\\$\\{" + prefix + "_SERVICE_URL:http://localhost:(\\d+)}").matcher(gateway);
            assertThat(url.find()).as(prefix + "_SERVICE_URL in the gateway").isTrue();
            assertThat(Integer.parseInt(url.group(1))).isEqualTo(port(service));
        }
    }
}
