package io.lead2cash.platform.query;

import io.lead2cash.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;

/**
 * A list of records as a domain service defines it (entity, filter, order), read one slice at a time: by offset for the
 * first pages, after a keyset cursor beyond them, so that page 50,000 costs what the first page does. Exact totals are
 * counted only when asked for or when a short slice tells them for free.
 */
public final class Listing<E> {

    /** One sort key: an attribute of the entity and its direction (PostgreSQL's order: nulls last ascending, first descending). */
    record Key(String attribute, boolean descending) {
    }

    /** One slice of the list: its items, the total when known, and the cursor of the next slice. */
    public record Slice<E>(List<E> items, Long total, String next) {
    }

    /** Columns declared NOT NULL, per entity class, read once from the database's catalogue. */
    private static final Map<Class<?>, Set<String>> NOT_NULL = new ConcurrentHashMap<>();
    private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();
    /** The listed record's alias, so a filter's subqueries may name their own records without shadowing it. */
    private static final String ALIAS = "listed";

    private final Class<E> entity;
    private final Filter filter;
    private final List<Key> keys = new ArrayList<>();

    Listing(Class<E> entity, Filter filter, Sort sort) {
        this.entity = entity;
        this.filter = filter;
        for (Sort.Column column : sort.getColumns()) {
            keys.add(new Key(column.getName(), column.getDirection() == Sort.Direction.Descending));
        }
        // The id breaks ties, so every record has exactly one place in the order and a cursor names a single row.
        if (keys.isEmpty() || !keys.get(keys.size() - 1).attribute().equals("id")) {
            keys.add(new Key("id", !keys.isEmpty() && keys.get(keys.size() - 1).descending()));
        }
    }

    /**
     * Reads up to {@code limit} records: those after {@code cursor} when one is given (a token an earlier slice of the
     * same list gave out), else from {@code offset}.
     *
     * @param count whether to count every record of the list when the slice alone does not tell
     */
    public Slice<E> slice(int offset, String cursor, int limit, boolean count) {
        EntityManager em = Panache.getEntityManager(entity);
        String name = em.getMetamodel().entity(entity).getName();
        Map<String, Object> parameters = new HashMap<>(filter.values());
        String fingerprint = fingerprint();
        String where = filter.query();
        if (cursor != null) {
            Object[] after = Cursors.read(cursor, fingerprint, types());
            where = "(" + where + ") and " + after(after, parameters, notNull(em));
        }
        String hql = "from " + name + " " + ALIAS + " where " + where + " order by " + orderBy();
        List<E> rows = QueryShapes.firstAtATime(hql, () -> {
            TypedQuery<E> query = em.createQuery(hql, entity);
            parameters.forEach(query::setParameter);
            return query.setFirstResult(cursor == null ? offset : 0).setMaxResults(limit + 1).getResultList();
        });
        boolean more = rows.size() > limit;
        List<E> items = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursors.write(fingerprint, valuesOf(items.get(limit - 1))) : null;
        Long total;
        if (cursor == null && !more && (!items.isEmpty() || offset == 0)) {
            total = (long) offset + items.size(); // a short slice from a known offset tells the total without counting
        } else if (count) {
            String countHql = "select count(*) from " + name + " " + ALIAS + " where " + filter.query();
            total = QueryShapes.firstAtATime(countHql, () -> {
                TypedQuery<Long> query = em.createQuery(countHql, Long.class);
                filter.values().forEach(query::setParameter);
                return query.getSingleResult();
            });
        } else {
            total = null;
        }
        return new Slice<>(items, total, next);
    }

    private String orderBy() {
        return keys.stream().map(k -> k.attribute() + (k.descending() ? " desc" : " asc")).collect(Collectors.joining(", "));
    }

