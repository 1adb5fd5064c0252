package io.lead2cash.platform.api.paging;

import io.lead2cash.platform.problem.ProblemException;
import java.util.Arrays;
import java.util.Locale;

/** Typed reading of list filters given as query parameters. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** Parses an enum query parameter, answering 400 with the allowed values instead of the JAX-RS 404. */
    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

}
