package org.golive.platform.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

/** Maps a pending event to a Kafka record carrying a CloudEvent (binary mode: attributes become ce_* headers). */
final class CloudEventRecords {

    static final String SEQUENCE_EXTENSION = "sequence";

    private CloudEventRecords() {
    }

    static ProducerRecord<String, CloudEvent> toRecord(OutboxEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.id())
                .withSource(URI.create(event.source()))
                .withType(event.type())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withSubject(event.subject())
                .withDataContentType("application/json")
                .withDataSchema(URI.create(event.dataSchema()))
                .withExtension(SEQUENCE_EXTENSION, event.sequence())
                .withData(event.data().getBytes(StandardCharsets.UTF_8));
        // Who caused the event and in which request: the audit trail the BI side keeps.
        if (event.actor() != null) {
            builder.withExtension("actor", event.actor());
        }
        if (event.requestId() != null) {
            builder.withExtension("requestid", event.requestId());
        }
        if (event.traceparent() == null) {
            return new ProducerRecord<>(event.topic(), event.key(), builder.build());
        }
        // The CloudEvents distributed-tracing extension (ce_traceparent) for BI consumers, and the plain W3C header
        // that Kafka instrumentation (Spring Kafka's observation in Golive's consumers) continues the trace from.
        ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(event.topic(), event.key(),
                builder.withExtension("traceparent", event.traceparent()).build());
        record.headers().add("traceparent", event.traceparent().getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
