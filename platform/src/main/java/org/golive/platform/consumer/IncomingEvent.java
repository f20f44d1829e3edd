package org.golive.platform.consumer;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.Objects;

/**
 * A CloudEvent read from Kafka, with what an idempotent consumer needs: its id, type, source and sequence.
 *
 * @param sequence position of the event among its source's events (CloudEvents extension {@code sequence})
 */
public record IncomingEvent(String id, String type, String source, long sequence, String key, byte[] data) {

    public static IncomingEvent from(ConsumerRecord<String, byte[]> record) {
        return of(cloudEvent(record), record.key());
    }

    static CloudEvent cloudEvent(ConsumerRecord<String, byte[]> record) {
        try {
            MessageReader reader = KafkaMessageFactory.createReader(record.headers(), record.value());
            return reader.toEvent();
        } catch (RuntimeException e) {
            throw new MalformedEventException("Record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent in binary mode: " + e.getMessage(), e);
        }
    }

    static IncomingEvent of(CloudEvent event, String key) {
        Object sequence = event.getExtension("sequence");
        if (sequence == null || event.getData() == null) {
            throw new MalformedEventException("Event " + event.getId() + " of type " + event.getType()
                    + " lacks its sequence extension or its data");
        }
        try {
            return new IncomingEvent(event.getId(), event.getType(), event.getSource().toString(),
                    Long.parseLong(sequence.toString()), key, event.getData().toBytes());
        } catch (NumberFormatException e) {
            throw new MalformedEventException("Event " + event.getId() + " has a non-numeric sequence: " + sequence, e);
        }
    }

    public IncomingEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
    }
}
