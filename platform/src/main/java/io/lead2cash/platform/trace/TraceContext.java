package io.lead2cash.platform.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The W3C {@code traceparent} of the work in progress: the HTTP request being served, or the event being
 * consumed. The outbox stores it with each event so a trace crosses Kafka.
 */
@ApplicationScoped
public class TraceContext {

    private static final ThreadLocal<String> CONSUMED = new ThreadLocal<>();

    @Inject CurrentVertxRequest currentRequest;

    /** The trace the current work belongs to, or null when there is none. */
    public String traceparent() {
        // With tracing on, the current span (the HTTP call's, or the consumed event's) is the parent of what follows.
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
        }
        String consumed = CONSUMED.get();
        if (consumed != null) {
            return consumed;
        }
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext context = currentRequest.getCurrent();
        return context == null ? null : context.request().getHeader("traceparent");
    }

    /** Runs work on behalf of a consumed event, inheriting its trace. */
    public static void runWithin(String traceparent, Runnable work) {
        String previous = CONSUMED.get();
        CONSUMED.set(traceparent);
        try {
            work.run();
        } finally {
            if (previous == null) {
                CONSUMED.remove();
            } else {
                CONSUMED.set(previous);
            }
        }
    }
}
