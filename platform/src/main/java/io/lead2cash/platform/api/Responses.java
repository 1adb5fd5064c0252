package io.lead2cash.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The responses every resource gives the same way: 201 with Location and ETag, 200 with ETag. */
public final class Responses {

    private Responses() {
    }

    /** 201 Created; Location is resolved against the request (so behind the gateway it names the gateway). */
    public static Response created(UriInfo uri, Object id, Object body, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(body).tag(ETags.of(version)).build();
    }

    /**
     * 201 Created for a record that lives in another collection than the one called, e.g. a quote generated
     * by {@code POST /api/opportunities/{id}/quotes} is at {@code /api/quotes/{quoteId}}.
     */
    public static Response createdIn(UriInfo uri, String collection, Object id, Object body, long version) {
        return Response.created(uri.getBaseUriBuilder().path(collection).path(id.toString()).build())
                .entity(body).tag(ETags.of(version)).build();
    }

    /** 200 with the representation and its ETag. */
    public static Response ok(Object body, long version) {
        return ETags.ok(body, version);
    }
}
