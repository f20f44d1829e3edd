package org.golive.platform.outbox;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Publishes the events waiting in the aggregates' documents, in order per aggregate, in Kafka transactions, then
 * removes them from the documents. At-least-once: a crash between the Kafka commit and the removal republishes the
 * last batch, which consumers recognise by event id and sequence. While Kafka is down the relay retries with
 * back-off and the API keeps accepting writes; the events go out when the broker is back.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Set<String> OWN_COLLECTIONS = Set.of(PendingAggregates.COLLECTION, RelayLease.COLLECTION);

    private final MongoTemplate mongo;
    private final PendingAggregates pending;
    private final RelayLease lease;
    private final Supplier<Producer<String, CloudEvent>> producers;
    private final OutboxProperties properties;
    private final Counter published;
    private final Counter failures;

    private volatile boolean running;
    private volatile Thread worker;
    private Producer<String, CloudEvent> producer;
    private Instant nextSweep = Instant.EPOCH;
    private Duration backOff;

    public OutboxRelay(MongoTemplate mongo, PendingAggregates pending, RelayLease lease,
                       Supplier<Producer<String, CloudEvent>> producers, OutboxProperties properties,
                       MeterRegistry meters) {
        this.mongo = mongo;
        this.pending = pending;
        this.lease = lease;
        this.producers = producers;
        this.properties = properties;
        this.published = meters.counter("golive.outbox.published");
        this.failures = meters.counter("golive.outbox.failures");
        this.backOff = properties.pollInterval();
    }

    /** Asks the relay to look now rather than at its next poll; called after every write that raised events. */
    public void wakeUp() {
        Thread thread = worker;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    @Override
    public void start() {
        Thread previous = worker;
        if (previous != null && previous.isAlive()) {
            throw new IllegalStateException("The outbox relay is still stopping; start it again once it has stopped");
        }
        running = true;
        Thread thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
                if (thread.isAlive()) {
                    // Blocked in a Kafka call: interrupting it makes the client give up, the round fails and ends.
                    thread.interrupt();
                    thread.join(Duration.ofSeconds(5).toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!thread.isAlive()) {
                worker = null;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop the relay before the Kafka and MongoDB clients go away. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    private void run() {
        try {
            while (running) {
                boolean moreWaiting = false;
                try {
                    if (lease.acquire()) {
                        sweepIfDue();
                        moreWaiting = relayOnce();
                        backOff = properties.pollInterval();
                    } else {
                        closeProducer();
                    }
                } catch (RuntimeException e) {
                    failures.increment();
                    closeProducer();
                    log.warn("Outbox relay round failed, retrying in {} ms: {}", backOff.toMillis(), e.toString());
                    LockSupport.parkNanos(backOff.toNanos());
                    backOff = min(backOff.multipliedBy(2), properties.maxBackOff());
                    continue;
                }
                if (!moreWaiting) {
                    LockSupport.parkNanos(properties.pollInterval().toNanos());
                }
            }
        } finally {
            closeProducer();
            try {
                lease.release();
            } catch (RuntimeException e) {
                log.debug("Could not release the relay lease; it will expire", e);
            }
        }
    }

    /** Publishes one batch; true when more aggregates are waiting. */
    boolean relayOnce() {
        List<PendingAggregates.Mark> marks = pending.oldest(properties.batchSize());
        if (marks.isEmpty()) {
            return false;
        }
        List<Batch> batches = new ArrayList<>();
        for (PendingAggregates.Mark mark : marks) {
            Query outboxOnly = byId(mark.aggregateId());
            outboxOnly.fields().include(AggregateStore.OUTBOX_FIELD);
            Document aggregate = mongo.findOne(outboxOnly, Document.class, mark.collection());
            List<OutboxEvent> events = aggregate == null ? List.of() : OutboxDocuments.pendingIn(aggregate);
            batches.add(new Batch(mark, events));
        }
        publish(batches);
        for (Batch batch : batches) {
            if (!batch.events().isEmpty()) {
                List<String> ids = batch.events().stream().map(OutboxEvent::id).toList();
                mongo.updateFirst(byId(batch.mark().aggregateId()),
                        new Update().pull(AggregateStore.OUTBOX_FIELD, new Document("eventId", new Document("$in", ids))),
                        batch.mark().collection());
            }
            pending.clear(batch.mark());
        }
        return marks.size() == properties.batchSize();
    }

    private void publish(List<Batch> batches) {
        int count = batches.stream().mapToInt(b -> b.events().size()).sum();
        if (count == 0) {
            return;
        }
        Producer<String, CloudEvent> kafka = producer();
        kafka.beginTransaction();
        try {
            for (Batch batch : batches) {
                for (OutboxEvent event : batch.events()) {
                    kafka.send(CloudEventRecords.toRecord(event));
                }
            }
            kafka.commitTransaction();
        } catch (RuntimeException e) {
            try {
                kafka.abortTransaction();
            } catch (RuntimeException abortFailed) {
                e.addSuppressed(abortFailed);
            }
            throw e;
        }
        published.increment(count);
    }

    private void sweepIfDue() {
        Instant now = Instant.now();
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(properties.sweepInterval());
        for (String collection : mongo.getCollectionNames()) {
            if (OWN_COLLECTIONS.contains(collection) || collection.startsWith("system.")) {
                continue;
            }
            Query withPendingEvents = query(where(AggregateStore.OUTBOX_FIELD + ".0").exists(true));
            withPendingEvents.fields().include("_id");
            for (Document aggregate : mongo.find(withPendingEvents, Document.class, collection)) {
                pending.mark(collection, String.valueOf(aggregate.get("_id")));
            }
        }
    }

    private Producer<String, CloudEvent> producer() {
        if (producer == null) {
            Producer<String, CloudEvent> created = producers.get();
            try {
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(1));
            } catch (RuntimeException e) {
                log.debug("Closing the outbox producer failed", e);
            }
            producer = null;
        }
    }

    private static Query byId(String id) {
        return query(where("_id").is(id));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record Batch(PendingAggregates.Mark mark, List<OutboxEvent> events) {
    }
}
