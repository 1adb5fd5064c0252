package io.lead2cash.leads;

import static io.lead2cash.leads.Fixtures.alice;
import static io.lead2cash.leads.Fixtures.createLead;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadLifecycleTest {

    @Test
    void aNewLeadIsOpenNewOwnedByItsCreatorAndReturnedWithLocationAndETag() {
        var created = createLead(alice(), "Espresso machines");
        String id = created.path("id");

        created.response().then()
                .header("Location", endsWith("/api/leads/" + id))
                .header("ETag", "\"0\"")
                .body("state", is("OPEN"))
                .body("statusReason", is("NEW"))
                .body("ownerId", is("alice"))
                .body("owningTeam", is("north"))
                .body("estimatedValue.amount", is("12500.00"))
                .body("estimatedValue.currency", is("EUR"));
        alice().when().get("/api/leads/" + id).then().statusCode(200).header("ETag", "\"0\"").body("topic", is("Espresso machines"));
    }

    @Test
    void ownerAndStateAreNotTheCallersToSetAndSendingThemIsRefused() {
        String body = Fixtures.leadBody("Grinders").replace("\"rating\"", "\"ownerId\": \"mallory\", \"state\": \"QUALIFIED\", \"rating\"");
        alice().body(body).when().post("/api/leads").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.oneOf("ownerId", "state"));
        alice().queryParam("q", "Grinders").when().get("/api/leads").then().body("totalItems", is(0));
    }

    @Test
    void anOpenLeadIsUpdatedWithItsETagAndMayBeMarkedContacted() {
        String id = createLead(alice(), "Milk frothers").path("id");
        alice().header("If-Match", "\"0\"")
                .body(Fixtures.leadBody("Milk frothers, 20 units").replace("\"rating\"", "\"statusReason\": \"CONTACTED\", \"rating\""))
                .when().put("/api/leads/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("topic", is("Milk frothers, 20 units"))
                .body("statusReason", is("CONTACTED"))
                .body("state", is("OPEN"));
    }

    @Test
    void qualifyingCreatesAccountAndContactAndLinksThemToTheLeadCopyingItsAddress() {
        String id = createLead(alice(), "Coffee for 3 offices").path("id");

        // A bare POST, as curl sends it: no body, no Content-Type.
        var qualification = given().header("Authorization", "Bearer " + Auth.token("alice", "north", Roles.SALES_REP))
                .when().post("/api/leads/" + id + "/qualify").then().statusCode(200)
                .body("lead.state", is("QUALIFIED"))
                .body("lead.statusReason", is("QUALIFIED"))
                .body("lead.qualifiedAt", notNullValue())
                .body("accountCreated", is(true))
                .body("contactCreated", is(true))
                .body("opportunityRequested", is(true))
                .extract();
        String accountId = qualification.path("accountId");
        String contactId = qualification.path("contactId");

        alice().when().get("/api/accounts/" + accountId).then().statusCode(200)
                .body("name", notNullValue()).body("primaryContactId", is(contactId)).body("ownerId", is("alice"))
                .body("street1", is("12 Rue de la République")).body("postalCode", is("69002")).body("city", is("Lyon"))
                .body("country", is("France")).body("street2", nullValue());
        alice().when().get("/api/contacts/" + contactId).then().statusCode(200)
                .body("lastName", is("Silva")).body("accountId", is(accountId))
                .body("street1", is("12 Rue de la République")).body("postalCode", is("69002")).body("city", is("Lyon"))
                .body("country", is("France"));
        alice().when().get("/api/leads/" + id).then()
                .body("accountId", is(accountId)).body("contactId", is(contactId));
    }

    @Test
    void qualifyingALeadOfAnExistingAccountLinksItInsteadOfCreatingOne() {
        String accountId = alice().body("{\"name\": \"" + Fixtures.unique("Torréfaction Dupont") + "\"}")
                .when().post("/api/accounts").then().statusCode(201).extract().path("id");
        String id = alice().body(Fixtures.leadBody("Beans").replace("\"rating\"", "\"accountId\": \"" + accountId + "\", \"rating\""))
                .when().post("/api/leads").then().statusCode(201).extract().path("id");

        alice().body("{\"createContact\": false}").when().post("/api/leads/" + id + "/qualify").then().statusCode(200)
                .body("accountId", is(accountId))
                .body("accountCreated", is(false))
                .body("contactId", nullValue())
                .body("contactCreated", is(false));
    }

    @Test
    void qualifyingIsRefusedWithTheDuplicatesFoundUnlessOverridden() {
        String company = Fixtures.unique("Brûlerie Martin");
        alice().body("{\"name\": \"" + company + "\"}").when().post("/api/accounts").then().statusCode(201);
        String id = alice().body(Fixtures.leadBody("Roasters").replaceFirst("Café Lumière [0-9a-f]{8}", company))
                .when().post("/api/leads").then().statusCode(201).extract().path("id");

        alice().when().post("/api/leads/" + id + "/qualify").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", is("urn:lead2cash:problem:duplicate"))
                .body("duplicates.type", hasItem("account"))
                .body("duplicates.name", hasItem(company));
        alice().when().get("/api/leads/" + id).then().body("state", is("OPEN"));

        alice().body("{\"overrideDuplicates\": true}").when().post("/api/leads/" + id + "/qualify").then().statusCode(200)
                .body("accountCreated", is(true));
    }

    @Test
    void qualifyingChecksWhatItCreatesByTheRulesOfCreatingItDirectly() {
        // A contact with the lead's phone but another e-mail: creating the lead's contact directly is refused (same
        // phone), so qualifying, which would create it, is refused too.
        String phone = Fixtures.uniquePhone();
        String contact = alice().body("{\"lastName\": \"Martin\", \"phone\": \"" + phone + "\"}").when()
                .post("/api/contacts").then().statusCode(201).extract().path("id");
        String lead = alice().body(Fixtures.leadBody("Same phone").replaceFirst("\\+33 4 [0-9 ]{11}", phone))
                .when().post("/api/leads").then().statusCode(201).extract().path("id");
        alice().body("{\"lastName\": \"Silva\", \"phone\": \"" + phone + "\"}").when().post("/api/contacts").then()
                .statusCode(409).body("duplicates.id", hasItem(contact));

        alice().body("{\"createAccount\": false}").when().post("/api/leads/" + lead + "/qualify").then().statusCode(409)
                .body("type", is("urn:lead2cash:problem:duplicate"))
                .body("duplicates.find { it.id == '" + contact + "' }.matchedOn", is("phone"));
        alice().when().get("/api/leads/" + lead).then().body("state", is("OPEN"));
        alice().body("{\"createAccount\": false, \"existingContactId\": \"" + contact + "\"}").when()
                .post("/api/leads/" + lead + "/qualify").then().statusCode(200).body("contactId", is(contact))
                .body("contactCreated", is(false));
    }

    @Test
    void aQualifiedLeadIsReadOnly() {
        String id = createLead(alice(), "Cups").path("id");
        alice().when().post("/api/leads/" + id + "/qualify").then().statusCode(200);
        String etag = alice().when().get("/api/leads/" + id).then().extract().header("ETag");

        alice().header("If-Match", etag).body(Fixtures.leadBody("Changed")).when().put("/api/leads/" + id).then()
                .statusCode(409).body("type", is("urn:lead2cash:problem:illegal-transition")).body("state", is("QUALIFIED"));
        alice().body("{\"reason\": \"LOST\"}").when().post("/api/leads/" + id + "/disqualify").then().statusCode(409);
        alice().when().post("/api/leads/" + id + "/qualify").then().statusCode(409);
        alice().when().post("/api/leads/" + id + "/reactivate").then().statusCode(409);
    }

    @Test
    void aDisqualifiedLeadKeepsItsReasonAndCanBeReactivatedAsNew() {
        String id = createLead(alice(), "Syrups").path("id");

        alice().body("{\"reason\": \"NO_LONGER_INTERESTED\"}").when().post("/api/leads/" + id + "/disqualify").then()
                .statusCode(200).body("state", is("DISQUALIFIED")).body("statusReason", is("NO_LONGER_INTERESTED"));
        alice().header("If-Match", "*").body(Fixtures.leadBody("Edit")).when().put("/api/leads/" + id).then().statusCode(409);
        alice().when().post("/api/leads/" + id + "/reactivate").then()
                .statusCode(200).body("state", is("OPEN")).body("statusReason", is("NEW"));
        alice().when().post("/api/leads/" + id + "/reactivate").then().statusCode(409);
    }

    @Test
    void disqualifyingNeedsADisqualificationReason() {
        String id = createLead(alice(), "Filters").path("id");
        alice().body("{\"reason\": \"QUALIFIED\"}").when().post("/api/leads/" + id + "/disqualify").then()
                .statusCode(400).body("errors[0].field", is("reason"));
        alice().body("{}").when().post("/api/leads/" + id + "/disqualify").then()
                .statusCode(400).body("errors[0].field", is("reason")).body("errors[0].rule", is("is required"));
        alice().when().get("/api/leads/" + id).then().body("state", is("OPEN"));
    }

    @Test
    void listsFilterByStateRatingAndTextAndCountTheWhole() {
        String topic = Fixtures.unique("Descaler");
        createLead(alice(), topic);
        createLead(alice(), topic);
        String third = createLead(alice(), topic).path("id");
        alice().body("{\"reason\": \"LOST\"}").when().post("/api/leads/" + third + "/disqualify").then().statusCode(200);

        alice().queryParam("q", topic.toLowerCase()).queryParam("state", "open").queryParam("rating", "HOT")
                .queryParam("size", 1).queryParam("sort", "-createdAt").queryParam("count", true)
                .when().get("/api/leads").then().statusCode(200)
                .body("items.size()", is(1))
                .body("totalItems", is(2))
                .body("totalPages", is(2))
                .body("items[0].topic", equalTo(topic));
    }

    @Test
    void quickFindMatchesTheStartOfAFieldAndAStarFindsTheTextAnywhere() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        String id = createLead(alice(), "Roaster " + tag).path("id");

        alice().queryParam("q", "roaster " + tag).when().get("/api/leads").then().body("items.id", org.hamcrest.Matchers.contains(id));
        alice().queryParam("q", tag).when().get("/api/leads").then().body("items", org.hamcrest.Matchers.empty());
        alice().queryParam("q", "*" + tag).when().get("/api/leads").then().body("items.id", org.hamcrest.Matchers.contains(id));
        alice().queryParam("q", "ro*" + tag).when().get("/api/leads").then().body("items.id", org.hamcrest.Matchers.contains(id));
        // % and _ are text, not wildcards.
        alice().queryParam("q", "%" + tag).when().get("/api/leads").then().body("items", org.hamcrest.Matchers.empty());
    }
}
