package io.lead2cash.leads;

import static io.lead2cash.leads.Fixtures.alice;
import static io.lead2cash.leads.Fixtures.createLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.lead2cash.leads.domain.Lead;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every client mistake is a 4xx problem+json naming the field and the rule, and changes nothing. */
@QuarkusTest
class BadInputTest {

    @Test
    void malformedJsonIsA400ProblemAndCreatesNothing() {
        long before = leads();
        alice().body("{\"topic\": \"Broken\", ").when().post("/api/leads").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("urn:lead2cash:problem:malformed-body"))
                .body("status", is(400))
                .body("instance", is("/api/leads"));
        assertThat(leads()).isEqualTo(before);
    }

    @Test
    void missingRequiredFieldsAreNamedWithTheirRule() {
        long before = leads();
        alice().body("{\"firstName\": \"Ana\", \"email\": \"not-an-email\"}").when().post("/api/leads").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("urn:lead2cash:problem:validation"))
                .body("errors.field", hasItem("topic"))
                .body("errors.field", hasItem("lastName"))
                .body("errors.field", hasItem("email"))
                .body("errors.find { it.field == 'topic' }.rule", is("must not be blank"));
        assertThat(leads()).isEqualTo(before);
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        alice().body(Fixtures.leadBody("Typed").replace("\"HOT\"", "\"SCORCHING\"")).when().post("/api/leads").then()
                .statusCode(400)
                .body("errors[0].field", is("rating"))
                .body("errors[0].rule", is("must be one of [HOT, WARM, COLD]"));
        alice().body(Fixtures.leadBody("Typed").replace("\"12500.00\"", "{\"x\": 1}")).when().post("/api/leads").then()
                .statusCode(400)
                .body("errors[0].field", is("estimatedValue.amount"));
        alice().body("[1, 2]").when().post("/api/leads").then()
                .statusCode(400)
                .body("type", is("urn:lead2cash:problem:malformed-body"));
    }

    @Test
    void moneyNeedsAnIsoCurrencyAndAtMostFourDecimals() {
        alice().body(Fixtures.leadBody("Money").replace("\"EUR\"", "\"EURO\"")).when().post("/api/leads").then()
                .statusCode(400).body("errors[0].field", is("estimatedValue.currency"));
        alice().body(Fixtures.leadBody("Money").replace("\"12500.00\"", "\"1.23456\"")).when().post("/api/leads").then()
                .statusCode(400).body("errors[0].field", is("estimatedValue.amount"))
                .body("errors[0].rule", is("must have at most 4 decimals"));
        alice().body(Fixtures.leadBody("Money").replace("\"12500.00\"", "\"-5\"")).when().post("/api/leads").then()
                .statusCode(400).body("errors[0].rule", is("must not be negative"));
    }

    @Test
    void aMissingBodyIsRequired() {
        alice().when().post("/api/leads").then().statusCode(400)
                .body("errors[0].field", is("body")).body("errors[0].rule", is("is required"));
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        alice().contentType("text/plain").body("topic=x").when().post("/api/leads").then()
                .statusCode(415).contentType("application/problem+json");
    }

    @Test
    void anUnknownIdIs404AndAMalformedIdIsNotA500() {
        alice().when().get("/api/leads/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("type", is("urn:lead2cash:problem:not-found"));
        int status = alice().when().get("/api/leads/not-a-uuid").then().extract().statusCode();
        assertThat(status).isIn(400, 404);
        alice().when().post("/api/leads/" + UUID.randomUUID() + "/qualify").then().statusCode(404);
    }

    @Test
    void linkingAnAccountThatDoesNotExistIsRefused() {
        alice().body(Fixtures.leadBody("Links").replace("\"rating\"", "\"accountId\": \"" + UUID.randomUUID() + "\", \"rating\""))
                .when().post("/api/leads").then().statusCode(400)
                .body("errors[0].field", is("accountId"))
                .body("errors[0].rule", containsString("existing account"));
    }

    @Test
    void pagingAndSortingParametersAreChecked() {
        alice().queryParam("size", 500).when().get("/api/leads").then().statusCode(400)
                .body("errors[0].field", is("size")).body("errors[0].rule", is("must be between 1 and 200"));
        alice().queryParam("page", -1).when().get("/api/leads").then().statusCode(400)
                .body("errors[0].field", is("page"));
        alice().queryParam("sort", "password").when().get("/api/leads").then().statusCode(400)
                .body("errors[0].field", is("sort"));
        alice().queryParam("state", "WON").when().get("/api/leads").then().statusCode(400)
                .body("errors[0].field", is("state"));
    }

    @Test
    void anUnsupportedMethodIsA405Problem() {
        String id = createLead(alice(), "Methods").path("id");
        alice().when().delete("/api/leads/" + id).then().statusCode(405).contentType("application/problem+json");
    }

    private static long leads() {
        return QuarkusTransaction.requiringNew().call(() -> Lead.count());
    }
}
