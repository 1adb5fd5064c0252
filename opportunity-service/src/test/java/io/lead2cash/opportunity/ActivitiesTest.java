package io.lead2cash.opportunity;

import static io.lead2cash.opportunity.Reps.alice;
import static io.lead2cash.opportunity.Reps.bob;
import static io.lead2cash.opportunity.Reps.dave;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.EventSchemas;
import io.lead2cash.events.Topics;
import io.lead2cash.platform.testing.CatalogStandIn;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tasks, phone calls and appointments regarding opportunities: their states, their refusals and who sees them. */
@QuarkusTest
@WithTestResource(CatalogStandIn.class)
class ActivitiesTest {

    private static String open() {
        return alice().body("""
                {"topic": "Activities %s", "customerType": "ACCOUNT", "customerId": "%s", "currency": "EUR"}"""
                .formatted(UUID.randomUUID(), Customers.account())).when().post("/api/opportunities").then().statusCode(201)
                .extract().path("id");
    }

    private static ValidatableResponse create(RequestSpecification who, String json) {
        return who.body(json).when().post("/api/activities").then();
    }

    private static String task(RequestSpecification who, String opportunity) {
        return create(who, """
                {"type": "TASK", "regardingOpportunityId": "%s", "subject": "Send the proposal",
                 "dueAt": "2026-12-01T09:00:00Z", "priority": "HIGH"}""".formatted(opportunity))
                .statusCode(201).extract().path("id");
    }

