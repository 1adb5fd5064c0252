package io.lead2cash.platform.query;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.lang.reflect.Field;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs the first execution of each query shape one at a time. Hibernate's parser (ANTLR) learns a new shape at a cost
 * that grows with its nested groups (a list filtered by owner, shares and sales team: 0.1–0.5 s and megabytes), and it
 * does not share work between threads that meet the same new shape at once: 32 clients listing opportunities right
 * after a start ran a 160 MB heap out of memory. The first caller of a shape parses it while the others wait, then
 * find it in Hibernate's cache.
 */
public final class QueryShapes {

    private static final Logger LOG = Logger.getLogger(QueryShapes.class);
    /** Enough for every shape of every list of a service (filters, sorts, access clauses); past it, no gate. */
    private static final int MAX_REMEMBERED = 10_000;
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    private static final ReentrantLock FIRST_RUNS = new ReentrantLock();
    private static final Field DELEGATE = field("io.quarkus.hibernate.orm.panache.runtime.PanacheQueryImpl", "delegate");
    private static final Field QUERY = field("io.quarkus.hibernate.orm.panache.common.runtime.CommonPanacheQueryImpl", "query");
    private static final Field ORDER_BY = field("io.quarkus.hibernate.orm.panache.common.runtime.CommonPanacheQueryImpl",
            "orderBy");

    private QueryShapes() {
    }

    /** Runs {@code work} (which executes {@code query}) alone if the query's shape has not run before in this JVM. */
    public static <T> T firstAtATime(PanacheQuery<?> query, Supplier<T> work) {
        return firstAtATime(shapeOf(query), work);
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

    /** The HQL and sort a Panache query runs; the query's class when Panache's internals are not as expected. */
    static String shapeOf(PanacheQuery<?> query) {
        if (DELEGATE != null && QUERY != null && DELEGATE.getDeclaringClass().isInstance(query)) {
            try {
                Object delegate = DELEGATE.get(query);
                return QUERY.get(delegate) + " " + (ORDER_BY == null ? "" : ORDER_BY.get(delegate));
            } catch (IllegalAccessException e) {
                LOG.debugf("Cannot read the query of %s: %s", query.getClass(), e.getMessage());
            }
        }
        return query.getClass().getName();
    }

    private static Field field(String className, String name) {
        try {
            Field field = Class.forName(className, false, QueryShapes.class.getClassLoader()).getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Panache has no %s.%s (%s): first runs of list queries are not gated", className, name, e);
            return null;
        }
    }
}
