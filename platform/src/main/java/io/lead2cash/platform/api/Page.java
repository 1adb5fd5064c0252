package io.lead2cash.platform.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a list: the items and where they stand in the whole, counted rather than capped. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /** Runs a Panache query for one page and maps each entity to its API form. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageParams params, Function<E, T> mapper) {
        return io.lead2cash.platform.domain.QueryShapes.firstAtATime(query, () -> run(query, params, mapper));
    }

    private static <E, T> Page<T> run(PanacheQuery<E> query, PageParams params, Function<E, T> mapper) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(params.page, params.size)).list().stream()
                .map(mapper).toList();
        // A short page tells the total without a second query.
        long total = items.size() < params.size && (!items.isEmpty() || params.page == 0)
                ? (long) params.page * params.size + items.size()
                : query.count();
        int pages = (int) ((total + params.size - 1) / params.size);
        return new Page<>(items, params.page, params.size, total, pages);
    }
}
