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
    void refusesAnUnknownApiPathWithoutATokenAsUnauthenticatedOrNotFound() {
        int status = given().when().get("/api/does-not-exist").then().extract().statusCode();
        org.assertj.core.api.Assertions.assertThat(status).isIn(401, 404);
        Auth.as("someone", null, Roles.ADMIN).when().get("/api/does-not-exist").then().statusCode(404);
    }
}
