package io.lead2cash.platform.api.input;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets actions be called without a body ({@code POST /api/leads/{id}/qualify}) and without a Content-Type,
 * as clients naturally do, instead of answering 415: an empty body is read as an absent JSON document.
 */
public class EmptyBodyDefaults {

    @ServerRequestFilter(preMatching = true)
    public void defaultContentType(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean empty = "0".equals(length) || length == null && request.getHeaderString("Transfer-Encoding") == null;
        // Whatever type a client names for an empty body (some default to form encoding), there is nothing to read.
        if (empty && !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
