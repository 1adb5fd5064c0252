package io.lead2cash.leads;

import static io.lead2cash.leads.Fixtures.alice;
import static io.lead2cash.leads.Fixtures.bob;
import static io.lead2cash.leads.Fixtures.carol;
import static io.lead2cash.leads.Fixtures.uniquePhone;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Duplicate detection on create and replace of leads, accounts and contacts: same e-mail, same company name without
 * case, punctuation or legal form, or same phone digits answer 409 with the look-alikes, unless overridden.
 */
@QuarkusTest
class DuplicateDetectionTest {

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String lead(String company, String email, String phone) {
        return """
                {"topic": "Duplicates", "lastName": "Silva", "companyName": %s, "email": %s, "phone": %s}"""
                .formatted(json(company), json(email), json(phone));
    }

    private static String json(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    @Test
    void aLeadWithTheEmailOfAnOpenLeadIsRefusedWithItUnlessOverridden() {
        String tag = tag();
        String first = alice().body(lead("Roastery " + tag, "ana." + tag + "@example.com", null)).when()
                .post("/api/leads").then().statusCode(201).extract().path("id");
        alice().body(lead(null, "ANA." + tag.toUpperCase() + "@Example.com", null)).when().post("/api/leads").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", is("urn:lead2cash:problem:duplicate"))
                .body("duplicates", hasSize(1)).body("duplicates[0].id", is(first))
                .body("duplicates[0].type", is("lead")).body("duplicates[0].matchedOn", is("email"))
                .body("detail", containsString("overrideDuplicates=true"));
        alice().queryParam("q", "ana." + tag).when().get("/api/leads").then().body("items", hasSize(1));

        alice().queryParam("overrideDuplicates", "true").body(lead(null, "ana." + tag + "@example.com", null)).when()
                .post("/api/leads").then().statusCode(201);
        alice().queryParam("overrideDuplicates", "perhaps").body(lead(null, "x" + tag + "@example.com", null)).when()
                .post("/api/leads").then().statusCode(400).body("errors[0].field", is("overrideDuplicates"));
    }

    @Test
    void companyNamesMatchWithoutCasePunctuationOrLegalFormAndPhonesByTheirDigits() {
        String tag = tag();
        String phone = uniquePhone();
        alice().body(lead("Café Lumière " + tag + " S.A.R.L.", null, phone)).when().post("/api/leads").then()
                .statusCode(201);
        alice().body(lead("CAFÉ LUMIÈRE " + tag.toUpperCase(), null, null)).when().post("/api/leads").then()
                .statusCode(409).body("duplicates[0].matchedOn", is("companyName"));
        // The national form of the same number: +33 4 ... and 04 ... share their last nine digits.
        alice().body(lead("Elsewhere " + tag, null, "0" + phone.substring(4))).when().post("/api/leads").then()
                .statusCode(409).body("duplicates[0].matchedOn", is("phone"));
        alice().body(lead("Lumière Roasters " + tag, null, "+33 4 72")).when().post("/api/leads").then().statusCode(201);
    }

    @Test
    void onlyOpenLeadsTheCallerMaySeeCount() {
        String tag = tag();
        String email = "eve." + tag + "@example.com";
        String first = alice().body(lead(null, email, null)).when().post("/api/leads").then().statusCode(201)
                .extract().path("id");
        // Bob, of another team, cannot see alice's lead: it is not named to him, and his is saved.
        bob().body(lead(null, email, null)).when().post("/api/leads").then().statusCode(201);
        // Carol, alice's teammate, sees it.
        carol().body(lead(null, email, null)).when().post("/api/leads").then().statusCode(409);
        alice().body("{\"reason\": \"NO_LONGER_INTERESTED\"}").when().post("/api/leads/" + first + "/disqualify").then()
                .statusCode(200);
        carol().body(lead(null, email, null)).when().post("/api/leads").then().statusCode(201);
    }

    @Test
    void aReplaceIsCheckedOnlyForTheEmailCompanyOrPhoneItChanges() {
        String tag = tag();
        alice().body(lead("Kept " + tag, "kept." + tag + "@example.com", null)).when().post("/api/leads").then()
                .statusCode(201);
        var other = alice().body(lead("Other " + tag, "other." + tag + "@example.com", null)).when().post("/api/leads")
                .then().statusCode(201).extract();
        String id = other.path("id");
        alice().header("If-Match", other.header("ETag")).body(lead("Other " + tag, "kept." + tag + "@example.com", null))
                .when().put("/api/leads/" + id).then().statusCode(409).body("duplicates[0].matchedOn", is("email"));
        String etag = alice().header("If-Match", other.header("ETag")).queryParam("overrideDuplicates", "true")
                .body(lead("Other " + tag, "kept." + tag + "@example.com", null)).when().put("/api/leads/" + id).then()
                .statusCode(200).extract().header("ETag");
        // The e-mail it was saved with is not asked about again when something else changes.
        alice().header("If-Match", etag).body(lead("Other " + tag, "kept." + tag + "@example.com", null)
                .replace("\"Duplicates\"", "\"Renamed\"")).when().put("/api/leads/" + id).then().statusCode(200);
    }

    @Test
    void accountsAndContactsAreCheckedAsLeadsAre() {
        String tag = tag();
        String phone = uniquePhone();
        String account = alice().body("{\"name\": \"Fabrikam " + tag + ", Inc.\", \"phone\": \"" + phone + "\"}").when()
                .post("/api/accounts").then().statusCode(201).extract().path("id");
        bob().body("{\"name\": \"fabrikam " + tag + "\"}").when().post("/api/accounts").then().statusCode(409)
                .body("duplicates[0].type", is("account")).body("duplicates[0].id", is(account))
                .body("duplicates[0].matchedOn", is("name"));
        bob().body("{\"name\": \"Northwind " + tag + "\", \"phone\": \"" + phone + "\"}").when().post("/api/accounts")
                .then().statusCode(409).body("duplicates[0].matchedOn", is("phone"));

        String email = "nancy." + tag + "@fabrikam.example";
        alice().body("{\"lastName\": \"Davolio\", \"email\": \"" + email + "\"}").when().post("/api/contacts").then()
                .statusCode(201);
        bob().body("{\"lastName\": \"Davolio\", \"email\": \"" + email.toUpperCase() + "\"}").when().post("/api/contacts")
                .then().statusCode(409).body("duplicates[0].type", is("contact"))
                .body("duplicates[0].name", is("Davolio")).body("duplicates[0].matchedOn", is("email"));
        bob().queryParam("overrideDuplicates", "true").body("{\"lastName\": \"Davolio\", \"email\": \"" + email + "\"}")
                .when().post("/api/contacts").then().statusCode(201);
    }
}
