package io.lead2cash.leads;

import static io.lead2cash.leads.Fixtures.alice;
import static io.lead2cash.leads.Fixtures.bob;
import static io.lead2cash.leads.Fixtures.carol;
import static io.lead2cash.leads.Fixtures.createLead;
import static io.lead2cash.leads.Fixtures.manager;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.DevTokens;
import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/** Who may call what, and which leads each caller may see and change. */
@QuarkusTest
class AccessTest {

    @Test
    void leadsAccountsAndContactsAreAssignedOnlyByTheirOwnerManagersAndAdminsAndThenFollowTheNewOwner() {
        String lead = createLead(alice(), "Assigned").path("id");
        // Another team's rep may neither see nor assign it; a teammate changes it but may not give it away.
        bob().body("{\"ownerId\": \"bob\", \"owningTeam\": \"south\"}").when().post("/api/leads/" + lead + "/assign")
                .then().statusCode(403).contentType("application/problem+json");
        alice().body("{\"owningTeam\": \"south\"}").when().post("/api/leads/" + lead + "/assign").then().statusCode(400)
                .body("errors[0].field", is("ownerId"));
        alice().header("If-Match", "\"999\"").body("{\"ownerId\": \"bob\", \"owningTeam\": \"south\"}").when()
                .post("/api/leads/" + lead + "/assign").then().statusCode(412);
        carol().body("{\"ownerId\": \"carol\", \"owningTeam\": \"north\"}").when().post("/api/leads/" + lead + "/assign")
                .then().statusCode(403).contentType("application/problem+json");
        alice().body("{\"ownerId\": \"bob\", \"owningTeam\": \"south\"}").when().post("/api/leads/" + lead + "/assign")
                .then().statusCode(200).body("ownerId", is("bob")).body("owningTeam", is("south"));
        bob().when().get("/api/leads/" + lead).then().statusCode(200);
        alice().when().get("/api/leads/" + lead).then().statusCode(403);
        alice().body("{\"ownerId\": \"alice\", \"owningTeam\": \"north\"}").when().post("/api/leads/" + lead + "/assign")
                .then().statusCode(403);
        manager().body("{\"ownerId\": \"alice\", \"owningTeam\": \"north\"}").when().post("/api/leads/" + lead + "/assign")
                .then().statusCode(200).body("ownerId", is("alice"));

        String account = alice().body("{\"name\": \"" + Fixtures.unique("Assigned account") + "\"}").when()
                .post("/api/accounts").then().statusCode(201).extract().path("id");
        bob().body("{\"ownerId\": \"bob\", \"owningTeam\": \"south\"}").when().post("/api/accounts/" + account + "/assign")
                .then().statusCode(403);
        carol().body("{\"ownerId\": \"carol\", \"owningTeam\": \"north\"}").when().post("/api/accounts/" + account + "/assign")
                .then().statusCode(403);
        alice().body("{\"ownerId\": \"bob\", \"owningTeam\": \"south\"}").when().post("/api/accounts/" + account + "/assign")
                .then().statusCode(200).body("ownerId", is("bob"));
        alice().header("If-Match", "\"1\"").body("{\"name\": \"Taken\"}").when().put("/api/accounts/" + account)
                .then().statusCode(403);

        String contact = alice().body("{\"lastName\": \"Moreau\"}").when().post("/api/contacts").then().statusCode(201)
                .extract().path("id");
        carol().body("{\"ownerId\": \"carol\", \"owningTeam\": \"north\"}").when().post("/api/contacts/" + contact + "/assign")
                .then().statusCode(403);
        alice().body("{\"ownerId\": \"bob\", \"owningTeam\": \"south\"}").when().post("/api/contacts/" + contact + "/assign")
                .then().statusCode(200).body("ownerId", is("bob")).body("owningTeam", is("south"));
        alice().body("{\"ownerId\": \"alice\"}").when().post("/api/contacts/" + java.util.UUID.randomUUID() + "/assign")
                .then().statusCode(404);
    }

    @Test
    void noTokenIs401WithABearerChallenge() {
        given().when().get("/api/leads").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("type", is("urn:lead2cash:problem:unauthenticated"));
        given().contentType("application/json").body(Fixtures.leadBody("Anonymous")).when().post("/api/leads").then()
                .statusCode(401);
    }

