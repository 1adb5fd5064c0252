package io.lead2cash.e2e;

import static io.lead2cash.e2e.SuiteUnderTest.anonymous;
import static io.lead2cash.e2e.SuiteUnderTest.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.not;

import io.lead2cash.devstack.DevTokens;
import io.lead2cash.devstack.TokenSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tokens, roles and the fields a caller may not set, tried against the whole suite through the gateway. */
class SecurityAtTheDoorTest {

    private static final List<String> ONE_PER_SERVICE = List.of("/api/leads", "/api/products", "/api/opportunities",
            "/api/orders", "/api/journeys/" + UUID.randomUUID());

    private static void unauthenticated(String authorization) {
        for (String path : ONE_PER_SERVICE) {
            var request = anonymous();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            request.when().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer").body("type", is("urn:lead2cash:problem:unauthenticated"));
        }
    }

    @Test
    void missingMalformedForeignExpiredUnsignedForeignIssuerOrOtherAudienceTokensAreRefused() {
        TokenSource trusted = SuiteUnderTest.get().tokens();
        IdentityProviderUnderTest provider = IdentityProviderUnderTest.get();
        unauthenticated(null);
        unauthenticated("Bearer not.a.token");
        // Signed with a key of this machine the suite does not trust.
        unauthenticated("Bearer " + DevTokens.generate().issue("mallory", List.of("admin"), null, Duration.ofMinutes(5)));
        unauthenticated("Bearer " + trusted.issue("alice", List.of("sales-rep"), "north", Duration.ofMinutes(-5)));
        // Another realm of the same provider: another issuer, another key.
        unauthenticated("Bearer " + provider.fresh("payroll", DevTokens.AUDIENCE, "alice", List.of("admin"), "north",
                Duration.ofMinutes(5)));
        unauthenticated("Bearer " + trusted.issueFor("payroll-api", "alice", List.of("admin"), "north", Duration.ofMinutes(5)));
        unauthenticated("Bearer " + trusted.issueFor(null, "alice", List.of("admin"), "north", Duration.ofMinutes(5)));
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        unauthenticated("Bearer " + url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + url.encodeToString(("{\"iss\":\"" + provider.issuer() + "\",\"sub\":\"alice\",\"groups\":[\"admin\"],"
                + "\"aud\":\"" + DevTokens.AUDIENCE + "\",\"exp\":" + (System.currentTimeMillis() / 1000 + 300) + "}")
                .getBytes(StandardCharsets.UTF_8)) + ".");
    }

    @Test
    void aReplacedSigningKeyIsTakenUpAndTokensOfTheRemovedOneAreRefused() {
        IdentityProviderUnderTest provider = IdentityProviderUnderTest.get();
        String signedBefore = provider.fresh(IdentityProviderUnderTest.REALM, DevTokens.AUDIENCE, "rota", List.of("sales-rep"),
                "north", Duration.ofMinutes(10));
        as("rota", "north", "sales-rep").when().get("/api/leads").then().statusCode(200);

        provider.replaceSigningKey();

        // The gateway and every service fetch the provider's keys again once their cached copy runs out.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String path : ONE_PER_SERVICE) {
                as("rota", "north", "sales-rep").when().get(path).then().statusCode(not(401));
            }
        });
        unauthenticated("Bearer " + signedBefore);
    }

    @Test
    void aValidTokenWithoutTheRoleIsForbidden() {
        as("ben", null, "billing-clerk").when().get("/api/leads").then().statusCode(403)
                .contentType("application/problem+json").body("type", is("urn:lead2cash:problem:forbidden"));
        as("sam", null, "catalog-manager").when().get("/api/orders").then().statusCode(403);
        as("alice", "north", "sales-rep").body("{\"name\": \"Rep's list\", \"currency\": \"EUR\"}").when()
                .post("/api/price-lists").then().statusCode(403);
        as("alice", "north", "sales-rep").when().post("/api/orders/" + UUID.randomUUID() + "/fulfil").then().statusCode(403);
        as("ivy", null, "integration").body("{\"topic\": \"x\", \"lastName\": \"y\"}").when().post("/api/leads").then()
                .statusCode(403);
    }

    @Test
    void ownersStatesAndTotalsAreNotTheCallersToSetAndSendingThemIsRefused() {
        var alice = as("alice", "north", "sales-rep");
        alice.body("""
                {"topic": "Sneaky lead", "lastName": "Doe", "ownerId": "mallory", "owningTeam": "evil",
                 "state": "QUALIFIED", "statusReason": "NEW"}""").when().post("/api/leads").then().statusCode(400)
                .body("errors[0].rule", startsWith("is not a field of this request"));
        alice.body("{\"topic\": \"Won already?\", \"lastName\": \"Doe\", \"statusReason\": \"QUALIFIED\"}").when()
                .post("/api/leads").then().statusCode(400).body("errors[0].field", is("statusReason"));
        as("alice", "north", "sales-rep").body("""
                {"topic": "Sneaky deal", "customerType": "ACCOUNT", "customerId": "%s", "currency": "EUR",
                 "ownerId": "mallory", "state": "WON", "actualRevenue": {"amount": "1000000", "currency": "EUR"}}"""
                .formatted(UUID.randomUUID())).when().post("/api/opportunities").then().statusCode(400)
                .body("errors[0].rule", startsWith("is not a field of this request"));
        as("maria", "north", "sales-manager").queryParam("q", "Sneaky").when().get("/api/leads").then().body("totalItems", is(0));
        as("maria", "north", "sales-manager").queryParam("q", "Sneaky").when().get("/api/opportunities").then()
                .body("totalItems", is(0));
    }
}
