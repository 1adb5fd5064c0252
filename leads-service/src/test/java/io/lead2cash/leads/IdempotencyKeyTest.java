package io.lead2cash.leads;

import static io.lead2cash.leads.Fixtures.alice;
import static io.lead2cash.leads.Fixtures.bob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.lead2cash.leads.domain.Lead;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A POST retried with the same Idempotency-Key returns the first result and creates nothing new. */
@QuarkusTest
class IdempotencyKeyTest {

    @Test
    void aRetryWithTheSameKeyReplaysTheFirstResponseAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String topic = Fixtures.unique("Retried");
        String body = Fixtures.leadBody(topic);
        var first = alice().header("Idempotency-Key", key).body(body).when().post("/api/leads").then().statusCode(201).extract();

        var retry = alice().header("Idempotency-Key", key).body(body).when().post("/api/leads").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .extract();

        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.asString()).as("the replayed body is the first one, as it was written").isEqualTo(first.asString());
        assertThat(leadsWithTopic(topic)).isEqualTo(1);
    }

    @Test
    void reusingAKeyForADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        alice().header("Idempotency-Key", key).body(Fixtures.leadBody("One")).when().post("/api/leads").then().statusCode(201);
        String other = Fixtures.unique("Other");
        alice().header("Idempotency-Key", key).body(Fixtures.leadBody(other)).when().post("/api/leads").then()
                .statusCode(422).body("type", is("urn:lead2cash:problem:idempotency-key-reused"));
        assertThat(leadsWithTopic(other)).isZero();
    }

    @Test
    void keysArePerCaller() {
        String key = UUID.randomUUID().toString();
        String topic = Fixtures.unique("Per caller");
        alice().header("Idempotency-Key", key).body(Fixtures.leadBody(topic)).when().post("/api/leads").then().statusCode(201);
        bob().header("Idempotency-Key", key).body(Fixtures.leadBody(topic)).when().post("/api/leads").then().statusCode(201)
                .header("Idempotent-Replayed", (String) null);
        assertThat(leadsWithTopic(topic)).isEqualTo(2);
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneLead() throws Exception {
        String key = UUID.randomUUID().toString();
        String topic = Fixtures.unique("Concurrent");
        String body = Fixtures.leadBody(topic);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> alice().header("Idempotency-Key", key).body(body).when().post("/api/leads")
                        .then().statusCode(201).extract().path("id"));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                ids.add(f.get());
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(leadsWithTopic(topic)).isEqualTo(1);
    }

    @Test
    void aRetriedQualifyReplaysTheQualification() {
        String id = Fixtures.createLead(alice(), "Qualify twice").path("id");
        String key = UUID.randomUUID().toString();
        String account = alice().header("Idempotency-Key", key).when().post("/api/leads/" + id + "/qualify").then()
                .statusCode(200).extract().path("accountId");
        alice().header("Idempotency-Key", key).when().post("/api/leads/" + id + "/qualify").then()
                .statusCode(200).header("Idempotent-Replayed", "true").body("accountId", is(account));
    }

    @Test
    void aReadWithAKeyIsAnsweredAfreshAndLeavesTheKeyFree() {
        String id = Fixtures.createLead(alice(), "Read with a key").path("id");
        String key = UUID.randomUUID().toString();
        alice().header("Idempotency-Key", key).when().get("/api/leads/" + id).then().statusCode(200)
                .header("Idempotent-Replayed", (String) null);
        alice().header("Idempotency-Key", key).when().get("/api/leads/" + id).then().statusCode(200)
                .header("Idempotent-Replayed", (String) null);

        String topic = Fixtures.unique("Key after a read");
        alice().header("Idempotency-Key", key).body(Fixtures.leadBody(topic)).when().post("/api/leads").then()
                .statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(leadsWithTopic(topic)).isEqualTo(1);
    }

    private static long leadsWithTopic(String topic) {
        return QuarkusTransaction.requiringNew().call(() -> Lead.count("topic", topic));
    }
}
