package io.lead2cash.opportunity;

import static io.lead2cash.opportunity.Reps.alice;
import static io.lead2cash.opportunity.Reps.bob;
import static io.lead2cash.opportunity.Reps.dave;
import static org.hamcrest.Matchers.is;

import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.lead2cash.platform.testing.CatalogStandIn;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Owner, team, shared (read or read/write) and unrelated reps, on opportunities and their quotes. */
@QuarkusTest
@WithTestResource(CatalogStandIn.class)
class SharingTest {

    private static String open(String topic) {
        return alice().body("""
                {"topic": "%s", "customerType": "ACCOUNT", "customerId": "%s", "currency": "EUR"}"""
                .formatted(topic, Customers.account())).when().post("/api/opportunities").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void aReadShareLetsARepSeeButNotChangeTheOpportunityAndItsQuotes() {
        String topic = "Shared " + UUID.randomUUID();
        String id = open(topic);
        String quote = alice().when().post("/api/opportunities/" + id + "/quotes").then().statusCode(201).extract().path("id");
        bob().when().get("/api/opportunities/" + id).then().statusCode(403);
        bob().queryParam("q", topic).when().get("/api/opportunities").then().body("totalItems", is(0));

        alice().body("{\"principalType\": \"USER\", \"principalId\": \"bob\", \"access\": \"READ\"}")
                .when().post("/api/opportunities/" + id + "/shares").then().statusCode(200).body("[0].principalId", is("bob"));

        bob().when().get("/api/opportunities/" + id).then().statusCode(200);
        bob().queryParam("q", topic).when().get("/api/opportunities").then().body("totalItems", is(1));
        bob().when().get("/api/quotes/" + quote).then().statusCode(200);
        bob().queryParam("opportunityId", id).when().get("/api/quotes").then().body("totalItems", is(1));
        bob().when().post("/api/opportunities/" + id + "/hold").then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("reading only"));
        bob().when().post("/api/quotes/" + quote + "/activate").then().statusCode(403);
        bob().body("{\"principalType\": \"USER\", \"principalId\": \"bob\", \"access\": \"READ_WRITE\"}")
                .when().post("/api/opportunities/" + id + "/shares").then().statusCode(403);
        dave().when().get("/api/opportunities/" + id).then().statusCode(403);
    }

    @Test
    void aReadWriteShareWithATeamLetsItsMembersChangeItUntilRevoked() {
        String id = open("Team share " + UUID.randomUUID());
        alice().body("{\"principalType\": \"TEAM\", \"principalId\": \"west\", \"access\": \"READ_WRITE\"}")
                .when().post("/api/opportunities/" + id + "/shares").then().statusCode(200);

        dave().when().post("/api/opportunities/" + id + "/hold").then().statusCode(200).body("statusReason", is("ON_HOLD"));
        bob().when().post("/api/opportunities/" + id + "/resume").then().statusCode(403);

        alice().when().delete("/api/opportunities/" + id + "/shares/TEAM/west").then().statusCode(204);
        dave().when().get("/api/opportunities/" + id).then().statusCode(403);
        alice().when().delete("/api/opportunities/" + id + "/shares/TEAM/west").then().statusCode(404);
    }

    @Test
    void assigningGivesTheOpportunityToItsNewOwnerAndTeam() {
        String id = open("Assigned " + UUID.randomUUID());
        bob().body("{\"ownerId\": \"bob\", \"owningTeam\": \"south\"}").when().post("/api/opportunities/" + id + "/assign")
                .then().statusCode(403);
        alice().body("{\"ownerId\": \"bob\", \"owningTeam\": \"south\"}").when().post("/api/opportunities/" + id + "/assign")
                .then().statusCode(200).body("ownerId", is("bob")).body("owningTeam", is("south"));
        bob().when().get("/api/opportunities/" + id).then().statusCode(200);
        alice().when().get("/api/opportunities/" + id).then().statusCode(403);
        Auth.as("maria", null, Roles.SALES_MANAGER).body("{\"ownerId\": \"alice\", \"owningTeam\": \"north\"}")
                .when().post("/api/opportunities/" + id + "/assign").then().statusCode(200).body("ownerId", is("alice"));
    }
}
