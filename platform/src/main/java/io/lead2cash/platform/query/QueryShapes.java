package io.lead2cash.platform.query;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs the first execution of each query shape one at a time. Hibernate's parser (ANTLR) learns a new shape at a cost
 * that grows with its nested groups (a list filtered by owner, shares and sales team: 0.1–0.5 s and megabytes), and it
 * does not share work between threads that meet the same new shape at once: 32 clients listing opportunities right
 * after a start ran a 160 MB heap out of memory. The first caller of a shape parses it while the others wait, then
 * find it in Hibernate's cache. A shape is the query's text ({@link Listing} passes its HQL with the sort).
 */
public final class QueryShapes {

    /** Enough for every shape of every list of a service (filters, sorts, access clauses); past it, no gate. */
    private static final int MAX_REMEMBERED = 10_000;
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    private static final ReentrantLock FIRST_RUNS = new ReentrantLock();

    private QueryShapes() {
    }

    /** Runs {@code work} alone if the query text {@code shape} has not run before in this JVM. */
    public static <T> T firstAtATime(String shape, Supplier<T> work) {
        if (KNOWN.contains(shape) || KNOWN.size() >= MAX_REMEMBERED) {
            return work.get();
        }
        FIRST_RUNS.lock();
        try {
            T result = work.get();
            KNOWN.add(shape);
            return result;
        } finally {
            FIRST_RUNS.unlock();
        }
    }
}
