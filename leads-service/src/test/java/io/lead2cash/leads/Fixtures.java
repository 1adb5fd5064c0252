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

    /** Phone numbers no other test record has: duplicate detection compares their digits. */
    private static final java.util.concurrent.atomic.AtomicLong PHONES =
            new java.util.concurrent.atomic.AtomicLong(10_000_000L + new java.util.Random().nextInt(80_000_000));

    /** A phone number no other fixture has, formatted as a French landline. */
    static String uniquePhone() {
        String digits = Long.toString(PHONES.incrementAndGet());
        return "+33 4 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6) + " "
                + digits.substring(6, 8);
    }

    /** A lead body with a unique company, email and phone, so neither creating nor qualifying finds duplicates. */
    static String leadBody(String topic) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return """
                {"topic": "%s", "firstName": "Ana", "lastName": "Silva", "companyName": "Café Lumière %s",
                 "email": "ana.%s@lumiere.example", "phone": "%s", "jobTitle": "Office manager",
                 "street1": "12 Rue de la République", "postalCode": "69002", "city": "Lyon", "country": "France",
                 "estimatedValue": {"amount": "12500.00", "currency": "EUR"}, "rating": "HOT", "source": "Web"}
                """.formatted(topic, tag, tag, uniquePhone());
    }

    static ExtractableResponse<Response> createLead(RequestSpecification as, String topic) {
        return as.body(leadBody(topic)).when().post("/api/leads").then().statusCode(201).extract();
    }
}
