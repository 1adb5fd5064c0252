package io.lead2cash.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The manifests are admitted by a cluster that enforces the "restricted" Pod Security Standard, rule by rule as the
 * standard words them, and keep the operator's other rules: no replica count beside an autoscaler, a disruption budget,
 * spread over zones and nodes, every pod's traffic denied unless a policy allows it.
 */
class HardenedClusterTest {

    private static final Path KUBERNETES = Path.of("..").toAbsolutePath().normalize().resolve("deploy/kubernetes");
    /** The volume types the restricted profile allows. */
    private static final Set<String> ALLOWED_VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret");

    private static List<JsonNode> documents(String file) throws IOException {
        return DeploymentFilesTest.documents(KUBERNETES.resolve(file)).stream().filter(d -> !d.isEmpty()).toList();
    }

    private static JsonNode ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst().orElseThrow(
                () -> new AssertionError("no " + kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"leads-service", "catalog-service", "opportunity-service", "billing-service", "gateway"})
    void everyPodMeetsTheRestrictedProfile(String process) throws IOException {
        List<JsonNode> documents = documents(process + ".yaml");
        JsonNode deployment = ofKind(documents, "Deployment");
        JsonNode pod = deployment.path("spec").path("template").path("spec");

        for (String hostNamespace : List.of("hostNetwork", "hostPID", "hostIPC")) {
            assertThat(pod.path(hostNamespace).asBoolean(false)).as(hostNamespace).isFalse();
        }
        pod.path("volumes").forEach(volume -> assertThat(volume.fieldNames()).toIterable().filteredOn(f -> !f.equals("name"))
                .as("volume " + volume.path("name").asText()).allMatch(ALLOWED_VOLUMES::contains));
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as("runAsNonRoot").isTrue();
        assertThat(pod.path("securityContext").path("runAsUser").asInt(-1)).as("runAsUser").isNotZero();
        assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText())
                .as("seccompProfile").isIn("RuntimeDefault", "Localhost");
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).as("no API token mounted").isFalse();
        for (JsonNode container : pod.path("containers")) {
            JsonNode security = container.path("securityContext");
            assertThat(security.path("privileged").asBoolean(false)).as("privileged").isFalse();
            assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as("allowPrivilegeEscalation").isFalse();
            assertThat(security.path("capabilities").path("drop").toString()).as("capabilities dropped").contains("\"ALL\"");
            security.path("capabilities").path("add").forEach(c -> assertThat(c.asText()).isEqualTo("NET_BIND_SERVICE"));
            assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as("read-only root file system").isTrue();
            container.path("ports").forEach(p -> assertThat(p.has("hostPort")).as("hostPort").isFalse());
        }

        assertThat(deployment.path("spec").has("replicas")).as("the autoscaler owns the replica count").isFalse();
        assertThat(ofKind(documents, "HorizontalPodAutoscaler").path("spec").path("minReplicas").asInt()).isGreaterThan(1);
        assertThat(pod.path("topologySpreadConstraints").toString()).contains("topology.kubernetes.io/zone",
                "kubernetes.io/hostname");
        JsonNode budget = ofKind(documents, "PodDisruptionBudget");
        assertThat(budget.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText())
                .isEqualTo(process);
    }

    @Test
    void everyPodsTrafficIsDeniedUnlessAPolicyAllowsIt() throws IOException {
        assertThat(Files.readString(KUBERNETES.resolve("kustomization.yaml"))).contains("network-policies.yaml");
        List<JsonNode> policies = documents("network-policies.yaml");
        JsonNode deny = policies.stream().filter(p -> p.path("spec").path("podSelector").isEmpty()).findFirst().orElseThrow();
        assertThat(deny.path("spec").path("policyTypes").toString()).contains("Ingress", "Egress");
        assertThat(deny.path("spec").has("ingress") || deny.path("spec").has("egress")).as("allows nothing").isFalse();
        // Only the gateway takes traffic from outside the suite; a service only from the gateway (and the catalog's
        // pricing from the two services that price).
        List<JsonNode> ingress = policies.stream().filter(p -> p.path("spec").has("ingress")).toList();
        assertThat(ingress).allSatisfy(p -> {
            boolean toTheGateway = p.path("spec").path("podSelector").toString().contains("\"gateway\"");
            if (!toTheGateway) {
                assertThat(p.path("spec").path("ingress").toString()).as(p.path("metadata").path("name").asText())
                        .contains("podSelector");
            }
        });
    }
}
