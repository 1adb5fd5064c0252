package io.lead2cash.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One replica per period gets the turn for a job, however many ask at once; the next period another may. */
@QuarkusTest
class OncePerClusterTest {

    @Inject
    OncePerCluster turns;

    @Test
    void ofReplicasAskingAtOnceExactlyOneGetsTheTurn() throws Exception {
        String job = "test-" + UUID.randomUUID();
        ExecutorService replicas = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Boolean>> asks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                asks.add(() -> turns.takeTurn(job, Duration.ofHours(1)));
            }
            long granted = 0;
            for (Future<Boolean> answer : replicas.invokeAll(asks)) {
                granted += answer.get() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(1);
        } finally {
            replicas.shutdownNow();
        }
        assertThat(turns.takeTurn(job, Duration.ofHours(1))).as("the same period").isFalse();
    }

    @Test
    void onceThePeriodHasPassedTheTurnIsDueAgain() throws Exception {
        String job = "test-" + UUID.randomUUID();
        assertThat(turns.takeTurn(job, Duration.ofMillis(200))).isTrue();
        assertThat(turns.takeTurn(job, Duration.ofMillis(200))).isFalse();
        Thread.sleep(250);
        assertThat(turns.takeTurn(job, Duration.ofMillis(200))).isTrue();
    }

    @Test
    void aScheduleIsReadAsItsAnnotationWritesIt() {
        assertThat(OncePerCluster.period("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(OncePerCluster.period("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(OncePerCluster.period("PT5M")).isEqualTo(Duration.ofMinutes(5));
    }
}
