package io.lead2cash.platform.api.answer;

import io.lead2cash.platform.api.answer.Responses;
import jakarta.persistence.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The only place a resource's answer gets its body: 201 with Location (and ETag), 200 with ETag, a document. Answers
 * are typed ({@code RestResponse<View>}), so the API document takes each answer's schema from the method's signature;
 * a creation is marked {@code @ResponseStatus(201)}, which the document follows. It refuses an entity as a body, the
 * one leak a method signature cannot show.
 */
public final class Responses {

    private Responses() {
    }

    /** 201 Created; Location is resolved against the request (so behind the gateway it names the gateway). */
    public static <T> RestResponse<T> created(UriInfo uri, Object id, T body, long version) {
        return RestResponse.ResponseBuilder.<T>created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(representation(body)).tag(ETags.of(version)).build();
    }

    /** 201 Created for a record without a version of its own (a payment, a stakeholder). */
    public static <T> RestResponse<T> created(UriInfo uri, Object id, T body) {
        return RestResponse.ResponseBuilder.<T>created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(representation(body)).build();
    }

    /**
     * 201 Created for a record that lives in another collection than the one called, e.g. a quote generated
     * by {@code POST /api/opportunities/{id}/quotes} is at {@code /api/quotes/{quoteId}}.
     */
    public static <T> RestResponse<T> createdIn(UriInfo uri, String collection, Object id, T body, long version) {
        return RestResponse.ResponseBuilder.<T>created(uri.getBaseUriBuilder().path(collection).path(id.toString()).build())
                .entity(representation(body)).tag(ETags.of(version)).build();
    }

    /** 200 with the representation and its ETag. */
    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(representation(body)).tag(ETags.of(version)).build();
    }

    /** 200 with an answer that is not one record at a version (a list of shares, a calculation). */
    public static <T> RestResponse<T> ok(T body) {
        return RestResponse.ResponseBuilder.ok(representation(body)).build();
    }

    /** 204: done, nothing to show (a deletion, a share withdrawn). */
    public static RestResponse<Void> done() {
        return RestResponse.noContent();
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
    static <T> T representation(T body) {
        if (body != null && body.getClass().isAnnotationPresent(Entity.class)) {
            throw new IllegalStateException("An entity is not a representation: map "
                    + body.getClass().getSimpleName() + " to its view");
        }
        return body;
    }
}
