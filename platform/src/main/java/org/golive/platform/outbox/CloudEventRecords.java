package org.golive.platform.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.golive.contract.EventParts;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps a pending event to Kafka records carrying CloudEvents (binary mode: attributes become ce_* headers): one
 * record, or, when its data is larger than the part size, its parts as {@link EventParts} describes them.
 */
final class CloudEventRecords {

    static final String SEQUENCE_EXTENSION = "sequence";

    private CloudEventRecords() {
    }

    /** The records of {@code event}, in the order they must be sent (all in one transaction). */
    static List<ProducerRecord<String, CloudEvent>> toRecords(OutboxEvent event, int partBytes) {
        byte[] data = event.data().getBytes(StandardCharsets.UTF_8);
        if (data.length <= partBytes) {
            return List.of(record(event, whole(event, data)));
        }
        int[] cuts = EventParts.boundaries(data, partBytes);
        int count = cuts.length - 1;
        String digest = EventParts.digest(data);
        List<ProducerRecord<String, CloudEvent>> parts = new ArrayList<>(count);
        for (int index = 1; index <= count; index++) {
            // A part is no JSON document: its data schema is the whole event's (named by its type), not its own.
            CloudEventBuilder part = builder(event, EventParts.partId(event.id(), index))
                    .withDataContentType(EventParts.PART_CONTENT_TYPE)
                    .withExtension(EventParts.PART_OF, event.id())
                    .withExtension(EventParts.PART_INDEX, index)
                    .withExtension(EventParts.PART_COUNT, count)
                    .withExtension(EventParts.PART_DIGEST, digest)
                    .withData(Arrays.copyOfRange(data, cuts[index - 1], cuts[index]));
            parts.add(record(event, part));
        }
        return parts;
    }

    /** How many records {@link #toRecords} makes of {@code event}. */
    static int recordCount(OutboxEvent event, int partBytes) {
        if ((long) event.data().length() * 3 <= partBytes) {
            return 1;
        }
        return EventParts.boundaries(event.data().getBytes(StandardCharsets.UTF_8), partBytes).length - 1;
    }

    /** The event as one record, whatever its size. */
    static ProducerRecord<String, CloudEvent> toRecord(OutboxEvent event) {
        return record(event, whole(event, event.data().getBytes(StandardCharsets.UTF_8)));
    }

    private static CloudEventBuilder whole(OutboxEvent event, byte[] data) {
        return builder(event, event.id())
                .withDataContentType("application/json")
                .withDataSchema(URI.create(event.dataSchema()))
                .withData(data);
    }

    private static CloudEventBuilder builder(OutboxEvent event, String id) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create(event.source()))
                .withType(event.type())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withSubject(event.subject())
                .withExtension(SEQUENCE_EXTENSION, event.sequence());
        // Who caused the event and in which request: the audit trail the BI side keeps.
        if (event.actor() != null) {
            builder.withExtension("actor", event.actor());
        }
        if (event.requestId() != null) {
            builder.withExtension("requestid", event.requestId());
        }
        if (event.traceparent() != null) {
            // The CloudEvents distributed-tracing extension, for BI consumers.
            builder.withExtension("traceparent", event.traceparent());
        }
        return builder;
    }

    private static ProducerRecord<String, CloudEvent> record(OutboxEvent event, CloudEventBuilder builder) {
        ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(event.topic(), event.key(), builder.build());
        if (event.traceparent() != null) {
            // The plain W3C header that Kafka instrumentation (Spring Kafka's observation in Golive's consumers)
            // continues the trace from.
            record.headers().add("traceparent", event.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
