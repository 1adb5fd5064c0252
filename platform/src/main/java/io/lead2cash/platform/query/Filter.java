package io.lead2cash.platform.query;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds a JPQL where-clause from optional list filters; a filter whose value is absent adds nothing. */
public final class Filter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    /** Clauses that name their own identity in a list's fingerprint, and the parameters that identity replaces. */
    private final List<String> fingerprints = new ArrayList<>();
    private final List<String> unfingerprinted = new ArrayList<>();

    public static Filter where() {
        return new Filter();
    }

    public Filter eq(String attribute, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            String name = param(attribute);
            clauses.add(attribute + " = :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /**
     * Quick Find as Dynamics 365 has it: the records where any of the attributes begins with {@code text}, ignoring
     * case; a {@code *} in the text stands for any characters, so a leading one finds the text anywhere. Begins-with
     * is served by a B-tree index on {@code lower(column) text_pattern_ops}, anywhere by a trigram index, which is
     * slower for fragments most rows share.
     */
    public Filter quickFind(String text, String... attributes) {
        String pattern = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_").replace('*', '%') + "%";
        if (!pattern.replace("%", "").isEmpty()) {
            String name = "text" + parameters.size();
            List<String> any = new ArrayList<>();
            for (String attribute : attributes) {
                any.add("lower(" + attribute + ") like :" + name);
            }
            clauses.add("(" + String.join(" or ", any) + ")");
            parameters.put(name, pattern);
        }
        return this;
    }

    /** A clause of the caller's own, e.g. the record-access rule; its parameters are added as given. */
    public Filter and(String clause, Map<String, Object> clauseParameters) {
        clauses.add("(" + clause + ")");
        parameters.putAll(clauseParameters);
        return this;
    }

    /**
     * A clause that stands in a list's identity (the fingerprint its cursors are sealed with) as {@code identity}
     * rather than by its text and values: the access restriction, whose form may change from one page to the next
     * (the ids a caller sees now, or the rule) while it is the same caller's same list.
     */
    public Filter and(String clause, Map<String, Object> clauseParameters, String identity) {
        and(clause, clauseParameters);
        fingerprints.add(identity);
        unfingerprinted.add("(" + clause + ")");
        unfingerprinted.addAll(clauseParameters.keySet().stream().map(k -> ":" + k).toList());
        return this;
    }

    public Filter in(String attribute, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            String name = param(attribute);
            clauses.add(attribute + " in :" + name);
            parameters.put(name, values);
        }
        return this;
    }

    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    /**
     * What makes this list this list, for sealing its cursors: its clauses and values, each clause given an identity
     * (see {@link #and(String, Map, String)}) counted by that identity instead.
     */
    String fingerprint() {
        List<String> own = new ArrayList<>();
        for (String clause : clauses) {
            if (!unfingerprinted.contains(clause)) {
                own.add(clause);
            }
        }
        Map<String, Object> values = new java.util.TreeMap<>();
        parameters.forEach((name, value) -> {
            if (!unfingerprinted.contains(":" + name)) {
                values.put(name, value);
            }
        });
        return String.join(" and ", own) + "|" + values + "|" + fingerprints;
    }

    public Parameters parameters() {
        Parameters p = new Parameters();
        parameters.forEach(p::and);
        return p;
    }

    /** The lists this filter selects from {@code entity}, in the given order (the entity id last, as the tie-breaker). */
    public <E> Listing<E> listing(Class<E> entity, io.quarkus.panache.common.Sort sort) {
        return new Listing<>(entity, this, sort);
    }

    Map<String, Object> values() {
        return parameters;
    }

    private String param(String attribute) {
        return attribute.replace('.', '_') + parameters.size();
    }
}