    @Test
    void aTaskMovesThroughItsOpenStatusesAndIsReadOnlyOnceCompleted() {
        String opportunity = open();
        String id = task(alice(), opportunity);
        alice().when().get("/api/activities/" + id).then().statusCode(200).body("state", is("OPEN"))
                .body("statusReason", is("NOT_STARTED")).body("priority", is("HIGH")).body("ownerId", is("alice"));

        String change = """
                {"subject": "Send the proposal", "dueAt": "2026-12-02T09:00:00Z", "statusReason": "%s"}""";
        alice().header("If-Match", "\"0\"").body(change.formatted("IN_PROGRESS")).when().put("/api/activities/" + id)
                .then().statusCode(200).body("statusReason", is("IN_PROGRESS")).body("priority", is("NORMAL"));
        alice().header("If-Match", "\"0\"").body(change.formatted("DEFERRED")).when().put("/api/activities/" + id)
                .then().statusCode(412);
        alice().header("If-Match", "*").body(change.formatted("MADE")).when().put("/api/activities/" + id).then()
                .statusCode(400).body("errors[0].field", is("statusReason"));
        alice().body("{\"statusReason\": \"RECEIVED\"}").when().post("/api/activities/" + id + "/complete").then()
                .statusCode(400).body("errors[0].field", is("statusReason"));

        alice().when().post("/api/activities/" + id + "/complete").then().statusCode(200).body("state", is("COMPLETED"))
                .body("statusReason", is("COMPLETED")).body("actualEnd", notNullValue());
        alice().header("If-Match", "*").body(change.formatted("IN_PROGRESS")).when().put("/api/activities/" + id).then()
                .statusCode(409).body("state", is("COMPLETED"));
        alice().when().post("/api/activities/" + id + "/complete").then().statusCode(409);
        alice().when().post("/api/activities/" + id + "/cancel").then().statusCode(409);

        var completed = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.OPPORTUNITIES,
                r -> opportunity.equals(r.key()) && "lead2cash.activity.completed.v1".equals(KafkaRecords.header(r, "ce_type")),
                1, Duration.ofSeconds(10));
        assertThat(completed).hasSize(1);
        assertThat(EventSchemas.violations("lead2cash.activity.completed.v1", completed.get(0).value())).isEmpty();
        assertThat(completed.get(0).value()).contains(id);
    }

    @Test
    void aPhoneCallIsCompletedAsMadeOrReceivedFromItsDirection() {
        String opportunity = open();
        String incoming = create(alice(), """
                {"type": "PHONE_CALL", "regardingOpportunityId": "%s", "subject": "Customer called back",
                 "direction": "INCOMING", "phoneNumber": "+31 20 555 0100"}""".formatted(opportunity))
                .statusCode(201).body("statusReason", is("OPEN")).extract().path("id");
        alice().when().post("/api/activities/" + incoming + "/complete").then().statusCode(200)
                .body("statusReason", is("RECEIVED"));
        String outgoing = create(alice(), """
                {"type": "PHONE_CALL", "regardingOpportunityId": "%s", "subject": "Follow up"}""".formatted(opportunity))
                .statusCode(201).body("direction", is("OUTGOING")).extract().path("id");
        alice().body("{\"statusReason\": \"COMPLETED\"}").when().post("/api/activities/" + outgoing + "/complete").then()
                .statusCode(400);
        alice().when().post("/api/activities/" + outgoing + "/complete").then().statusCode(200).body("statusReason", is("MADE"));
        create(alice(), """
                {"type": "PHONE_CALL", "regardingOpportunityId": "%s", "subject": "Visit", "location": "Office"}"""
                .formatted(opportunity)).statusCode(400).body("errors[0].field", is("location"));
    }

    @Test
    void anAppointmentNeedsItsScheduleAndIsScheduledUntilMarkedTentative() {
        String opportunity = open();
        String appointment = """
                {"type": "APPOINTMENT", "regardingOpportunityId": "%s", "subject": "Tasting", "location": "Customer site",
                 "scheduledStart": "%s", "scheduledEnd": "%s"}""";
        create(alice(), """
                {"type": "APPOINTMENT", "regardingOpportunityId": "%s", "subject": "Tasting"}""".formatted(opportunity))
                .statusCode(400).body("errors[0].field", is("scheduledStart"));
        create(alice(), appointment.formatted(opportunity, "2026-12-03T11:00:00Z", "2026-12-03T10:00:00Z"))
                .statusCode(400).body("errors[0].field", is("scheduledEnd"));
        create(alice(), """
                {"type": "TASK", "regardingOpportunityId": "%s", "subject": "x", "scheduledStart": "2026-12-03T10:00:00Z"}"""
                .formatted(opportunity)).statusCode(400).body("errors[0].field", is("scheduledStart"));
        create(alice(), appointment.formatted(UUID.randomUUID(), "2026-12-03T10:00:00Z", "2026-12-03T11:00:00Z"))
                .statusCode(400).body("errors[0].field", is("regardingOpportunityId"));

        String id = create(alice(), appointment.formatted(opportunity, "2026-12-03T10:00:00Z", "2026-12-03T11:00:00Z"))
                .statusCode(201).body("state", is("SCHEDULED")).body("statusReason", is("BUSY")).extract().path("id");
        alice().header("If-Match", "*").body("""
                {"subject": "Tasting", "scheduledStart": "2026-12-03T10:00:00Z", "scheduledEnd": "2026-12-03T12:00:00Z",
                 "statusReason": "TENTATIVE"}""").when().put("/api/activities/" + id).then().statusCode(200)
                .body("state", is("OPEN")).body("statusReason", is("TENTATIVE"));
        alice().when().post("/api/activities/" + id + "/cancel").then().statusCode(200).body("state", is("CANCELED"))
                .body("statusReason", is("CANCELED"));
        alice().queryParam("regardingOpportunityId", opportunity).queryParam("state", "CANCELED").when()
                .get("/api/activities").then().body("totalItems", is(1));
        alice().queryParam("state", "FINISHED").when().get("/api/activities").then().statusCode(400)
                .body("errors[0].field", is("state"));
    }

    @Test
    void activitiesFollowTheAccessOfTheOpportunityTheyRegard() {
        String opportunity = open();
        String id = task(alice(), opportunity);
        create(bob(), """
                {"type": "TASK", "regardingOpportunityId": "%s", "subject": "Not mine"}""".formatted(opportunity))
                .statusCode(403);
        bob().when().get("/api/activities/" + id).then().statusCode(403);
        bob().queryParam("regardingOpportunityId", opportunity).when().get("/api/activities").then().body("totalItems", is(0));

        alice().body("{\"principalType\": \"USER\", \"principalId\": \"bob\", \"access\": \"READ\"}")
                .when().post("/api/opportunities/" + opportunity + "/shares").then().statusCode(200);
        bob().when().get("/api/activities/" + id).then().statusCode(200);
        bob().queryParam("regardingOpportunityId", opportunity).when().get("/api/activities").then().body("totalItems", is(1));
        bob().when().post("/api/activities/" + id + "/complete").then().statusCode(403);
        bob().when().post("/api/activities/" + id + "/cancel").then().statusCode(403);
        bob().header("If-Match", "*").body("{\"subject\": \"Mine now\"}").when().put("/api/activities/" + id).then()
                .statusCode(403);
        bob().body("{\"ownerId\": \"bob\"}").when().post("/api/activities/" + id + "/assign").then().statusCode(403);

        // On the sales team, bob works the deal: his own activities are visible to the owner.
        alice().body("{\"role\": \"Technical sales\"}").when().put("/api/opportunities/" + opportunity + "/sales-team/bob")
                .then().statusCode(200);
        String bobs = task(bob(), opportunity);
        alice().queryParam("regardingOpportunityId", opportunity).when().get("/api/activities").then()
                .body("totalItems", is(2)).body("items.id", hasItem(bobs));
        dave().when().get("/api/activities/" + bobs).then().statusCode(403);
        // A member may change the deal, so they may work its activities too.
        bob().header("If-Match", "*").body("{\"subject\": \"Send the proposal\", \"statusReason\": \"IN_PROGRESS\"}")
                .when().put("/api/activities/" + id).then().statusCode(200).body("statusReason", is("IN_PROGRESS"));
        dave().queryParam("regardingOpportunityId", opportunity).when().get("/api/activities").then()
                .body("items.id", not(hasItem(bobs)));

        alice().when().post("/api/opportunities/" + opportunity + "/win").then().statusCode(200);
        create(alice(), """
                {"type": "TASK", "regardingOpportunityId": "%s", "subject": "Too late"}""".formatted(opportunity))
                .statusCode(409);
    }

    @Test
    void assigningTheOpportunityHandsThePreviousOwnersOpenActivitiesToTheNewOne() {
        String opportunity = open();
        String open = task(alice(), opportunity);
        String done = task(alice(), opportunity);
        alice().when().post("/api/activities/" + done + "/complete").then().statusCode(200);

        alice().body("{\"ownerId\": \"bob\", \"owningTeam\": \"south\"}").when()
                .post("/api/opportunities/" + opportunity + "/assign").then().statusCode(200);
        bob().when().get("/api/activities/" + open).then().statusCode(200).body("ownerId", is("bob"))
                .body("owningTeam", is("south"));
        bob().when().get("/api/activities/" + done).then().statusCode(200).body("ownerId", is("alice"));
    }
}
