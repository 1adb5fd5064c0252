package io.lead2cash.platform.domain;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import io.lead2cash.platform.problem.ProblemException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finding stored records as requests name them: by id (404 when unknown), by a link in a field (400 when it names
 * nothing), by a name that must stay unique; and questions that need no entity loaded. {@link #exists} asks {@code select 1 ... limit 1}:
 * Hibernate keeps the translation of such a query, whereas Panache's {@code count} translates its query anew on
 * every call (it was half the CPU of turning a qualified lead into an opportunity).
 */
public final class Records {

    private Records() {
    }

    /** The record a path names: 404 naming {@code what} when there is none. */
    public static <E> E byId(Class<E> type, UUID id, String what) {
        E record = Panache.getEntityManager(type).find(type, id);
        if (record == null) {
            throw ProblemException.notFound(what, id);
        }
        return record;
    }

    /**
     * The record a request field links to, or null when the field is empty: a link to nothing is the caller's
     * mistake in that field (400), not a missing resource.
     */
    public static <E> E linked(Class<E> type, UUID id, String field, String what) {
        if (id == null) {
            return null;
        }
        E record = Panache.getEntityManager(type).find(type, id);
        if (record == null) {
            throw ProblemException.invalid(field, "must name an existing " + what + " (no " + what + " " + id + ")");
        }
        return record;
    }

    /**
     * The record other than {@code self} whose attribute already holds the value, compared without case as a unique
     * index on {@code lower(attribute)} compares it; checked first so the caller gets a 409 that names it.
     */
    public static <E extends TrackedEntity> Optional<E> otherWith(Class<E> type, String attribute, String value,
            UUID self) {
        EntityManager em = Panache.getEntityManager(type);
        return em.createQuery("from " + em.getMetamodel().entity(type).getName() + " where lower(" + attribute + ") = ?1",
                        type)
                .setParameter(1, value.toLowerCase(Locale.ROOT)).setMaxResults(1).getResultList().stream()
                .filter(same -> !same.id.equals(self)).findFirst();
    }

    /** Whether a record of the entity matches the JPQL condition, with positional parameters ?1, ?2, ... */
    public static boolean exists(Class<?> entity, String condition, Object... parameters) {
        TypedQuery<Integer> query = query(entity, condition);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return !query.getResultList().isEmpty();
    }

    /** Whether a record of the entity matches the JPQL condition, with named parameters. */
    public static boolean exists(Class<?> entity, String condition, Map<String, Object> parameters) {
        TypedQuery<Integer> query = query(entity, condition);
        parameters.forEach(query::setParameter);
        return !query.getResultList().isEmpty();
    }

    private static TypedQuery<Integer> query(Class<?> entity, String condition) {
        EntityManager em = Panache.getEntityManager(entity);
        return em.createQuery("select 1 from " + em.getMetamodel().entity(entity).getName() + " where " + condition,
                Integer.class).setMaxResults(1);
    }
}
