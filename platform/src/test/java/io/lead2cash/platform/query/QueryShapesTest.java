package io.lead2cash.platform.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.lead2cash.platform.outbox.OutboxMessage;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The first run of a query shape happens alone; the shape is the query's HQL and sort, read from Panache. */
@QuarkusTest
class QueryShapesTest {

    @Test
    void theShapeOfAPanacheQueryIsItsHqlAndSortNotItsParameterValues() {
        QuarkusTransaction.requiringNew().run(() -> {
            String one = QueryShapes.shapeOf(OutboxMessage.find("topic = ?1", Sort.by("position"), "a"));
            String other = QueryShapes.shapeOf(OutboxMessage.find("topic = ?1", Sort.by("position"), "b"));
            assertThat(one).contains("topic = ?1").contains("position").isEqualTo(other);
            assertThat(QueryShapes.shapeOf(OutboxMessage.find("aggregateId = ?1", "a"))).isNotEqualTo(one);
        });
    }

    @Test
    void callersMeetingANewShapeAtOnceRunItOneAfterAnother() throws InterruptedException {
        PanacheQuery<?> query = (PanacheQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PanacheQuery.class}, (proxy, method, args) -> null);
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
