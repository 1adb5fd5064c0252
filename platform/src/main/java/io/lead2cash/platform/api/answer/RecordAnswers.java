package io.lead2cash.platform.api.answer;

import io.lead2cash.platform.domain.TrackedEntity;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * How a resource answers with one kind of record, written once for all: its view with its version as ETag (which the
 * next change sends back as If-Match), never the entity itself.
 */
public final class RecordAnswers<E extends TrackedEntity, V> {

    private final Function<? super E, V> view;

    private RecordAnswers(Function<? super E, V> view) {
        this.view = view;
    }

    /** Answers for records shown as {@code view} maps them. */
    public static <E extends TrackedEntity, V> RecordAnswers<E, V> showing(Function<? super E, V> view) {
        return new RecordAnswers<>(view);
    }

    /** 200 with the record's view and ETag. */
    public RestResponse<V> ok(E record) {
        return Responses.ok(view.apply(record), record.version);
    }

    /** 201 with the new record's view and ETag; Location names it under the collection called. */
    public RestResponse<V> created(UriInfo uri, E record) {
        return Responses.created(uri, record.id, view.apply(record), record.version);
    }

    /** 201 for a new record of another collection than the one called (a quote generated from an opportunity). */
    public RestResponse<V> createdIn(UriInfo uri, String collection, E record) {
        return Responses.createdIn(uri, collection, record.id, view.apply(record), record.version);
    }
}
