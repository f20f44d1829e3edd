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
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Publishes the events waiting in the aggregates' documents, in order per aggregate, in Kafka transactions, then
 * removes them from the documents ({@link RelayRound}). A commit that may have gone through unacknowledged, or a
 * crash between the commit and the removal, does not republish: a new producer first looks at what is on the wire
 * ({@link OutboxPublisher}). While Kafka is down a round fails as a whole, nothing counts against the events, the
 * relay retries with back-off and the API keeps accepting writes; the events go out when the broker is back. An
 * event that fails on its own waits with the later events of its aggregate and is parked after a few attempts
 * ({@link ParkedEvents}); the other aggregates' events go on.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Set<String> OWN_COLLECTIONS = Set.of(PendingAggregates.COLLECTION, RelayLease.COLLECTION,
            ParkedEvents.COLLECTION);

    private final MongoTemplate mongo;
    private final PendingAggregates pending;
    private final RelayLease lease;
    private final OutboxPublisher publisher;
    private final RelayRound round;
    private final OutboxProperties properties;
    private final Counter failures;

    private volatile boolean running;
    private volatile Thread worker;
    private Instant nextSweep = Instant.EPOCH;
    private Duration backOff;

    public OutboxRelay(MongoTemplate mongo, PendingAggregates pending, RelayLease lease,
                       Supplier<Producer<String, CloudEvent>> producers, Map<String, Object> kafkaSettings,
                       ParkedEvents parked, OutboxProperties properties, MeterRegistry meters) {
        this.mongo = mongo;
        this.pending = pending;
        this.lease = lease;
        this.publisher = new OutboxPublisher(producers, new PublishedTail(kafkaSettings), properties.partBytes());
        this.round = new RelayRound(mongo, pending, publisher, parked, meters.counter("golive.outbox.published"),
                OutboxMetrics.waitTimer(meters), OutboxMetrics.roundTimer(meters),
                OutboxMetrics.transactionTimer(meters));
        this.properties = properties;
        this.failures = Counter.builder("golive.outbox.failures")
                .description("Relay rounds that failed (the broker or the database unreachable); retried with back-off")
                .register(meters);
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
            pending.createIndex();
        } catch (RuntimeException e) {
            log.debug("Could not create the index of pending aggregates; the relay works without it", e);
        }
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
        return round.run(properties.batchSize());
    }

    private void sweepIfDue() {
        Instant now = Instant.now();
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(properties.sweepInterval());
        for (String collection : sweptCollections()) {
            // An aggregate whose first event is parked has nothing to send until an admin acts.
            Query withPendingEvents = query(where(AggregateStore.OUTBOX_FIELD + ".0").exists(true)
                    .and(AggregateStore.OUTBOX_FIELD + ".0." + OutboxDocuments.STATE)
                    .ne(OutboxEntry.State.PARKED.name()));
            withPendingEvents.fields().include("_id");
            for (Document aggregate : mongo.find(withPendingEvents, Document.class, collection)) {
                pending.mark(collection, String.valueOf(aggregate.get("_id")));
            }
        }
    }

    /**
     * The collections that hold aggregates, the only ones with outboxes: those of the service's mapped aggregate types
     * (Boot maps every {@code @Document} class of the application's packages at start, so a mark lost to a crash is
     * found after the restart too) and those this process marked aggregates of. Never every collection of the
     * database: no index answers the sweep's query, and read models of millions of documents (tracking's task
     * documents) were read whole every sweep, holding the embedded server's worker 5 to 17 seconds each time (a
     * collection scan on a real MongoDB too).
     */
    public Set<String> sweptCollections() {
        Set<String> collections = new TreeSet<>(pending.markedCollections());
        for (MongoPersistentEntity<?> entity : mongo.getConverter().getMappingContext().getPersistentEntities()) {
            if (Aggregate.class.isAssignableFrom(entity.getType())) {
                collections.add(entity.getCollection());
            }
        }
        collections.removeAll(OWN_COLLECTIONS);
        return collections;
    }

    private void closeProducer() {
        publisher.close();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
