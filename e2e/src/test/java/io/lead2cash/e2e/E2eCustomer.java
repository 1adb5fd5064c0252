package io.lead2cash.e2e;

import static io.lead2cash.e2e.SuiteUnderTest.as;

import java.time.Duration;
import java.util.UUID;

/** A rep's new account, made through the gateway and waited for until the opportunity-service knows it from its event. */
final class E2eCustomer {

    private E2eCustomer() {
    }

    /** The id of a new account named {@code name} (made unique), once a deal may name it as its customer. */
    static String account(String name) {
        String id = as("alice", "north", "sales-rep").body("{\"name\": \"" + name + " " + UUID.randomUUID() + "\"}")
                .queryParam("overrideDuplicates", true).when().post("/api/accounts").then().statusCode(201)
                .extract().path("id");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        // The opportunity-service answers an account's timeline once it has the account from the leads topic.
        while (as("maria", "north", "sales-manager").when().get("/api/accounts/" + id + "/timeline").statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the opportunity-service does not know account " + id + " after 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return id;
    }
}
