package io.lead2cash.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares how an event record is published: its CloudEvents type, its topic and what it means. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventContract {

    /** CloudEvents {@code ce_type}, e.g. {@code lead2cash.lead.qualified.v1}; a new major version gets a new type. */
    String type();

    /** The Kafka topic, one of {@link Topics}. */
    String topic();

    /** The kind of record the event is about (its id is the Kafka key). */
    String aggregate();

    /** When the event is emitted, in one sentence for the event catalog. */
    String summary();
}
