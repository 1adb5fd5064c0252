package io.lead2cash.opportunity;

import static io.lead2cash.opportunity.Reps.alice;
import static io.lead2cash.opportunity.Reps.bob;
import static io.lead2cash.opportunity.Reps.maria;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.Topics;
import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.lead2cash.platform.testing.CatalogStandIn;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may hand a deal to someone else, and what goes with it: its quotes and open activities, and the access to them. */
@QuarkusTest
@WithTestResource(CatalogStandIn.class)
class AssignmentTest {

    private static final String TO_BOB = "{\"ownerId\": \"bob\", \"owningTeam\": \"south\"}";

    private static String open() {
        return alice().body("""
                {"topic": "Assignment %s", "customerType": "ACCOUNT", "customerId": "%s", "currency": "EUR"}"""
                .formatted(UUID.randomUUID(), Customers.account())).when().post("/api/opportunities").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void onlyTheOwnerAManagerOrAnAdminMayAssignOrShareNotTheRestOfTheTeamNorAnIntegration() {
        String id = open();
        var teamMate = Auth.as("nora", "north", Roles.SALES_REP);
        teamMate.when().get("/api/opportunities/" + id).then().statusCode(200);
        Auth.as("nora", "north", Roles.SALES_REP).body(TO_BOB).when().post("/api/opportunities/" + id + "/assign")
                .then().statusCode(403).body("detail", is("Only the owner, a sales manager or an admin may assign or share "
                        + "this opportunity"));
        Auth.as("nora", "north", Roles.SALES_REP).body("{\"principalType\": \"USER\", \"principalId\": \"nora\", \"access\": "
                + "\"READ_WRITE\"}").when().post("/api/opportunities/" + id + "/shares").then().statusCode(403);
        Auth.as("nora", "north", Roles.SALES_REP).body("{\"role\": \"Technical sales\"}")
                .when().put("/api/opportunities/" + id + "/sales-team/nora").then().statusCode(403);
        Auth.as("erp", null, Roles.INTEGRATION).body(TO_BOB).when().post("/api/opportunities/" + id + "/assign")
                .then().statusCode(403);
        alice().when().get("/api/opportunities/" + id).then().body("ownerId", is("alice"));

        Auth.as("root", null, Roles.ADMIN).body(TO_BOB).when().post("/api/opportunities/" + id + "/assign")
                .then().statusCode(200).body("ownerId", is("bob"));
        maria().body("{\"ownerId\": \"alice\", \"owningTeam\": \"north\"}").when().post("/api/opportunities/" + id + "/assign")
                .then().statusCode(200).body("ownerId", is("alice"));
    }

    @Test
    void assigningMovesEveryQuoteAndTheOpenActivitiesAndThePreviousOwnerLosesThemUnlessShared() {
        String id = open();
        String draft = alice().when().post("/api/opportunities/" + id + "/quotes").then().statusCode(201).extract().path("id");
        String activity = alice().body("""
                {"type": "TASK", "subject": "Call back", "regardingOpportunityId": "%s"}""".formatted(id))
                .when().post("/api/activities").then().statusCode(201).extract().path("id");
        String etag = alice().when().get("/api/quotes/" + draft).then().statusCode(200).extract().header("ETag");

        alice().body(TO_BOB).when().post("/api/opportunities/" + id + "/assign").then().statusCode(200);

        bob().when().get("/api/quotes/" + draft).then().statusCode(200).body("ownerId", is("bob")).body("owningTeam", is("south"));
        bob().when().get("/api/activities/" + activity).then().statusCode(200).body("ownerId", is("bob"));
        bob().queryParam("opportunityId", id).when().get("/api/quotes").then().statusCode(200).body("totalItems", is(1));
        alice().when().get("/api/opportunities/" + id).then().statusCode(403);
        alice().when().get("/api/quotes/" + draft).then().statusCode(403);
        alice().queryParam("opportunityId", id).when().get("/api/quotes").then().body("totalItems", is(0));
        // The quote changed hands, so an ETag taken before no longer matches.
        assertThat(bob().when().get("/api/quotes/" + draft).then().extract().header("ETag")).isNotEqualTo(etag);

        var assigned = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.OPPORTUNITIES,
                r -> draft.equals(r.key()) && "lead2cash.quote.assigned.v1".equals(KafkaRecords.header(r, "ce_type")), 1,
                Duration.ofSeconds(10));
        assertThat(assigned.get(0).value()).contains("\"previousOwnerId\":\"alice\"").contains("\"ownerId\":\"bob\"");

        bob().body("{\"principalType\": \"USER\", \"principalId\": \"alice\", \"access\": \"READ\"}")
                .when().post("/api/opportunities/" + id + "/shares").then().statusCode(200);
        alice().when().get("/api/quotes/" + draft).then().statusCode(200);
        alice().when().post("/api/quotes/" + draft + "/activate").then().statusCode(403);
    }
}
