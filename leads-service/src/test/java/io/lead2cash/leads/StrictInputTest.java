package io.lead2cash.leads;

import static io.lead2cash.leads.Fixtures.alice;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a field's schema says is all it accepts: no coercion of numbers or booleans into text, no unknown fields, no
 * content after the document, no control characters, no body of another media type, and query parameters checked
 * before they reach the database. Each refusal names the field and changes nothing.
 */
@QuarkusTest
class StrictInputTest {

    private static String marker() {
        return "Strict " + UUID.randomUUID();
    }

    private static void refused(String body, int status, String field) {
        var answer = alice().body(body).when().post("/api/leads").then().statusCode(status)
                .contentType(startsWith("application/problem+json"));
        if (field != null) {
            answer.body("errors[0].field", is(field));
        }
    }

    @Test
    void aNumberOrABooleanForATextFieldIsRefusedNotCoerced() {
        String marker = marker();
        refused(Fixtures.leadBody(marker).replace("\"Silva\"", "42"), 400, "lastName");
        refused(Fixtures.leadBody(marker).replace("\"Silva\"", "true"), 400, "lastName");
        refused(Fixtures.leadBody(marker).replace("\"Silva\"", "4.5"), 400, "lastName");
        alice().body(Fixtures.leadBody(marker).replace("\"Silva\"", "42")).when().post("/api/leads").then()
                .body("errors[0].rule", is("must be a string"));
        assertNothingCalled(marker);
    }

    @Test
    void anUnknownFieldTrailingContentAndControlCharactersAreRefused() {
        String marker = marker();
        refused(Fixtures.leadBody(marker).replace("\"rating\"", "\"nickname\": \"Ana\", \"rating\""), 400, "nickname");
        alice().body(Fixtures.leadBody(marker).replace("\"rating\"", "\"nickname\": \"Ana\", \"rating\"")).when()
                .post("/api/leads").then().body("errors[0].rule", startsWith("is not a field of this request"));
        alice().body(Fixtures.leadBody(marker) + " {\"again\": 1}").when().post("/api/leads").then().statusCode(400)
                .body("type", is("urn:lead2cash:problem:malformed-body"))
                .body("detail", is("The body has content after its JSON document"));
        refused(Fixtures.leadBody(marker).replace("\"Silva\"", "\"Sil\\u0000va\""), 400, "lastName");
        alice().body(Fixtures.leadBody(marker).replace("\"Silva\"", "\"Sil\\u0000va\"")).when().post("/api/leads").then()
                .body("errors[0].rule", is("must not contain control characters (found U+0000)"));
        assertNothingCalled(marker);
    }

    @Test
    void aDecimalTakesADecimalStringOrAJsonNumberAsTheDocumentSays() {
        alice().body(Fixtures.leadBody(marker()).replace("\"12500.00\"", "12500.5")).when().post("/api/leads").then()
                .statusCode(201).body("estimatedValue.amount", is("12500.50"));
    }

    @Test
    void aBodyOfAMediaTypeTheOperationDoesNotReadIsA415() {
        String marker = marker();
        alice().contentType("text/plain").body(Fixtures.leadBody(marker)).when().post("/api/leads").then()
                .statusCode(415).contentType(startsWith("application/problem+json"))
                .body("type", is("urn:lead2cash:problem:unsupported-media-type"));
        assertNothingCalled(marker);
    }

    @Test
    void queryParametersAreCheckedBeforeTheyReachTheDatabase() {
        alice().queryParam("q", "caf\u0000e").when().get("/api/leads").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", is("q"))
                .body("errors[0].rule", is("must not contain control characters (found U+0000)"));
        alice().queryParam("q", "x".repeat(501)).when().get("/api/leads").then().statusCode(400)
                .body("errors[0].field", is("q")).body("errors[0].rule", is("must be at most 500 characters"));
        alice().queryParam("size", "ten").when().get("/api/leads").then().statusCode(400)
                .body("errors[0].field", is("size")).body("errors[0].rule", is("must be a whole number"));
        alice().queryParam("page", "1.5").when().get("/api/leads").then().statusCode(400)
                .body("errors[0].field", is("page"));
        alice().queryParam("page", "99999999999").when().get("/api/leads").then().statusCode(400)
                .body("errors[0].field", is("page"));
        alice().queryParam("q", "' OR '1'='1").when().get("/api/leads").then().statusCode(200).body("totalItems", is(0));
    }

    private static void assertNothingCalled(String marker) {
        alice().queryParam("q", marker).when().get("/api/leads").then().statusCode(200).body("totalItems", is(0));
    }
}
