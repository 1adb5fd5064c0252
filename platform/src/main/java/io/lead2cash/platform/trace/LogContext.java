package io.lead2cash.platform.trace;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the gateway's request id and the W3C trace id into the logging context of the request being served (and
 * of the event being consumed, see {@link #runWithin}), so every log line — text or JSON — names them.
 */
public class LogContext {

    static final String REQUEST_ID = "requestId";
    static final String TRACE_ID = "traceId";

    @ServerRequestFilter(preMatching = true)
    public void enter(ContainerRequestContext request) {
        put(REQUEST_ID, request.getHeaderString("X-Request-Id"));
        put(TRACE_ID, traceId(request.getHeaderString("traceparent")));
    }

    @ServerResponseFilter
    public void leave() {
        MDC.remove(REQUEST_ID);
        MDC.remove(TRACE_ID);
    }

    /** Runs work with the trace id of a consumed event (and its event id as the request id) in the logs. */
    public static void runWithin(String traceparent, String eventId, Runnable work) {
        put(TRACE_ID, traceId(traceparent));
        put(REQUEST_ID, eventId);
        try {
            work.run();
        } finally {
            MDC.remove(REQUEST_ID);
            MDC.remove(TRACE_ID);
        }
    }

    /** The trace id of a traceparent ({@code 00-<trace id>-<span id>-<flags>}), or null. */
    static String traceId(String traceparent) {
        if (traceparent == null || traceparent.length() < 35 || traceparent.charAt(2) != '-') {
            return null;
        }
        return traceparent.substring(3, 35);
    }

    private static void put(String key, String value) {
        if (value == null || value.length() > 128) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
