package io.lead2cash.platform.testing;

import static io.restassured.RestAssured.given;

import io.lead2cash.devstack.DevStackTestResource;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;

/** Requests made as a user: a bearer token signed with the key the service under test trusts. */
public final class Auth {

    private Auth() {
    }

    public static String token(String user, String team, String... roles) {
        return DevStackTestResource.tokens().issue(user, List.of(roles), team, Duration.ofMinutes(30));
    }

    /** A REST Assured request as {@code user} of {@code team} (may be null) with the roles. */
    public static RequestSpecification as(String user, String team, String... roles) {
        return given().header("Authorization", "Bearer " + token(user, team, roles)).contentType("application/json");
    }
}
