package io.lead2cash.platform.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Teaches Hibernate's query parser the service's entities before the service takes calls. The parser (ANTLR) learns
 * the grammar's decisions as it meets them, and the first parses cost much: sixteen first list calls at once made it
 * hold 300 MB and run a service out of memory right after a restart. Parsing one query per entity that names every
 * attribute (in filters, subqueries and sorts), one after another at start, leaves later parses cheap and small.
 */
@ApplicationScoped
public class QueryParserWarmUp {

    private static final Logger LOG = Logger.getLogger(QueryParserWarmUp.class);

    void warm(@Observes StartupEvent event, EntityManager entityManager) {
        long start = System.nanoTime();
        List<String> queries = new ArrayList<>();
        for (EntityType<?> entity : entityManager.getMetamodel().getEntities()) {
            queries.addAll(queriesFor(entity));
        }
        for (String query : queries) {
            try {
                // Nothing runs: the transaction only lends a session, and is rolled back.
                QuarkusTransaction.begin();
                entityManager.createQuery(query);
            } catch (RuntimeException e) {
                // Only the parse matters; a query that does not type-check has taught the parser all the same.
                LOG.tracef("Warm-up query refused after parsing: %s", e.getMessage());
            } finally {
                QuarkusTransaction.rollback();
            }
        }
        LOG.debugf("Query parser warmed with %d queries in %d ms", queries.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Queries in the shapes the services use: filters, access clauses with subqueries, text search, sorts. */
    static List<String> queriesFor(EntityType<?> entity) {
        List<String> paths = new ArrayList<>();
        for (Attribute<?, ?> attribute : entity.getAttributes()) {
            if (attribute instanceof SingularAttribute<?, ?> singular && singular.getType() instanceof EmbeddableType<?> embedded) {
                embedded.getAttributes().forEach(part -> paths.add(attribute.getName() + "." + part.getName()));
            } else if (!attribute.isCollection()) {
                paths.add(attribute.getName());
            }
        }
        return queriesFor(entity.getName(), paths);
    }

    /**
     * Every attribute once in a comparison, in a subquery and in the sort: identifiers such as state, type, id or
     * position are soft keywords of HQL, and each teaches the parser decisions of its own.
     */
    static List<String> queriesFor(String entity, List<String> paths) {
        List<String> conditions = new ArrayList<>();
        conditions.add(paths.get(0) + " = :p0");
        for (int i = 1; i < paths.size(); i += 2) {
            conditions.add(i + 1 < paths.size()
                    ? "(" + paths.get(i) + " = :p" + i + " or " + paths.get(i + 1) + " = :p" + (i + 1) + ")"
                    : paths.get(i) + " = :p" + i);
        }
        String first = paths.get(0);
        String last = paths.get(paths.size() - 1);
        return List.of("from " + entity + " where (" + String.join(" and ", conditions) + ") or " + first
                        + " in (select x." + last + " from " + entity + " x where (x." + first + " = :s1 and x." + last
                        + " = :s2) or x." + last + " in :s3) and lower(" + last + ") like :t order by "
                        + String.join(", ", paths.stream().map(p -> p + " desc").toList()),
                "select 1 from " + entity + " where " + first + " = ?1 and " + last + " is not null");
    }
}