    @Test
    void malformedForeignExpiredWrongIssuerWrongAudienceAndUnsignedTokensAre401() {
        JwtClaims expired = claims(DevTokens.ISSUER);
        expired.setExpirationTime(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 - 3600));
        List<String> refused = List.of(
                "not-a-jwt",
                "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl",
                DevTokens.generate().issue("alice", List.of(Roles.SALES_REP), "north", Duration.ofMinutes(5)),
                DevTokens.sign(expired, DevStackTestResource.tokens().privateKey()),
                DevTokens.sign(claims("https://someone-else.example"), DevStackTestResource.tokens().privateKey()),
                DevStackTestResource.tokens().issueFor("payroll-api", "alice", List.of(Roles.ADMIN), null, Duration.ofMinutes(5)),
                DevStackTestResource.tokens().issueFor(null, "alice", List.of(Roles.ADMIN), null, Duration.ofMinutes(5)),
                unsigned(claims(DevTokens.ISSUER)));
        for (String token : refused) {
            given().header("Authorization", "Bearer " + token).when().get("/api/leads").then()
                    .statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void aValidTokenWithoutASalesRoleIs403() {
        Auth.as("ben", null, Roles.BILLING_CLERK).when().get("/api/leads").then().statusCode(403)
                .contentType("application/problem+json").body("type", is("urn:lead2cash:problem:forbidden"));
        Auth.as("cat", null, Roles.CATALOG_MANAGER).when().get("/api/accounts").then().statusCode(403);
        Auth.as("svc", null, Roles.INTEGRATION).body(Fixtures.leadBody("Machine")).when().post("/api/leads").then()
                .statusCode(403);
    }

    @Test
    void aRepCannotSeeOrChangeAnotherTeamsLead() {
        String topic = Fixtures.unique("Alice's deal");
        String id = createLead(alice(), topic).path("id");

        bob().when().get("/api/leads/" + id).then().statusCode(403).contentType("application/problem+json");
        bob().header("If-Match", "\"0\"").body(Fixtures.leadBody("Taken")).when().put("/api/leads/" + id).then().statusCode(403);
        bob().when().post("/api/leads/" + id + "/qualify").then().statusCode(403);
        bob().body("{\"reason\": \"LOST\"}").when().post("/api/leads/" + id + "/disqualify").then().statusCode(403);
        bob().queryParam("q", topic).when().get("/api/leads").then().statusCode(200).body("totalItems", is(0));
        bob().queryParam("q", topic).queryParam("ownerId", "alice").when().get("/api/leads").then().body("totalItems", is(0));

        alice().when().get("/api/leads/" + id).then().statusCode(200).body("state", is("OPEN")).header("ETag", "\"0\"");
    }

    @Test
    void theOwningTeamAndManagersSeeTheLead() {
        String topic = Fixtures.unique("Team deal");
        String id = createLead(alice(), topic).path("id");

        carol().when().get("/api/leads/" + id).then().statusCode(200);
        carol().queryParam("q", topic).when().get("/api/leads").then().body("totalItems", is(1));
        manager().when().get("/api/leads/" + id).then().statusCode(200);
        manager().queryParam("q", topic).when().get("/api/leads").then().body("totalItems", is(1));
        Auth.as("svc", null, Roles.INTEGRATION).when().get("/api/leads/" + id).then().statusCode(200);
    }

    @Test
    void aRepCannotChangeAnotherTeamsAccount() {
        String id = alice().body("{\"name\": \"" + Fixtures.unique("Alice's account") + "\"}").when().post("/api/accounts")
                .then().statusCode(201).extract().path("id");
        bob().when().get("/api/accounts/" + id).then().statusCode(200);
        bob().header("If-Match", "\"0\"").body("{\"name\": \"Renamed\"}").when().put("/api/accounts/" + id).then()
                .statusCode(403);
        manager().header("If-Match", "\"0\"").body("{\"name\": \"Renamed by the manager\"}").when().put("/api/accounts/" + id)
                .then().statusCode(200).body("name", is("Renamed by the manager"));
    }

    private static JwtClaims claims(String issuer) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(DevTokens.AUDIENCE);
        claims.setSubject("alice");
        claims.setStringListClaim("groups", List.of(Roles.SALES_REP, Roles.ADMIN));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        return claims;
    }

    private static String unsigned(JwtClaims claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
