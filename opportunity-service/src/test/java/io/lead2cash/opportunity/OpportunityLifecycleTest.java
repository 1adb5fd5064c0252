package io.lead2cash.opportunity;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every transition of an opportunity, its refusals and who may see it. */
@QuarkusTest
class OpportunityLifecycleTest {

    private static RequestSpecification alice() {
        return Auth.as("alice", "north", Roles.SALES_REP);
    }

    private static String body(String topic) {
        return """
                {"topic": "%s", "customerType": "ACCOUNT", "customerId": "%s", "customerName": "Café Lumière",
                 "currency": "EUR", "estimatedRevenue": 8000, "estimatedCloseDate": "2027-01-31", "probability": 60,
                 "rating": "WARM"}""".formatted(topic, Customers.account());
    }

    private static String open(String topic) {
        return alice().body(body(topic)).when().post("/api/opportunities").then().statusCode(201)
                .body("state", is("OPEN")).body("statusReason", is("IN_PROGRESS")).body("salesStage", is("QUALIFY"))
                .body("forecastCategory", is("PIPELINE")).body("ownerId", is("alice"))
                .extract().path("id");
    }

    @Test
    void winningTakesTheEstimatedRevenueAsActualUnlessGiven() {
        String id = open("Win by default");
        alice().when().post("/api/opportunities/" + id + "/win").then().statusCode(200)
                .body("state", is("WON")).body("statusReason", is("WON")).body("forecastCategory", is("WON"))
                .body("actualRevenue.amount", is("8000.00")).body("actualCloseDate", notNullValue());
        String other = open("Win with a figure");
        alice().body("{\"actualRevenue\": 7450.5, \"closeDate\": \"2026-11-30\"}").when()
                .post("/api/opportunities/" + other + "/win").then().statusCode(200)
                .body("actualRevenue.amount", is("7450.50")).body("actualCloseDate", is("2026-11-30"));
    }

    @Test
    void losingNeedsAReasonAndMayNameTheWinningCompetitor() {
        String id = open("Lose");
        alice().body("{}").when().post("/api/opportunities/" + id + "/lose").then().statusCode(400)
                .body("errors[0].field", is("reason"));
        alice().body("{\"reason\": \"WON\"}").when().post("/api/opportunities/" + id + "/lose").then().statusCode(400);
        alice().body("{\"reason\": \"OUT_SOLD\", \"winningCompetitor\": \"Fabrikam Coffee\"}").when()
                .post("/api/opportunities/" + id + "/lose").then().statusCode(200)
                .body("state", is("LOST")).body("statusReason", is("OUT_SOLD")).body("forecastCategory", is("LOST"))
                .body("winningCompetitor", is("Fabrikam Coffee"));
    }

    @Test
    void aClosedOpportunityIsReadOnlyUntilReopened() {
        String id = open("Closed");
        alice().when().post("/api/opportunities/" + id + "/win").then().statusCode(200);
        alice().when().post("/api/opportunities/" + id + "/win").then().statusCode(409)
                .body("type", is("urn:lead2cash:problem:illegal-transition")).body("state", is("WON"));
        alice().body("{\"reason\": \"CANCELED\"}").when().post("/api/opportunities/" + id + "/lose").then().statusCode(409);
        alice().header("If-Match", "*").body(body("Edited")).when().put("/api/opportunities/" + id).then().statusCode(409);
        alice().when().post("/api/opportunities/" + id + "/hold").then().statusCode(409);

        alice().when().post("/api/opportunities/" + id + "/reopen").then().statusCode(200)
                .body("state", is("OPEN")).body("statusReason", is("IN_PROGRESS")).body("forecastCategory", is("PIPELINE"))
                .body("actualRevenue", nullValue());
        alice().when().post("/api/opportunities/" + id + "/reopen").then().statusCode(409);
    }

    @Test
    void anOpenOpportunityGoesOnHoldMovesStageAndKeepsItsForecastOpen() {
        String id = open("Stages");
        alice().when().post("/api/opportunities/" + id + "/hold").then().statusCode(200).body("statusReason", is("ON_HOLD"));
        alice().when().post("/api/opportunities/" + id + "/resume").then().statusCode(200).body("statusReason", is("IN_PROGRESS"));
        String etag = alice().when().get("/api/opportunities/" + id).then().extract().header("ETag");
        alice().header("If-Match", etag).body(body("Stages").replace("\"rating\"", "\"salesStage\": \"PROPOSE\", "
                + "\"forecastCategory\": \"COMMITTED\", \"rating\"")).when().put("/api/opportunities/" + id).then()
                .statusCode(200).body("salesStage", is("PROPOSE")).body("forecastCategory", is("COMMITTED"));
        alice().header("If-Match", "*").body(body("Stages").replace("\"rating\"", "\"forecastCategory\": \"WON\", \"rating\""))
                .when().put("/api/opportunities/" + id).then().statusCode(400).body("errors[0].field", is("forecastCategory"));
        alice().header("If-Match", etag).body(body("Stale")).when().put("/api/opportunities/" + id).then().statusCode(412);
        alice().body(body("No precondition")).when().put("/api/opportunities/" + id).then().statusCode(428);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        alice().body("{\"topic\": \"x\", \"customerType\": \"PARTNER\"}").when().post("/api/opportunities").then()
                .statusCode(400).body("errors[0].field", is("customerType"));
        alice().body(body("Probability").replace("\"probability\": 60", "\"probability\": 140")).when()
                .post("/api/opportunities").then().statusCode(400).body("errors[0].field", is("probability"));
        alice().when().get("/api/opportunities/" + UUID.randomUUID()).then().statusCode(404);
        alice().queryParam("stage", "NEGOTIATE").when().get("/api/opportunities").then().statusCode(400)
                .body("errors[0].field", is("stage"));
    }

    @Test
    void aRepSeesTheirOwnAndTheirTeamsOpportunitiesOnly() {
        String topic = "Access " + UUID.randomUUID();
        String id = open(topic);
        RequestSpecification bob = Auth.as("bob", "south", Roles.SALES_REP);
        bob.when().get("/api/opportunities/" + id).then().statusCode(403);
        Auth.as("bob", "south", Roles.SALES_REP).when().post("/api/opportunities/" + id + "/win").then().statusCode(403);
        Auth.as("bob", "south", Roles.SALES_REP).queryParam("q", topic).when().get("/api/opportunities").then()
                .body("totalItems", is(0));
        Auth.as("carol", "north", Roles.SALES_REP).when().get("/api/opportunities/" + id).then().statusCode(200);
        Auth.as("maria", null, Roles.SALES_MANAGER).queryParam("q", topic).when().get("/api/opportunities").then()
                .body("totalItems", is(1));
        Auth.as("ben", null, Roles.BILLING_CLERK).when().get("/api/opportunities").then().statusCode(403);
        io.restassured.RestAssured.given().when().get("/api/opportunities").then().statusCode(401);
    }
}
