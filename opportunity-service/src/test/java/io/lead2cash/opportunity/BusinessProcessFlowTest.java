package io.lead2cash.opportunity;

import static io.lead2cash.opportunity.Reps.alice;
import static io.lead2cash.opportunity.Reps.bob;
import static io.lead2cash.opportunity.Reps.maria;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.EventSchemas;
import io.lead2cash.events.Topics;
import io.lead2cash.platform.testing.CatalogStandIn;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The opportunities' business process flow: what each stage asks for, who may change it, and the stage history. */
@QuarkusTest
@WithTestResource(CatalogStandIn.class)
class BusinessProcessFlowTest {

    private static final String FLOWS = "/api/process-flows/opportunity";

    /** The default as the service answers it, so each test leaves the flow as it found it. */
    private static String defaultFlow;

    /** Develop asks for the customer's need and a proposed solution; Propose for a live quote, as by default. */
    private static final String STRICTER = """
            {"name": "Coffee machines", "stages": [
              {"name": "QUALIFY", "steps": [{"step": "estimatedCloseDate", "required": true}]},
              {"name": "DEVELOP", "label": "Understand the café", "steps": [
                {"step": "customerNeed", "required": true}, {"step": "proposedSolution", "required": true},
                {"step": "competitors", "required": false}]},
              {"name": "PROPOSE", "steps": [{"step": "liveQuote", "required": true}]},
              {"name": "CLOSE", "steps": []}]}""";

    private static String open(String extra) {
        return alice().body("""
                {"topic": "Flow %s", "customerType": "ACCOUNT", "customerId": "%s", "currency": "EUR"%s}"""
                .formatted(UUID.randomUUID(), Customers.account(), extra)).when().post("/api/opportunities").then()
                .statusCode(201).body("salesStage", is("QUALIFY")).body("stageEnteredAt", notNullValue())
                .extract().path("id");
    }

    private static String useFlow(String body) {
        if (defaultFlow == null) {
            defaultFlow = maria().when().get(FLOWS).then().statusCode(200).extract().asString();
        }
        String etag = maria().when().get(FLOWS).then().extract().header("ETag");
        return maria().header("If-Match", etag).body(body).when().put(FLOWS).then().statusCode(200)
                .extract().header("ETag");
    }

    @AfterEach
    void restoreTheDefaultFlow() throws Exception {
        if (defaultFlow != null) {
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(defaultFlow);
            // What the flow answers has more than a request takes: each step's done, the catalogue, who changed it.
            node.retain("name", "stages");
            node.get("stages").forEach(stage -> stage.get("steps")
                    .forEach(step -> ((com.fasterxml.jackson.databind.node.ObjectNode) step).remove("done")));
            useFlow(node.toString());
        }
    }

    @Test
    void theDefaultFlowFollowsTheSalesStagesAndNeedsAQuoteToClose() {
        alice().when().get(FLOWS).then().statusCode(200).body("recordType", is("opportunity"))
                .body("stages.name", contains("QUALIFY", "DEVELOP", "PROPOSE", "CLOSE"))
                .body("stages[2].steps.find { it.step == 'liveQuote' }.required", is(true))
                .body("availableSteps.customerNeed", is("Customer need"));

        String id = open("");
        // Leaving Qualify needs a purchase timeframe; the problem lists the step and its stage.
        alice().body("{\"stage\": \"DEVELOP\"}").when().post("/api/opportunities/" + id + "/stage").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", is("urn:lead2cash:problem:stage-incomplete"))
                .body("errors.field", contains("estimatedCloseDate"))
                .body("missing[0].stage", is("QUALIFY"));
        // Develop -> Close passes over Propose, whose live quote is missing: refused.
        String dated = open(", \"estimatedCloseDate\": \"2031-05-01\"");
        alice().body("{\"stage\": \"DEVELOP\"}").when().post("/api/opportunities/" + dated + "/stage").then()
                .statusCode(200).body("salesStage", is("DEVELOP"));
        alice().body("{\"stage\": \"CLOSE\"}").when().post("/api/opportunities/" + dated + "/stage").then()
                .statusCode(422).body("errors.field", contains("liveQuote"));
        // Nor can an opportunity be opened past the stages it has not done.
        alice().body("""
                {"topic": "Opened late", "customerType": "ACCOUNT", "customerId": "%s", "currency": "EUR",
                 "estimatedCloseDate": "2031-05-01", "salesStage": "CLOSE"}""".formatted(Customers.account())).when()
                .post("/api/opportunities").then().statusCode(422).body("errors.field", contains("liveQuote"));
    }

