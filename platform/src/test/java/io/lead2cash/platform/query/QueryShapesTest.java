package io.lead2cash.platform.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The first run of a query shape (its text: HQL with the sort, as {@code Listing} passes it) happens alone. */
class QueryShapesTest {

    @Test
    void callersMeetingANewShapeAtOnceRunItOneAfterAnother() throws InterruptedException {
        // A shape no other test has run: the gate remembers shapes for the JVM's life.
        String query = "from Lead l where l.ownerId = '" + java.util.UUID.randomUUID() + "' order by l.createdAt desc";
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Thread caller = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                QueryShapes.firstAtATime(query, () -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(100);
                    return running.decrementAndGet();
                });
            });
            caller.start();
            callers.add(caller);
        }
        start.countDown();
        for (Thread caller : callers) {
            caller.join();
        }
        assertThat(mostAtOnce.get()).isEqualTo(1);

        // Once known, the shape runs side by side.
        mostAtOnce.set(0);
        CountDownLatch both = new CountDownLatch(2);
        Thread a = new Thread(() -> QueryShapes.firstAtATime(query, () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            both.countDown();
            await(both);
            return running.decrementAndGet();
        }));
        Thread b = new Thread(() -> QueryShapes.firstAtATime(query, () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            both.countDown();
            await(both);
            return running.decrementAndGet();
        }));
        a.start();
        b.start();
        a.join(5_000);
        b.join(5_000);
        assertThat(mostAtOnce.get()).isEqualTo(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
