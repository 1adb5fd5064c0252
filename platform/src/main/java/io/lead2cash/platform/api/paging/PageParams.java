package io.lead2cash.platform.api.paging;

import io.lead2cash.platform.api.openapi.ApiDocumentFilter;

import io.lead2cash.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging and sorting query parameters every list endpoint takes: {@code page} (from 0, while page × size stays
 * within {@value #MAX_OFFSET}) or {@code cursor} (from a {@code next} link), {@code size} (1..{@value #MAX_SIZE}),
 * {@code sort} (comma-separated fields, {@code -} for descending) and {@code count}.
 */
public class PageParams {

    public static final int MAX_SIZE = 200;
    /** The deepest offset a page number may reach: an offset is read and skipped row by row, a cursor is not. */
    public static final int MAX_OFFSET = 10_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = MAX_OFFSET, message = "must be at most " + MAX_OFFSET + "; beyond, follow the next link")
    @Parameter(description = "Page index, from 0, while page × size stays within " + MAX_OFFSET
            + "; beyond, follow the next link")
    public int page;

    @QueryParam("cursor")
    @Parameter(description = "Where the page starts: the cursor of a next link, passed back unchanged with the same "
            + "filters and sort")
    public String cursor;

    @QueryParam("count")
    @DefaultValue("false")
    @Parameter(description = "true to count every record of the list in totalItems (costs a count of the whole list)")
    public boolean count;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
    @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE)
    @Parameter(description = "Page size, 1 to " + MAX_SIZE)
    public int size;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated fields to sort by; prefix a field with - for descending, e.g. -createdAt,lastName")
    public String sort;

    public static PageParams of(int page, int size, String sort) {
        PageParams params = new PageParams();
        params.page = page;
        params.size = size;
        params.sort = sort;
        return params;
    }

    /**
     * The Panache sort for the requested fields, among {@code fields} (comma-separated API names that are also the
     * entity's attribute names; the list method documents them with the same constant, see
     * {@link ApiDocumentFilter#SORT_FIELDS}).
     */
    public Sort toSort(String fields, String fallback) {
        Map<String, String> sortable = new java.util.LinkedHashMap<>();
        for (String field : fields.split(",")) {
            sortable.put(field, field);
        }
        return toSort(sortable, fallback);
    }

    /**
     * The Panache sort for the requested fields.
     *
     * @param sortable API field name to entity attribute, in the order of the default sort's tie-breakers
     * @param fallback used when no sort is requested; the entity id is always the last tie-breaker so pages are stable,
     *                 in the direction of the last key, so that one index on {@code (key, id)} serves both directions
     */
    public Sort toSort(Map<String, String> sortable, String fallback) {
        Sort result = null;
        Sort.Direction last = Sort.Direction.Ascending;
        String requested = sort == null || sort.isBlank() ? fallback : sort;
        for (String part : requested.split(",")) {
            String field = part.trim();
            boolean descending = field.startsWith("-");
            String name = descending ? field.substring(1) : field.startsWith("+") ? field.substring(1) : field;
            String attribute = sortable.get(name);
            if (attribute == null) {
                throw ProblemException.invalid("sort", "must name fields among " + sortable.keySet() + " (got '" + name + "')");
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            last = direction;
            result = result == null ? Sort.by(attribute, direction) : result.and(attribute, direction);
        }
        return result.and("id", last);
    }
}
