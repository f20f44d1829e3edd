package org.golive.platform.consumer;

import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

/**
 * How a batch listener observes its records: Spring Kafka observes only a record listener's records, so a batch
 * observes its own, one consumer span per record continuing the producer's trace (its {@code traceparent} header),
 * as the container would observe them one at a time ({@code spring.kafka.listener.observation-enabled}).
 */
public final class RecordObservation {

    private static final RecordObservation OFF = new RecordObservation(null, "");

    /** Null when observation is off. */
    private final ObservationRegistry registry;
    private final String groupId;

    public RecordObservation(ObservationRegistry registry, String groupId) {
        this.registry = registry;
        this.groupId = groupId;
    }

    /** Records run as they are, unobserved. */
    public static RecordObservation off() {
        return OFF;
    }

    /** Runs the work on one record of the poll inside that record's observation. */
    public void observe(String listenerId, ConsumerRecord<?, ?> record, Runnable work) {
        if (registry == null) {
            work.run();
            return;
        }
        KafkaListenerObservation.LISTENER_OBSERVATION.observation(null,
                KafkaListenerObservation.DefaultKafkaListenerObservationConvention.INSTANCE,
                () -> new KafkaRecordReceiverContext(record, listenerId, listenerId, groupId, () -> null),
                registry).observe(work);
    }
}
