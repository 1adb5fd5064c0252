package io.lead2cash.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each token subject has its own budget of calls; beyond it, 429 with Retry-After, and other callers go on. */
@QuarkusTest
@WithTestResource(StubServices.class)
@TestProfile(RateLimitTest.Tight.class)
class RateLimitTest {

    /** Three calls at once, then one a minute. */
    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lead2cash.gateway.rate-limit.requests-per-minute", "1", "lead2cash.gateway.rate-limit.burst", "3");
        }
    }

    @Test
    void aCallerBeyondTheirBudgetIsToldToWaitWhileOthersGoOn() {
        String carol = "Bearer " + StubServices.token("carol", "sales-rep");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", carol).when().get("/api/leads").then().statusCode(200);
        }
        given().header("Authorization", carol).when().get("/api/leads").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("type", is("urn:lead2cash:problem:too-many-requests"));
        given().header("Authorization", "Bearer " + StubServices.token("dan", "sales-rep")).when().get("/api/leads").then()
                .statusCode(200);
    }
}
