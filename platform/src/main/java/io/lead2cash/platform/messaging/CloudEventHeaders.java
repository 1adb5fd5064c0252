package io.lead2cash.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** CloudEvents 1.0 Kafka protocol binding, binary mode: the attributes travel as {@code ce_*} headers. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    /** W3C trace context, so a trace follows the event from the publisher's request to each consumer. */
    public static final String TRACEPARENT = "traceparent";

    private CloudEventHeaders() {
    }

    /** Adds the CloudEvents headers of one event to a Kafka record. */
    public static void write(Headers headers, String id, String type, String source, String subject, Instant time,
            String traceparent) {
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, id);
        put(headers, TYPE, type);
        put(headers, SOURCE, source);
        put(headers, SUBJECT, subject);
        put(headers, TIME, time.toString());
        put(headers, CONTENT_TYPE, "application/json");
        if (traceparent != null) {
            put(headers, TRACEPARENT, traceparent);
        }
    }

    /** The last value of a header as text, or null. */
    public static String read(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
