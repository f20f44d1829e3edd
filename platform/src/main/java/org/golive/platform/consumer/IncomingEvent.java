package org.golive.platform.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.Objects;

/**
 * A CloudEvent read from Kafka, with what an idempotent consumer needs: its id, type, source and sequence.
 *
 * @param sequence position of the event among its source's events (CloudEvents extension {@code sequence})
 */
public record IncomingEvent(String id, String type, String source, long sequence, String key, byte[] data) {

    public static IncomingEvent from(ConsumerRecord<String, byte[]> record) {
        return of(EventAttributes.of(record), record.key());
    }

    static IncomingEvent of(EventAttributes event, String key) {
        String sequence = event.sequence();
        if (sequence == null || event.data() == null) {
            throw new MalformedEventException("Event " + event.id() + " of type " + event.type()
                    + " lacks its sequence extension or its data");
        }
        try {
            return new IncomingEvent(event.id(), event.type(), event.source(), Long.parseLong(sequence), key,
                    event.data());
        } catch (NumberFormatException e) {
            throw new MalformedEventException("Event " + event.id() + " has a non-numeric sequence: " + sequence, e);
        }
    }

    public IncomingEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
    }
}
