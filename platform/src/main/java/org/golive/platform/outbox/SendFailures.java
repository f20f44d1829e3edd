package org.golive.platform.outbox;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.CorruptRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.InvalidRecordException;

import java.util.List;

/**
 * Tells an error about one event (it will fail however often it is sent) from an error of the round (the broker is
 * away, the producer was fenced): only the first counts against the event. Retriable errors, a topic missing from
 * the metadata among them, are the round's: the events of a service all go to its one topic, so that is the service's
 * outage, not one event's.
 */
final class SendFailures {

    private static final List<Class<? extends Exception>> THE_EVENTS_OWN = List.of(
            RecordTooLargeException.class, RecordBatchTooLargeException.class, InvalidRecordException.class,
            CorruptRecordException.class, InvalidTopicException.class, TopicAuthorizationException.class,
            SerializationException.class);

    private SendFailures() {
    }

    static boolean isTheEventsOwn(Exception error) {
        return THE_EVENTS_OWN.stream().anyMatch(type -> type.isInstance(error));
    }

    static RuntimeException asRuntime(Exception error) {
        return error instanceof RuntimeException runtime ? runtime : new KafkaException(error);
    }
}
