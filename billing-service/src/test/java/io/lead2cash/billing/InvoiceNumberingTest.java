package io.lead2cash.billing;

import static io.lead2cash.billing.OpportunitySide.clerk;
import static io.lead2cash.billing.OpportunitySide.orderFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.lead2cash.billing.domain.invoice.InvoiceNumbers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Invoice numbers are gapless per year and never given twice, however many invoices are made at once. */
@QuarkusTest
class InvoiceNumberingTest {

    @Inject
    InvoiceNumbers numbers;

    @Test
    void concurrentInvoicesTakeConsecutiveNumbersAndRolledBackOnesGiveTheirsBack() throws Exception {
        // A year of its own, so other tests' invoices do not interleave.
        int year = 2100 + ThreadLocalRandom.current().nextInt(800);
        ConcurrentLinkedQueue<String> committed = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean rollBack = i % 4 == 3;
                work.add(pool.submit(() -> {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> {
                            String number = numbers.next(year);
                            if (rollBack) {
                                throw new IllegalStateException("invoice abandoned");
                            }
                            committed.add(number);
                        });
                    } catch (IllegalStateException expected) {
                        // the abandoned invoice's number goes back to the counter
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<String> expected = IntStream.rangeClosed(1, 30).mapToObj(n -> "INV-%d-%06d".formatted(year, n)).toList();
        List<String> taken = new ArrayList<>(committed);
        Collections.sort(taken);
        assertThat(taken).isEqualTo(expected);
    }

    @Test
    void invoicesRequestedAtTheSameTimeThroughTheApiGetDistinctConsecutiveNumbers() throws Exception {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orders.add(orderFor(OpportunitySide.accepted(UUID.randomUUID(), "alice", "north")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> requests = new ArrayList<>();
        try {
            for (String order : orders) {
                requests.add(pool.submit(() -> clerk().when().post("/api/orders/" + order + "/invoices").then()
                        .statusCode(201).extract().<String>path("invoiceNumber")));
            }
            List<Integer> sequence = new ArrayList<>();
            for (Future<String> request : requests) {
                sequence.add(Integer.parseInt(request.get().substring(request.get().lastIndexOf('-') + 1)));
            }
            Collections.sort(sequence);
            assertThat(sequence).doesNotHaveDuplicates();
            assertThat(sequence.get(3) - sequence.get(0)).isEqualTo(3);
        } finally {
            pool.shutdown();
        }
    }
}
