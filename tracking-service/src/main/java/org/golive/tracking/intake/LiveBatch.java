package org.golive.tracking.intake;

import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.golive.platform.consumer.EventHandlers;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.tracking.audit.AuditTrail;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A live listener's poll applied as one batch: the ledger judges the poll's events first, one write per source
 * ({@link EventHandlers#poll}), then every record goes through the platform's intake (parts, parking) in order, and
 * its read-model writes are held ({@link WriteBatch}); then each document touched is written once, its writes merged
 * under their guards ({@link ReadModelWrites#flush}); then the after-each actions (health) run once, for all the
 * rollouts the batch touched, on what it wrote. The container commits the poll's offsets only when this returns.
 *
 * <p>A record that fails (a malformed one, or a handler that throws) is taken back out of the batch, the records
 * before it are written and judged, and {@link BatchListenerFailedException} names it: the container commits the
 * offsets before it, and its error handler retries it or sends it to the dead-letter topic, then goes on with the
 * records after it, as it did for one record at a time. A crash before the offsets are committed redelivers the
 * poll: every write carries its guard, so what was written applies once.
 */
final class LiveBatch {

    private final EventHandlers handlers;
    private final Subscriptions subscriptions;
    private final AuditTrail audit;
    private final ReadModelWrites writes;
    private final Observed observed;
    private final EventAges ages;

    LiveBatch(EventHandlers handlers, Subscriptions subscriptions, AuditTrail audit, ReadModelWrites writes,
              Observed observed, EventAges ages) {
        this.handlers = handlers;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.writes = writes;
        this.observed = observed;
        this.ages = ages;
    }

    /**
     * How each record is observed: Spring Kafka observes only a record listener's records, so a batch observes its
     * own, one consumer span per record continuing the producer's trace (its {@code traceparent} header).
     *
     * @param registry null when observation is off
     */
    record Observed(ObservationRegistry registry, String groupId) {

        void record(String listenerId, ConsumerRecord<String, byte[]> record, Runnable work) {
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

    void apply(String listenerId, List<ConsumerRecord<String, byte[]>> records) {
        long[] raised = ages.raised(records);
        WriteBatch batch = new WriteBatch();
        Map<String, Integer> lastIndex = new HashMap<>();
        Failure failure = new Failure();
        Map<String, IncomingEvent> touched = subscriptions.deferringAfterEach(() -> writes.batching(batch, () -> {
            EventHandlers.Poll poll = handlers.poll(records);
            for (int i = 0; i < records.size(); i++) {
                ConsumerRecord<String, byte[]> record = records.get(i);
                int savepoint = batch.savepoint();
                try {
                    observed.record(listenerId, record, () -> {
                        audit.record(record);
                        poll.handle(record);
                    });
                } catch (RuntimeException e) {
                    batch.rollBackTo(savepoint);
                    failure.at(i, e);
                    return;
                }
                lastIndex.put(record.key(), i);
            }
        }));
        try {
            writes.flush(batch);
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException("The batch's read-model writes failed", e, 0);
        }
        int applied = failure.cause == null ? records.size() : failure.index;
        ages.reached(EventAges.Stage.WRITTEN, records, raised, applied);
        List<IncomingEvent> judged = new ArrayList<>(touched.values());
        judged.sort(Comparator.comparing(event -> lastIndex.get(event.key())));
        if (!judged.isEmpty()) {
            try {
                subscriptions.afterEach(judged);
            } catch (RuntimeException e) {
                // Records before the first rollout's last one are committed; from that one on they come again (the
                // judgement of all of them is done again: it is idempotent).
                throw new BatchListenerFailedException("Events up to " + judged.get(judged.size() - 1).id()
                        + " were applied but not followed up", e, lastIndex.get(judged.get(0).key()));
            }
        }
        ages.reached(EventAges.Stage.APPLIED, records, raised, applied);
        if (failure.cause != null) {
            throw new BatchListenerFailedException(String.valueOf(failure.cause.getMessage()), failure.cause,
                    failure.index);
        }
    }

    private static final class Failure {
        int index = -1;
        RuntimeException cause;

        void at(int index, RuntimeException cause) {
            this.index = index;
            this.cause = cause;
        }
    }
}
