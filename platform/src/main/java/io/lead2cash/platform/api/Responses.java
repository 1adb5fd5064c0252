package io.lead2cash.platform.api;

import jakarta.persistence.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The only place a resource's answer gets its body: 201 with Location (and ETag), 200 with ETag, a document. It
 * refuses an entity as a body, the one leak a method signature cannot show.
 */
public final class Responses {

    private Responses() {
    }

    /** 201 Created; Location is resolved against the request (so behind the gateway it names the gateway). */
    public static Response created(UriInfo uri, Object id, Object body, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(representation(body)).tag(ETags.of(version)).build();
    }

    /** 201 Created for a record without a version of its own (a payment, a stakeholder). */
    public static Response created(UriInfo uri, Object id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(representation(body)).build();
    }

    /**
     * 201 Created for a record that lives in another collection than the one called, e.g. a quote generated
     * by {@code POST /api/opportunities/{id}/quotes} is at {@code /api/quotes/{quoteId}}.
     */
    public static Response createdIn(UriInfo uri, String collection, Object id, Object body, long version) {
        return Response.created(uri.getBaseUriBuilder().path(collection).path(id.toString()).build())
                .entity(representation(body)).tag(ETags.of(version)).build();
    }

    /** 200 with the representation and its ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(representation(body)).tag(ETags.of(version)).build();
    }

    /** 200 with a rendered document (e.g. a PDF) of a record at a version, shown inline under a file name. */
    public static Response document(byte[] content, String mediaType, String fileName, long version) {
        return Response.ok(content, mediaType).tag(ETags.of(version))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"").build();
    }

    /**
     * A stored file, streamed as it is read (never whole in memory), offered for download under its name; the type is
     * the one checked against its bytes, and browsers are told not to guess another.
     */
    public static Response download(jakarta.ws.rs.core.StreamingOutput content, String mediaType, String fileName,
            long size, long version) {
        return Response.ok(content, mediaType).tag(ETags.of(version)).header(HttpHeaders.CONTENT_LENGTH, size)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The body as given, unless it is an entity: those change with the session and leak what the API hides. */
    static Object representation(Object body) {
        if (body != null && body.getClass().isAnnotationPresent(Entity.class)) {
            throw new IllegalStateException("An entity is not a representation: map "
                    + body.getClass().getSimpleName() + " to its view");
        }
        return body;
    }
}
