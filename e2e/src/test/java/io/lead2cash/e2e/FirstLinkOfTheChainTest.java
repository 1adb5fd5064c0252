package io.lead2cash.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.devstack.cli.Suite;
import io.lead2cash.devstack.cli.SuitePorts;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged suite, started as {@code ./lead2cash up} starts it (on free ports and a fresh data folder),
 * driven only through the gateway over HTTP and observed on Kafka as an integrator would.
 */
class FirstLinkOfTheChainTest {

    private static Suite suite;
    private static Path data;

    @BeforeAll
    static void startTheSuite() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        data = Files.createTempDirectory("lead2cash-e2e-");
        suite = new Suite(root, data, SuitePorts.free(), System.out);
        suite.start(Duration.ofMinutes(4));
        RestAssured.baseURI = suite.gatewayUrl();
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.close();
        }
        if (data != null) {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.IOException e) {
                System.err.println("Could not remove " + data + ": " + e.getMessage());
            }
        }
    }

    @Test
    void aLeadCreatedAndQualifiedThroughTheGatewayReachesKafkaAsLeadQualified() throws Exception {
        String id = as("alice", "north", "sales-rep")
                .body("""
                        {"topic": "Espresso machines for Lyon", "firstName": "Ana", "lastName": "Silva",
                         "companyName": "Café Lumière e2e", "email": "ana@e2e.lumiere.example",
                         "estimatedValue": {"amount": "12500", "currency": "EUR"}, "rating": "HOT"}""")
                .when().post("/api/leads").then()
                .statusCode(201)
                .header("Location", startsWith(suite.gatewayUrl() + "/api/leads/"))
                .extract().path("id");

        var qualified = as("alice", "north", "sales-rep").when().post("/api/leads/" + id + "/qualify").then()
                .statusCode(200).body("lead.state", is("QUALIFIED")).extract();

        var records = KafkaRecords.await(suite.bootstrapServers(), "lead2cash.leads",
                r -> id.equals(r.key()) && "lead2cash.lead.qualified.v1".equals(KafkaRecords.header(r, "ce_type")),
                1, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        assertThat(KafkaRecords.header(records.get(0), "ce_source")).isEqualTo("urn:lead2cash:leads-service");
        JsonNode event = new ObjectMapper().readTree(records.get(0).value());
        assertThat(event.path("account").path("id").asText()).isEqualTo(qualified.<String>path("accountId"));
        assertThat(event.path("opportunity").path("estimatedRevenue").path("amount").asText()).isEqualTo("12500.00");
    }

    @Test
    void theGatewayIsReadyBecauseEveryServiceIs() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks[0].data.leads-service", is("UP"))
                .body("checks[0].data.catalog-service", is("UP"))
                .body("checks[0].data.opportunity-service", is("UP"))
                .body("checks[0].data.billing-service", is("UP"));
    }

    @Test
    void theServicesBehindTheGatewayRefuseCallsWithoutAValidToken() {
        given().when().get("/api/leads").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not.a.token").when().get("/api/accounts").then().statusCode(401);
        as("ben", null, "billing-clerk").when().get("/api/leads").then().statusCode(403);
    }

    private static RequestSpecification as(String user, String team, String... roles) {
        String token = suite.tokens().issue(user, List.of(roles), team, Duration.ofMinutes(10));
        return given().header("Authorization", "Bearer " + token).contentType("application/json");
    }
}
