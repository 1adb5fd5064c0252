package io.lead2cash.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Thrown by domain and API code to answer with a problem: the mapper turns it into problem+json. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors, Map<String, Object> extensions) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.extensions = new LinkedHashMap<>(extensions);
        this.headers = new LinkedHashMap<>();
    }

    /** Unknown id: 404. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with id " + id);
    }

    /** An action the record's current state does not allow: 409. */
    public static ProblemException illegalTransition(String what, Object state, String action) {
        return new ProblemException(ProblemType.ILLEGAL_TRANSITION,
                "Cannot " + action + " a " + what + " that is " + state,
                List.of(), Map.of("state", String.valueOf(state), "action", action));
    }

    /** One field broke one rule: 400. */
    public static ProblemException invalid(String field, String rule) {
        return new ProblemException(ProblemType.VALIDATION, field + " " + rule, List.of(new Problem.FieldError(field, rule)),
                Map.of());
    }

    /** The request names a record the suite does not know, in {@code field}: 422. */
    public static ProblemException unknownReference(String field, String rule) {
        return new ProblemException(ProblemType.UNKNOWN_REFERENCE, field + " " + rule,
                List.of(new Problem.FieldError(field, rule)), Map.of());
    }

    /** The caller may not touch this record: 403 (404 is used instead where existence itself is secret). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
