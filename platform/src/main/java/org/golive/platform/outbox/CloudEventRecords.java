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
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(event.id())
                .withSource(URI.create(event.source()))
                .withType(event.type())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withSubject(event.subject())
                .withDataContentType("application/json")
                .withDataSchema(URI.create(event.dataSchema()))
                .withExtension(SEQUENCE_EXTENSION, event.sequence())
                .withData(event.data().getBytes(StandardCharsets.UTF_8))
                .build();
        return new ProducerRecord<>(event.topic(), event.key(), cloudEvent);
    }
}
