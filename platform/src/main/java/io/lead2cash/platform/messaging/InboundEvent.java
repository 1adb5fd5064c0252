package io.lead2cash.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A consumed CloudEvent: its attributes from the Kafka headers and its JSON data. */
public record InboundEvent(String id, String type, String source, String subject, String traceparent, String data) {

    /** Reads a record published in CloudEvents binary mode; a record without {@code ce_id} or {@code ce_type} is refused. */
    public static InboundEvent of(ConsumerRecord<String, String> record) {
        String id = CloudEventHeaders.read(record.headers(), CloudEventHeaders.ID);
        String type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new IllegalArgumentException("Not a CloudEvent: " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " has no ce_id or ce_type header");
        }
        for (String attribute : new String[] {CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE,
            CloudEventHeaders.SUBJECT}) {
            var values = record.headers().headers(attribute).iterator();
            if (values.hasNext() && values.next() != null && values.hasNext()) {
                // One reader would take the first, another the last: an ambiguous record is nobody's event.
                throw new IllegalArgumentException("Not a CloudEvent: " + record.topic() + "/" + record.partition() + "@"
                        + record.offset() + " has " + attribute + " more than once");
            }
        }
        return new InboundEvent(id, type,
                CloudEventHeaders.read(record.headers(), CloudEventHeaders.SOURCE),
                CloudEventHeaders.read(record.headers(), CloudEventHeaders.SUBJECT),
                CloudEventHeaders.read(record.headers(), CloudEventHeaders.TRACEPARENT),
                record.value());
    }
}
