package io.lead2cash.leads;

import static io.lead2cash.leads.Fixtures.alice;
import static io.lead2cash.leads.Fixtures.bob;
import static io.lead2cash.leads.Fixtures.createLead;
import static io.lead2cash.leads.Fixtures.leadBody;
import static io.lead2cash.leads.Fixtures.manager;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The leads' business process flow: what a lead must have before it is qualified, set by managers. */
@QuarkusTest
class LeadProcessFlowTest {

    private static final String FLOWS = "/api/process-flows/lead";

    private static final String DEFAULT = """
            {"name": "Lead to Opportunity Sales Process", "stages": [{"name": "QUALIFY", "label": "Qualify", "steps": [
              {"step": "companyName", "required": false}, {"step": "contactDetails", "required": false},
              {"step": "estimatedValue", "required": false}, {"step": "description", "required": false}]}]}""";

    private static final String STRICT = """
            {"name": "Qualified leads only", "stages": [{"name": "QUALIFY", "steps": [
              {"step": "contactDetails", "required": true}, {"step": "estimatedValue", "required": true},
              {"step": "description", "required": true, "label": "What the café needs"}]}]}""";

    private static void useFlow(String body) {
        String etag = manager().when().get(FLOWS).then().statusCode(200).extract().header("ETag");
        manager().header("If-Match", etag).body(body).when().put(FLOWS).then().statusCode(200);
    }

    @AfterEach
    void restoreTheDefault() {
        useFlow(DEFAULT);
    }

    @Test
    void aLeadIsQualifiedOnlyWithTheStepsItsFlowRequires() {
        alice().when().get(FLOWS).then().statusCode(200).body("stages.name", contains("QUALIFY"))
                .body("stages[0].steps.required", contains(false, false, false, false));
        String etag = manager().when().get(FLOWS).then().extract().header("ETag");
        alice().header("If-Match", etag).body(STRICT).when().put(FLOWS).then().statusCode(403);
        manager().header("If-Match", etag).body(STRICT.replace("\"QUALIFY\"", "\"DEVELOP\"")).when().put(FLOWS)
                .then().statusCode(400).body("errors[0].field", is("stages"));
        useFlow(STRICT);

        String id = createLead(alice(), "Flow").path("id");
        alice().when().get("/api/leads/" + id + "/process").then().statusCode(200).body("readyToQualify", is(false))
                .body("flow.stages[0].steps.done", contains(true, true, false));
        bob().when().get("/api/leads/" + id + "/process").then().statusCode(403);
        alice().when().post("/api/leads/" + id + "/qualify").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("description"))
                .body("errors[0].rule", containsString("What the café needs"));
        alice().when().get("/api/leads/" + id).then().body("state", is("OPEN")).body("accountId", is((Object) null));

        String leadEtag = alice().when().get("/api/leads/" + id).then().extract().header("ETag");
        alice().header("If-Match", leadEtag).body(leadBody("Flow").replace("\"source\": \"Web\"",
                "\"source\": \"Web\", \"description\": \"Two espresso machines for a new café\"")).when()
                .put("/api/leads/" + id).then().statusCode(200);
        alice().when().get("/api/leads/" + id + "/process").then().body("readyToQualify", is(true));
        alice().when().post("/api/leads/" + id + "/qualify").then().statusCode(200).body("lead.state", is("QUALIFIED"));
    }
}
