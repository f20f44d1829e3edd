package org.golive.platform.outbox;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The relay's side of Kafka: one transactional producer, transactions that say which event failed on its own, and
 * the check that keeps an ambiguous commit from putting an event on the wire twice.
 *
 * <p>Why the check is correct. A commit that throws (the broker went away while it committed) may or may not have
 * taken effect. The relay then closes its producer; the next one starts with the same transactional id, and its
 * {@code initTransactions()} does not return before the coordinator has completed or aborted every transaction of
 * the earlier one and written its markers. Only the lease holder writes the service's topic, one transaction at a
 * time, so what that earlier transaction wrote is the committed end of its partitions. Every new producer (after a
 * failed round, a restart, a lease takeover) therefore reads, with {@code read_committed}, the last offsets of the
 * partitions its first batch goes to, and events found there count as published. The window is twice the batch's
 * events on the partition plus those of the last unconfirmed transaction plus slack: the batch is the oldest
 * waiting aggregates, so it holds whatever of theirs a lost commit published; reading further back only costs
 * time, since an event id found on the wire is on the wire.
 */
class OutboxPublisher {

    private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);
    private static final int WINDOW_SLACK = 16;

    private final Supplier<Producer<String, CloudEvent>> producers;
    private final PublishedTail tail;
    private final int partBytes;
    private Producer<String, CloudEvent> producer;
    private boolean checked;
    private Map<TopicPartition, Integer> unconfirmed = Map.of();

    /** @param partBytes events with more data go out as parts, all in the transaction of the event */
    OutboxPublisher(Supplier<Producer<String, CloudEvent>> producers, PublishedTail tail, int partBytes) {
        this.producers = producers;
        this.tail = tail;
        this.partBytes = partBytes;
    }

    /** The outcome of one transaction that did not fail as a whole. */
    record Attempt(boolean committed, Map<String, Exception> failedEvents, boolean failedUnattributed) {

        static final Attempt COMMITTED = new Attempt(true, Map.of(), false);
    }

    /** The ids among {@code events} already on the wire; always empty except for the first batch of a producer. */
    Set<String> alreadyPublished(Collection<OutboxEvent> events) {
        if (checked || events.isEmpty()) {
            return Set.of();
        }
        Producer<String, CloudEvent> kafka = producer();
        Map<TopicPartition, Integer> windows = new HashMap<>();
        partitionCounts(kafka, events, partBytes).forEach((partition, count) -> windows.merge(partition, 2 * count, Integer::sum));
        unconfirmed.forEach((partition, count) -> windows.merge(partition, count, Integer::sum));
        windows.replaceAll((partition, window) -> window + WINDOW_SLACK);
        Set<String> onTheWire = tail.eventIds(windows);
        Set<String> published = events.stream().map(OutboxEvent::id).filter(onTheWire::contains)
                .collect(Collectors.toSet());
        checked = true;
        unconfirmed = Map.of();
        if (!published.isEmpty()) {
            log.info("{} outbox events were already on the wire (a commit went through unacknowledged);"
                    + " they are not sent again", published.size());
        }
        return published;
    }

    /**
     * Sends {@code events} in one transaction. Returns committed, or which events failed on their own (the
     * transaction is then aborted); throws when the round as a whole failed (Kafka unreachable, fenced, a commit
     * of unknown outcome), after which the producer is closed and the next one checks the wire first.
     */
    Attempt send(List<OutboxEvent> events) {
        Producer<String, CloudEvent> kafka = producer();
        kafka.beginTransaction();
        Thread relayThread = Thread.currentThread();
        Map<String, Exception> failedAtOnce = new LinkedHashMap<>();
        List<Future<?>> sent = new ArrayList<>();
        try {
            for (OutboxEvent event : events) {
                List<ProducerRecord<String, CloudEvent>> records;
                try {
                    records = CloudEventRecords.toRecords(event, partBytes);
                } catch (RuntimeException notACloudEvent) { // a stored attribute that is not valid
                    abort(kafka);
                    return new Attempt(false, Map.of(event.id(), notACloudEvent), false);
                }
                for (ProducerRecord<String, CloudEvent> record : records) { // an event's parts: one after another
                    try {
                        // The producer reports an error about this very record (too large, topic refused) through
                        // the callback on the calling thread, before send returns; later errors arrive on its I/O
                        // thread.
                        sent.add(kafka.send(record, (metadata, error) -> {
                            if (error != null && Thread.currentThread() == relayThread) {
                                failedAtOnce.put(event.id(), error);
                            }
                        }));
                    } catch (SerializationException unserializable) {
                        failedAtOnce.put(event.id(), unserializable);
                    } catch (KafkaException inErrorState) {
                        // An earlier record's own error, arrived meanwhile, left the transaction unusable: whose it
                        // was is not known here, so the round sends one event per transaction.
                        if (!(inErrorState.getCause() instanceof Exception cause && SendFailures.isTheEventsOwn(cause))) {
                            throw inErrorState;
                        }
                        abort(kafka);
                        return new Attempt(false, Map.of(), true);
                    }
                    if (!failedAtOnce.isEmpty()) {
                        Exception error = failedAtOnce.get(event.id());
                        if (error == null || !SendFailures.isTheEventsOwn(error)) {
                            throw SendFailures.asRuntime(error == null ? failedAtOnce.values().iterator().next() : error);
                        }
                        abort(kafka);
                        return new Attempt(false, Map.of(event.id(), error), false);
                    }
                }
            }
            kafka.flush();
            RuntimeException roundFailure = null;
            Exception eventFailure = null;
            for (Future<?> future : sent) {
                Exception error = failureOf(future);
                if (error != null && SendFailures.isTheEventsOwn(error)) {
                    eventFailure = eventFailure == null ? error : eventFailure;
                } else if (error != null && roundFailure == null) {
                    roundFailure = SendFailures.asRuntime(error);
                }
            }
            if (eventFailure != null) { // the records after it fail too, with its error or as aborted
                abort(kafka);
                return events.size() == 1 ? new Attempt(false, Map.of(events.get(0).id(), eventFailure), false)
                        : new Attempt(false, Map.of(), true);
            }
            if (roundFailure != null) {
                throw roundFailure;
            }
        } catch (RuntimeException e) {
            abortQuietly(kafka, e);
            throw e;
        }
        try {
            kafka.commitTransaction();
        } catch (RuntimeException unknownOutcome) {
            try {
                unconfirmed = partitionCounts(kafka, events, partBytes); // metadata the sends just used: no broker needed
            } catch (RuntimeException noMetadata) {
                unknownOutcome.addSuppressed(noMetadata);
            }
            throw unknownOutcome;
        }
        return Attempt.COMMITTED;
    }

    void close() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(1));
            } catch (RuntimeException e) {
                log.debug("Closing the outbox producer failed", e);
            }
            producer = null;
        }
        checked = false;
    }

    private Producer<String, CloudEvent> producer() {
        if (producer == null) {
            Producer<String, CloudEvent> created = producers.get();
            try {
                created.initTransactions(); // completes or aborts the previous producer's transaction first
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
            checked = false;
        }
        return producer;
    }

    /** Where the default partitioner puts each event's records: by the murmur2 hash of its key. */
    private static Map<TopicPartition, Integer> partitionCounts(Producer<String, CloudEvent> kafka,
                                                               Collection<OutboxEvent> events, int partBytes) {
        Map<String, Integer> partitionsOf = new HashMap<>();
        Map<TopicPartition, Integer> counts = new HashMap<>();
        for (OutboxEvent event : events) {
            int partitions = partitionsOf.computeIfAbsent(event.topic(), topic -> kafka.partitionsFor(topic).size());
            int records = CloudEventRecords.recordCount(event, partBytes);
            if (event.key() == null) { // spread over the partitions by the producer: look at every one
                for (int partition = 0; partition < partitions; partition++) {
                    counts.merge(new TopicPartition(event.topic(), partition), records, Integer::sum);
                }
                continue;
            }
            byte[] key = event.key().getBytes(StandardCharsets.UTF_8);
            counts.merge(new TopicPartition(event.topic(), Utils.toPositive(Utils.murmur2(key)) % partitions), records,
                    Integer::sum);
        }
        return counts;
    }

    private static Exception failureOf(Future<?> future) {
        try {
            future.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() instanceof Exception cause ? cause : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new InterruptException(e);
        }
    }

    private static void abort(Producer<String, CloudEvent> kafka) {
        kafka.abortTransaction();
    }

    private static void abortQuietly(Producer<String, CloudEvent> kafka, RuntimeException cause) {
        try {
            kafka.abortTransaction();
        } catch (RuntimeException abortFailed) {
            cause.addSuppressed(abortFailed);
        }
    }
}
