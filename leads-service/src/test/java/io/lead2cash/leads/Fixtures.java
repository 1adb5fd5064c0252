package io.lead2cash.leads;

import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Users and records the leads tests share: two reps in different teams, a teammate and a manager. */
final class Fixtures {

    static final String ALICE = "alice";
    static final String BOB = "bob";
    static final String CAROL = "carol";

    private Fixtures() {
    }

    static RequestSpecification alice() {
        return Auth.as(ALICE, "north", Roles.SALES_REP);
    }

    /** Alice's teammate. */
    static RequestSpecification carol() {
        return Auth.as(CAROL, "north", Roles.SALES_REP);
    }

    /** A rep of another team. */
    static RequestSpecification bob() {
        return Auth.as(BOB, "south", Roles.SALES_REP);
    }

    static RequestSpecification manager() {
        return Auth.as("maria", null, Roles.SALES_MANAGER);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A lead body with a unique company and email, so qualifying finds no duplicates. */
    static String leadBody(String topic) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return """
                {"topic": "%s", "firstName": "Ana", "lastName": "Silva", "companyName": "Café Lumière %s",
                 "email": "ana.%s@lumiere.example", "phone": "+33 4 72 00 00 00", "jobTitle": "Office manager",
                 "street1": "12 Rue de la République", "postalCode": "69002", "city": "Lyon", "country": "France",
                 "estimatedValue": {"amount": "12500.00", "currency": "EUR"}, "rating": "HOT", "source": "Web"}
                """.formatted(topic, tag, tag);
    }

    static ExtractableResponse<Response> createLead(RequestSpecification as, String topic) {
        return as.body(leadBody(topic)).when().post("/api/leads").then().statusCode(201).extract();
    }
}
