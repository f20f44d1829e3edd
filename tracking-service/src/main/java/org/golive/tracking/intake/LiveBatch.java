package org.golive.tracking.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.golive.platform.consumer.EventHandlers;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.platform.consumer.RecordObservation;
import org.golive.tracking.audit.AuditTrail;
import org.springframework.kafka.listener.BatchListenerFailedException;

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
 * rollouts the batch touched, on what it wrote. Each record is observed as a record listener's would be
 * ({@link RecordObservation}). The container commits the poll's offsets only when this returns.
 * A poll whose writes outgrow {@code writesPerPart} is written in parts, in its order (each part flushed before the
 * next record is handled), and judged once at the end: a backlog of large plans is not one huge bulk.
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
    private final RecordObservation observed;
    private final EventAges ages;
    /** How many writes a poll holds before it writes them and goes on (a backlog of large plans in one poll). */
    private final int writesPerPart;

    LiveBatch(EventHandlers handlers, Subscriptions subscriptions, AuditTrail audit, ReadModelWrites writes,
              RecordObservation observed, EventAges ages, int writesPerPart) {
        if (writesPerPart < 1) {
            throw new IllegalArgumentException("A poll's part holds at least one write: " + writesPerPart);
        }
        this.handlers = handlers;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.writes = writes;
        this.observed = observed;
        this.ages = ages;
        this.writesPerPart = writesPerPart;
    }

    void apply(String listenerId, List<ConsumerRecord<String, byte[]>> records) {
        long[] raised = ages.raised(records);
        Map<String, Integer> lastIndex = new HashMap<>();
        Failure failure = new Failure();
        WriteBatch[] last = new WriteBatch[1];
        Map<String, IncomingEvent> touched = subscriptions.deferringAfterEach(() -> {
            EventHandlers.Poll poll = handlers.poll(records);
            int next = 0;
            while (next < records.size() && failure.cause == null) {
                if (last[0] != null) {
                    flush(last[0]); // a part full: written before the next, so a document sees its writes in order
                }
                WriteBatch batch = new WriteBatch();
                int from = next;
                int[] reached = {from};
                writes.batching(batch, () -> reached[0] = handle(listenerId, poll, records, from, batch, lastIndex,
                        failure));
                next = reached[0];
                last[0] = batch;
            }
        });
        if (last[0] != null) {
            flush(last[0]);
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

    /**
     * Handles the poll's records from {@code from} on into {@code batch} until the batch holds {@link #writesPerPart}
     * writes or a record fails.
     *
     * @return the index of the first record not handled
     */
    private int handle(String listenerId, EventHandlers.Poll poll, List<ConsumerRecord<String, byte[]>> records,
                       int from, WriteBatch batch, Map<String, Integer> lastIndex, Failure failure) {
        for (int i = from; i < records.size(); i++) {
            if (i > from && batch.size() >= writesPerPart) {
                return i;
            }
            ConsumerRecord<String, byte[]> record = records.get(i);
            int savepoint = batch.savepoint();
            try {
                observed.observe(listenerId, record, () -> {
                    audit.record(record);
                    poll.handle(record);
                });
            } catch (RuntimeException e) {
                batch.rollBackTo(savepoint);
                failure.at(i, e);
                return i;
            }
            lastIndex.put(record.key(), i);
        }
        return records.size();
    }

    private void flush(WriteBatch batch) {
        try {
            writes.flush(batch);
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException("The batch's read-model writes failed", e, 0);
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
