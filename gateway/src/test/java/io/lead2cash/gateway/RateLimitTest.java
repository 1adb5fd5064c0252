package io.lead2cash.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each caller has its own budget of calls, set by their role; answers say what is left; beyond it, 429 with
 * Retry-After, and other callers go on.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@TestProfile(RateLimitTest.Tight.class)
class RateLimitTest {

    /** Three calls at once for anyone, ten for integrations, two without a token; then one a minute. */
    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lead2cash.gateway.rate-limit.requests-per-minute", "1",
                    "lead2cash.gateway.rate-limit.burst", "3",
                    "lead2cash.gateway.rate-limit.roles.integration.requests-per-minute", "1",
                    "lead2cash.gateway.rate-limit.roles.integration.burst", "10",
                    "lead2cash.gateway.rate-limit.anonymous.requests-per-minute", "1",
                    "lead2cash.gateway.rate-limit.anonymous.burst", "2");
        }
    }

    private static String bearer(String user, String... roles) {
        return "Bearer " + StubServices.token(user, roles);
    }

    @Test
    void aCallerBeyondTheirBudgetIsToldToWaitWhileOthersGoOn() {
        String carol = bearer("carol", "sales-rep");
        given().header("Authorization", carol).when().get("/api/leads").then().statusCode(200)
                .header("RateLimit-Policy", "\"default\";q=3;w=180")
                .header("RateLimit", "\"default\";r=2;t=60");
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", carol).when().get("/api/leads").then().statusCode(200);
        }
        given().header("Authorization", carol).when().get("/api/leads").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .header("RateLimit", containsString("r=0"))
                .body("type", is("urn:lead2cash:problem:too-many-requests"))
                .body("detail", containsString("default limit"));
        given().header("Authorization", bearer("dan", "sales-rep")).when().get("/api/leads").then().statusCode(200);
    }

    @Test
    void integrationsHaveTheirOwnHigherLimit() {
        String feed = bearer("erp-feed", "integration", "sales-rep");
        for (int i = 0; i < 10; i++) {
            given().header("Authorization", feed).when().get("/api/leads").then().statusCode(200)
                    .header("RateLimit-Policy", "\"integration\";q=10;w=600");
        }
        given().header("Authorization", feed).when().get("/api/leads").then().statusCode(429)
                .body("detail", containsString("integration limit"));
    }

    @Test
    void callsWithoutAValidTokenAreLimitedPerAddress() {
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(given().header("Authorization", "Bearer forged").when().get("/api/leads").then().extract()
                    .statusCode());
        }
        // Other tests of this class may have spent some of this address's budget already.
        assertThat(statuses).contains(429).last().isEqualTo(429);
        assertThat(statuses.stream().filter(s -> s != 401 && s != 429)).isEmpty();
    }

    @Test
    void theBucketsArithmeticMatchesTheHeaders() {
        RateLimiter.Policy policy = new RateLimiter.Policy("p", 2.0, 4);
        assertThat(policy.windowSeconds()).isEqualTo(2);
        RateLimiter limiter = new RateLimiter(new io.smallrye.config.SmallRyeConfigBuilder()
                .withMapping(GatewayConfig.class).withDefaultValue("lead2cash.gateway.readiness-timeout", "PT1S")
                .withDefaultValue("lead2cash.gateway.rate-limit.anonymous.requests-per-minute", "60")
                .withDefaultValue("lead2cash.gateway.rate-limit.anonymous.burst", "1")
                .withDefaultValue("lead2cash.gateway.rate-limit.roles.integration.requests-per-minute", "0")
                .withDefaultValue("lead2cash.gateway.rate-limit.roles.integration.burst", "1")
                .build().getConfigMapping(GatewayConfig.class));
        for (int i = 3; i >= 0; i--) {
            RateLimiter.Decision d = limiter.acquire("x", policy);
            assertThat(d.allowed()).isTrue();
            assertThat(d.remaining()).isEqualTo(i);
        }
        RateLimiter.Decision refused = limiter.acquire("x", policy);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(limiter.policyFor(List.of("sales-rep", "integration")).unlimited()).as("0 per minute: no limit").isTrue();
        assertThat(limiter.policyFor(List.of("sales-rep")).name()).isEqualTo("default");
    }
}
