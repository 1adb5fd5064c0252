package io.lead2cash.e2e;

import static io.lead2cash.e2e.SuiteUnderTest.as;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A client's mistakes on the public operations of every service, through the gateway: each is a 4xx
 * problem+json naming the field and the rule where there is one, never a 500, and nothing is created.
 */
class BadInputAtEveryDoorTest {

    /** One mistake: who makes it, the call, the body, the expected status and the field it names (or null). */
    record Mistake(Supplier<RequestSpecification> who, String method, String path, String body, int status, String field) {
    }

    private static final Supplier<RequestSpecification> REP = () -> as("alice", "north", "sales-rep");
    private static final Supplier<RequestSpecification> CATALOG = () -> as("carl", null, "catalog-manager");
    private static final Supplier<RequestSpecification> CLERK = () -> as("ben", null, "billing-clerk");
    private static final String NOBODY = UUID.randomUUID().toString();

    @Test
    void everyMistakeIsAFourHundredProblemNamingItsFieldAndChangesNothing() {
        String marker = "Bad input " + UUID.randomUUID();
        List<Mistake> mistakes = List.of(
                new Mistake(REP, "POST", "/api/leads", "{\"topic\": \"" + marker + "\"}", 400, "lastName"),
                new Mistake(REP, "POST", "/api/leads", "{\"topic\": \"" + marker + "\", \"lastName\": \"X\", "
                        + "\"estimatedValue\": {\"amount\": \"12.34567\", \"currency\": \"EUR\"}}", 400, "estimatedValue.amount"),
                new Mistake(REP, "POST", "/api/leads", "{\"topic\": ", 400, null),
                new Mistake(REP, "POST", "/api/leads", "[1, 2]", 400, null),
                new Mistake(REP, "GET", "/api/leads?size=1000", null, 400, "size"),
                new Mistake(REP, "GET", "/api/leads/not-a-uuid", null, 404, null),
                new Mistake(REP, "GET", "/api/leads/" + NOBODY, null, 404, null),
                new Mistake(REP, "POST", "/api/leads/" + NOBODY + "/qualify", "{}", 404, null),
                new Mistake(REP, "POST", "/api/accounts", "{\"name\": \"\"}", 400, "name"),
                new Mistake(CATALOG, "POST", "/api/price-lists", "{\"name\": \"" + marker + "\", \"currency\": \"euro\"}",
                        400, "currency"),
                new Mistake(CATALOG, "POST", "/api/products", "{\"productNumber\": \"" + marker + "\"}", 400, "name"),
                new Mistake(REP, "POST", "/api/pricing/calculate", "{\"lines\": []}", 400, null),
                new Mistake(REP, "POST", "/api/opportunities", "{\"topic\": \"" + marker + "\", \"customerType\": \"ACCOUNT\", "
                        + "\"customerId\": \"" + NOBODY + "\", \"currency\": \"EUR\", \"probability\": 150}", 400, "probability"),
                new Mistake(REP, "GET", "/api/opportunities?state=SOMEWHERE", null, 400, "state"),
                new Mistake(REP, "POST", "/api/opportunities/" + NOBODY + "/lose", "{\"reason\": \"OUT_SOLD\"}", 404, null),
                new Mistake(REP, "POST", "/api/activities", "{\"type\": \"MEETING\", \"regardingOpportunityId\": \"" + NOBODY
                        + "\", \"subject\": \"" + marker + "\"}", 400, null),
                new Mistake(REP, "POST", "/api/competitors", "{\"name\": \"" + marker + "\", \"website\": \"nope\"}", 400,
                        "website"),
                new Mistake(CLERK, "POST", "/api/orders", "{\"customerType\": \"ACCOUNT\", \"customerId\": \"" + NOBODY
                        + "\", \"customerName\": \"" + marker + "\", \"currency\": \"EUR\", \"lines\": []}", 400, "lines"),
                new Mistake(CLERK, "POST", "/api/orders/" + NOBODY + "/fulfil", null, 404, null),
                new Mistake(CLERK, "POST", "/api/invoices/" + NOBODY + "/payments", "{\"amount\": -5}", 400, "amount"),
                new Mistake(REP, "GET", "/api/journeys/not-a-uuid", null, 400, "leadId"));

        for (Mistake m : mistakes) {
            RequestSpecification request = m.who().get();
            if (m.body() != null) {
                request.body(m.body());
            }
            try {
                var answer = request.when().request(m.method(), m.path()).then().statusCode(m.status())
                        .contentType(startsWith("application/problem+json"));
                if (m.field() != null) {
                    answer.body("errors[0].field", is(m.field()));
                }
            } catch (AssertionError e) {
                throw new AssertionError(m.method() + " " + m.path() + " " + m.body() + ": " + e.getMessage(), e);
            }
        }
        REP.get().queryParam("q", marker).when().get("/api/leads").then().body("totalItems", is(0));
        REP.get().queryParam("q", marker).when().get("/api/opportunities").then().body("totalItems", is(0));
        REP.get().queryParam("q", marker).when().get("/api/competitors").then().body("totalItems", is(0));
        CLERK.get().queryParam("q", marker).when().get("/api/orders").then().body("totalItems", is(0));
    }
}