    @Test
    void movingOnWithRequiredStepsMissingIsRefusedWithEveryMissingStepListed() {
        useFlow(STRICTER);
        String id = open(", \"estimatedCloseDate\": \"2031-05-01\"");
        String path = "/api/opportunities/" + id;
        alice().body("{\"stage\": \"PROPOSE\"}").when().post(path + "/stage").then().statusCode(422)
                .body("errors.field", contains("customerNeed", "proposedSolution"))
                .body("errors[0].rule", containsString("DEVELOP"))
                .body("detail", containsString("2 required steps"));
        alice().when().get(path).then().body("salesStage", is("QUALIFY"));
        alice().when().get(path + "/process").then().statusCode(200).body("activeStage", is("QUALIFY"))
                .body("flow.stages[1].label", is("Understand the café"))
                .body("flow.stages[0].steps[0].done", is(true))
                .body("flow.stages[1].steps.done", contains(false, false, false));

        // Filling the steps and moving on in one replace, as the flow's Next Stage does.
        String etag = alice().when().get(path).then().extract().header("ETag");
        alice().header("If-Match", etag).body("""
                {"topic": "Flow filled", "customerType": "ACCOUNT", "customerId": "%s", "currency": "EUR",
                 "estimatedCloseDate": "2031-05-01", "customerNeed": "Two espresso machines",
                 "proposedSolution": "Café S-100", "salesStage": "PROPOSE"}""".formatted(Customers.account())).when()
                .put(path).then().statusCode(200).body("salesStage", is("PROPOSE"));
        // Back is always allowed: the requirements guard the way forward only.
        alice().body("{\"stage\": \"DEVELOP\"}").when().post(path + "/stage").then().statusCode(200)
                .body("salesStage", is("DEVELOP"));
        alice().body("{\"stage\": \"DEVELOP\"}").when().post(path + "/stage").then().statusCode(400)
                .body("errors[0].field", is("stage"));

        alice().when().get(path + "/stage-history").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.toStage", contains("QUALIFY", "PROPOSE", "DEVELOP"))
                .body("items[0].fromStage", nullValue()).body("items[0].secondsInStage", nullValue())
                .body("items[1].fromStage", is("QUALIFY")).body("items[1].changedBy", is("alice"))
                .body("items[1].secondsInStage", notNullValue());
        bob().when().get(path + "/stage-history").then().statusCode(403);
        bob().body("{\"stage\": \"CLOSE\"}").when().post(path + "/stage").then().statusCode(403);

        var changes = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.OPPORTUNITIES,
                r -> id.equals(r.key()) && "lead2cash.opportunity.stage-changed.v1".equals(KafkaRecords.header(r, "ce_type")),
                2, Duration.ofSeconds(10));
        changes.forEach(r -> assertThat(EventSchemas.violations("lead2cash.opportunity.stage-changed.v1", r.value()))
                .as(r.value()).isEmpty());
        assertThat(changes.get(0).value()).contains("\"fromStage\":\"QUALIFY\"", "\"toStage\":\"PROPOSE\"",
                "\"changedBy\":\"alice\"");
    }

    @Test
    void onlyManagersChangeTheFlowAndOnlyWithStepsItKnows() {
        String etag = maria().when().get(FLOWS).then().extract().header("ETag");
        alice().header("If-Match", etag).body(STRICTER).when().put(FLOWS).then().statusCode(403);
        maria().body(STRICTER).when().put(FLOWS).then().statusCode(428);
        maria().header("If-Match", "\"999\"").body(STRICTER).when().put(FLOWS).then().statusCode(412);
        maria().header("If-Match", etag).body(STRICTER.replace("\"customerNeed\"", "\"favouriteColour\"")).when()
                .put(FLOWS).then().statusCode(400).body("errors[0].field", is("stages[1].steps[0].step"));
        maria().header("If-Match", etag).body(STRICTER.replace("\"PROPOSE\"", "\"NEGOTIATE\"")).when()
                .put(FLOWS).then().statusCode(400).body("errors[0].field", is("stages"));
        maria().header("If-Match", etag).body(STRICTER.replace("\"proposedSolution\"", "\"customerNeed\"")).when()
                .put(FLOWS).then().statusCode(400).body("errors[0].rule", containsString("once"));
        maria().header("If-Match", etag).body("{\"name\": \"\", \"stages\": []}").when().put(FLOWS).then()
                .statusCode(400).body("errors.field", hasItem("name"));
        // Nothing refused changed the flow.
        alice().when().get(FLOWS).then().header("ETag", etag);

        useFlow(STRICTER);
        alice().when().get(FLOWS).then().body("name", is("Coffee machines")).body("modifiedBy", is("maria"))
                .body("stages[1].steps[0].label", is("Customer need"));
        var flows = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.OPPORTUNITIES,
                r -> "lead2cash.opportunity.process-flow-changed.v1".equals(KafkaRecords.header(r, "ce_type"))
                        && r.value().contains("Coffee machines"), 1, Duration.ofSeconds(10));
        assertThat(EventSchemas.violations("lead2cash.opportunity.process-flow-changed.v1", flows.get(0).value())).isEmpty();
    }
}
