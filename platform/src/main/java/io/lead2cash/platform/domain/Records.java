package io.lead2cash.platform.domain;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Map;

/**
 * Questions about stored records that need no entity loaded. {@link #exists} asks {@code select 1 ... limit 1}:
 * Hibernate keeps the translation of such a query, whereas Panache's {@code count} translates its query anew on
 * every call (it was half the CPU of turning a qualified lead into an opportunity).
 */
public final class Records {

    private Records() {
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
