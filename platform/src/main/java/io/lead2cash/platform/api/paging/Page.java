package io.lead2cash.platform.api.paging;

import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.query.Listing;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list. {@code next} is the link to the page after it (a keyset cursor, as Dataverse's
 * {@code @odata.nextLink}); the total is given when the page tells it for free or when asked with {@code count=true}.
 */
public record Page<T>(
        List<T> items,
        @Schema(description = "Page index when the page was asked by number; null when it was reached by cursor",
                nullable = true) Integer page,
        int size,
        @Schema(description = "Records in the whole list: counted with count=true, or told by a last page; else null",
                nullable = true) Long totalItems,
        @Schema(description = "Pages in the whole list, when totalItems is known", nullable = true) Integer totalPages,
        @Schema(description = "Relative link to the next page (same filters and sort, with a cursor); null on the last page",
                nullable = true) String next) {

    /** Reads one page of {@code listing} as {@code params} ask and maps each record to its API form. */
    public static <E, T> Page<T> of(Listing<E> listing, PageParams params, Function<E, T> mapper) {
        boolean byCursor = params.cursor != null && !params.cursor.isBlank();
        if (byCursor && params.page != 0) {
            throw ProblemException.invalid("page", "must be left out with a cursor, which says where the page starts");
        }
        if (!byCursor && (long) params.page * params.size > PageParams.MAX_OFFSET) {
            throw ProblemException.invalid("page", "must keep page × size within " + PageParams.MAX_OFFSET
                    + "; follow the next link to read further");
        }
        Listing.Slice<E> slice = listing.slice(params.page * params.size, byCursor ? params.cursor : null, params.size,
                params.count);
        List<T> items = slice.items().stream().map(mapper).toList();
        Long total = slice.total();
        Integer pages = total == null ? null : (int) ((total + params.size - 1) / params.size);
        return new Page<>(items, byCursor ? null : params.page, params.size, total, pages,
                slice.next() == null ? null : nextLink(slice.next()));
    }

    /** This request's path and query with the cursor of the next page instead of a page number. */
    private static String nextLink(String cursor) {
        URI next = CDI.current().select(UriInfo.class).get().getRequestUriBuilder()
                .replaceQueryParam("page").replaceQueryParam("cursor", cursor).build();
        return next.getRawPath() + "?" + next.getRawQuery();
    }
}
