package io.lead2cash.platform.query;

import io.lead2cash.platform.security.CurrentUser;
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

    /** Case-insensitive substring match of {@code text} on any of the attributes. */
    public Filter contains(String text, String... attributes) {
        if (text != null && !text.isBlank()) {
            String name = "text" + parameters.size();
            List<String> any = new ArrayList<>();
            for (String attribute : attributes) {
                any.add("lower(" + attribute + ") like :" + name);
            }
            clauses.add("(" + String.join(" or ", any) + ")");
            parameters.put(name, "%" + text.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return this;
    }

    /** A clause of the caller's own, e.g. the record-access rule; its parameters are added as given. */
    public Filter and(String clause, Map<String, Object> clauseParameters) {
        clauses.add("(" + clause + ")");
        parameters.putAll(clauseParameters);
        return this;
    }

    /** Restricts the list to the records the caller may see (see {@link CurrentUser#accessClause()}). */
    public Filter accessibleBy(CurrentUser user) {
        String clause = user.accessClause();
        return clause == null ? this : and(clause, user.accessParameters());
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

    public Parameters parameters() {
        Parameters p = new Parameters();
        parameters.forEach(p::and);
        return p;
    }

    private String param(String attribute) {
        return attribute.replace('.', '_') + parameters.size();
    }
}