    /**
     * The records strictly after the given key values in this order: {@code (k1 after v1) or (k1 = v1 and k2 after v2)
     * or …}, led by a plain range on the first key where that is exact, so PostgreSQL starts its index scan at the
     * cursor rather than at the top of the list.
     */
    private String after(Object[] values, Map<String, Object> parameters, Set<String> notNull) {
        List<String> alternatives = new ArrayList<>();
        List<String> equalSoFar = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            String parameter = "cursor" + i;
            Object value = values[i];
            if (value != null) {
                parameters.put(parameter, value);
            }
            String attribute = key.attribute();
            boolean nullable = !notNull.contains(attribute);
            String later;
            if (value == null) {
                later = key.descending() ? attribute + " is not null" : null; // nulls come last ascending: none after
            } else if (key.descending()) {
                later = attribute + " < :" + parameter;
            } else {
                later = nullable ? "(" + attribute + " > :" + parameter + " or " + attribute + " is null)"
                        : attribute + " > :" + parameter;
            }
            if (later != null) {
                List<String> terms = new ArrayList<>(equalSoFar);
                terms.add(later);
                alternatives.add(String.join(" and ", terms));
            }
            equalSoFar.add(value == null ? attribute + " is null" : attribute + " = :" + parameter);
        }
        String any = alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" or ", alternatives) + ")";
        Key first = keys.get(0);
        Object firstValue = values[0];
        if (firstValue != null && (first.descending() || notNull.contains(first.attribute()))) {
            return "(" + first.attribute() + (first.descending() ? " <= :cursor0" : " >= :cursor0") + " and " + any + ")";
        }
        return any;
    }

    private Class<?>[] types() {
        return keys.stream().map(k -> field(k.attribute()).getType()).toArray(Class<?>[]::new);
    }

    private Object[] valuesOf(E record) {
        Object[] values = new Object[keys.size()];
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = field(keys.get(i).attribute()).get(record);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + keys.get(i).attribute() + " of " + entity.getSimpleName(), e);
            }
        }
        return values;
    }

    private Field field(String attribute) {
        return FIELDS.computeIfAbsent(entity.getName() + "#" + attribute, k -> {
            for (Class<?> type = entity; type != null; type = type.getSuperclass()) {
                try {
                    Field field = type.getDeclaredField(attribute);
                    field.setAccessible(true);
                    return field;
                } catch (NoSuchFieldException e) {
                    // declared higher up
                }
            }
            throw new IllegalStateException(entity.getSimpleName() + " has no field " + attribute + " to sort by");
        });
    }

    /** Ties a cursor to this list: the same filter values and order, so a cursor reused on another list is refused. */
    private String fingerprint() {
        return filter.fingerprint() + "|" + orderBy();
    }

    /** The attributes whose columns are NOT NULL, so their keyset needs no null branch and can lead an index range. */
    private Set<String> notNull(EntityManager em) {
        return NOT_NULL.computeIfAbsent(entity, type -> {
            AbstractEntityPersister persister = (AbstractEntityPersister) em.getEntityManagerFactory()
                    .unwrap(SessionFactoryImplementor.class).getMappingMetamodel().getEntityDescriptor(type);
            @SuppressWarnings("unchecked")
            List<String> columns = em.createNativeQuery("select a.attname from pg_attribute a "
                    + "where a.attrelid = cast(:table as regclass) and a.attnotnull and a.attnum > 0")
                    .setParameter("table", persister.getTableName()).getResultList();
            // Every attribute of the entity, not only this list's keys: the set is kept for the entity's other sorts.
            Set<String> attributes = new java.util.HashSet<>(Set.of("id"));
            for (String property : persister.getPropertyNames()) {
                String[] own = persister.getPropertyColumnNames(property);
                if (own.length > 0 && columns.containsAll(List.of(own))) {
                    attributes.add(property);
                }
            }
            return Set.copyOf(attributes);
        });
    }

    /** Cursor tokens: the last record's key values, bound to their list and sealed, so a tampered one is a 400. */
    static final class Cursors {

        private Cursors() {
        }

        static String write(String fingerprint, Object[] values) {
            List<String> texts = new ArrayList<>();
            for (Object value : values) {
                texts.add(value == null ? null : value instanceof Enum<?> e ? e.name()
                        : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
            }
            return CursorSeal.seal(fingerprint, texts);
        }

        static Object[] read(String token, String fingerprint, Class<?>[] types) {
            List<String> texts = CursorSeal.open(token, fingerprint);
            if (texts == null || texts.size() != types.length) {
                throw refused();
            }
            Object[] values = new Object[types.length];
            try {
                for (int i = 0; i < types.length; i++) {
                    values[i] = texts.get(i) == null ? null : parse(texts.get(i), types[i]);
                }
            } catch (RuntimeException e) {
                throw refused();
            }
            return values;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object parse(String text, Class<?> type) {
            if (type == String.class) {
                return text;
            } else if (type == UUID.class) {
                return UUID.fromString(text);
            } else if (type == Instant.class) {
                return Instant.parse(text);
            } else if (type == LocalDate.class) {
                return LocalDate.parse(text);
            } else if (type == BigDecimal.class) {
                return new BigDecimal(text);
            } else if (type == int.class || type == Integer.class) {
                return Integer.valueOf(text);
            } else if (type == long.class || type == Long.class) {
                return Long.valueOf(text);
            } else if (type.isEnum()) {
                return Enum.valueOf((Class) type, text);
            } else if (type == boolean.class || type == Boolean.class) {
                return Boolean.valueOf(text);
            }
            throw new IllegalStateException("No cursor form for " + type);
        }

        static ProblemException refused() {
            return ProblemException.invalid("cursor",
                    "must be a cursor this list gave out in its next link, unchanged and with the same filters and sort");
        }
    }
}
