package io.lead2cash.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.lead2cash.platform.outbox.OutboxMessage;
import io.lead2cash.platform.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * What every service promises once started, inherited by each service's {@code @QuarkusTest}: ready only
 * with its database and Kafka, its schema migrated, OpenAPI and metrics public, everything else guarded.
 */
public abstract class ServiceBootContract {

    @Inject
    EntityManager entityManager;

    @Test
    void isReadyWithItsDatabaseAndKafkaChecked() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void hasTheSharedTablesMigratedAtStart() {
        Number rows = (Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM flyway_schema_history WHERE success AND script LIKE '%platform_tables.sql'")
                .getSingleResult();
        org.assertj.core.api.Assertions.assertThat(rows.intValue()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(OutboxMessage.count()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void publishesOpenApiWithTheBearerSchemeAndMetricsWithoutAToken() {
        given().accept("application/json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("components.securitySchemes.bearer.scheme", is("bearer"));
        given().when().get("/q/metrics").then().statusCode(200).body(notNullValue());
    }

    @Test
    void theCommittedOpenApiDocumentIsTheOneTheServiceServes() throws Exception {
        String served = given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        String service = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.application.name", String.class);
        java.nio.file.Path committed = java.nio.file.Path.of("..", "docs", "api", service + ".yaml");
        if (Boolean.getBoolean("openapi.write")) {
            java.nio.file.Files.createDirectories(committed.getParent());
            java.nio.file.Files.writeString(committed, served);
        }
        org.assertj.core.api.Assertions.assertThat(committed)
                .as("%s is missing: run ./mvnw verify -Dopenapi.write=true and commit it", committed).exists();
        // Compared as documents, not text: the generator's key order is not part of the contract.
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        org.assertj.core.api.Assertions.assertThat(yaml.readTree(java.nio.file.Files.readString(committed)))
                .as("%s is stale: the API changed; run ./mvnw verify -Dopenapi.write=true and commit the result", committed)
                .isEqualTo(yaml.readTree(served));
    }

    @Test
    void refusesAnUnknownApiPathWithoutATokenAsUnauthenticatedOrNotFound() {
        int status = given().when().get("/api/does-not-exist").then().extract().statusCode();
        org.assertj.core.api.Assertions.assertThat(status).isIn(401, 404);
        Auth.as("someone", null, Roles.ADMIN).when().get("/api/does-not-exist").then().statusCode(404);
    }
}
