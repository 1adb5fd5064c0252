package io.lead2cash.leads;

import static io.lead2cash.leads.Fixtures.alice;
import static io.lead2cash.leads.Fixtures.createLead;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** ETags and If-Match: no client overwrites a change it has not seen. */
@QuarkusTest
class ConcurrentChangeTest {

    @Test
    void aChangeWithoutIfMatchIsRefusedWith428() {
        String id = createLead(alice(), "No precondition").path("id");
        alice().body(Fixtures.leadBody("Changed")).when().put("/api/leads/" + id).then()
                .statusCode(428).contentType("application/problem+json")
                .body("type", is("urn:lead2cash:problem:precondition-required"));
        alice().when().get("/api/leads/" + id).then().body("topic", is("No precondition"));
    }

    @Test
    void aChangeWithAStaleETagIsRefusedWith412AndTheCurrentETag() {
        String id = createLead(alice(), "First").path("id");
        alice().header("If-Match", "\"0\"").body(Fixtures.leadBody("Second")).when().put("/api/leads/" + id).then()
                .statusCode(200).header("ETag", "\"1\"");

        alice().header("If-Match", "\"0\"").body(Fixtures.leadBody("Lost update")).when().put("/api/leads/" + id).then()
                .statusCode(412).header("ETag", "\"1\"")
                .body("type", is("urn:lead2cash:problem:precondition-failed"));
        alice().when().get("/api/leads/" + id).then().body("topic", is("Second"));
    }

    @Test
    void anActionWithAStaleETagIsRefusedToo() {
        String id = createLead(alice(), "Action").path("id");
        alice().header("If-Match", "\"0\"").body(Fixtures.leadBody("Edited")).when().put("/api/leads/" + id).then().statusCode(200);
        alice().header("If-Match", "\"0\"").when().post("/api/leads/" + id + "/qualify").then().statusCode(412);
        alice().when().get("/api/leads/" + id).then().body("state", is("OPEN"));
    }

    @Test
    void ofAHundredConcurrentChangesWithTheSameETagExactlyOneWinsAndTheRestGet412() throws Exception {
        String id = createLead(alice(), "Contested").path("id");
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(32);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<int[]>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            answers.add(clients.submit(() -> {
                start.await();
                int status = alice().header("If-Match", "\"0\"").body(Fixtures.leadBody("Change " + n))
                        .when().put("/api/leads/" + id).then().extract().statusCode();
                return new int[] {n, status};
            }));
        }
        start.countDown();
        java.util.Map<Integer, java.util.List<Integer>> byStatus = new java.util.TreeMap<>();
        for (var answer : answers) {
            int[] result = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            byStatus.computeIfAbsent(result[1], s -> new java.util.ArrayList<>()).add(result[0]);
        }
        clients.shutdown();
        org.assertj.core.api.Assertions.assertThat(byStatus.keySet()).as("statuses: %s", byStatus).containsOnly(200, 412);
        org.assertj.core.api.Assertions.assertThat(byStatus.get(200)).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(byStatus.get(412)).hasSize(99);
        alice().when().get("/api/leads/" + id).then().header("ETag", "\"1\"")
                .body("topic", is("Change " + byStatus.get(200).get(0)));
    }
}
