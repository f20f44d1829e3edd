package org.golive.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * One round of the relay: the oldest waiting aggregates, each published as far as it can go. Events already on the
 * wire are removed first; the rest go out in a transaction. An event that fails on its own is set aside with the
 * later events of its aggregate (order per aggregate is the contract), and the others go out in a new transaction.
 * When a transaction fails on its own without saying which record was at fault, the round sends one event per
 * transaction, so that the fault is pinned on the right event and no other is charged with it.
 */
class RelayRound {

    private final MongoTemplate mongo;
    private final PendingAggregates pending;
    private final OutboxPublisher publisher;
    private final ParkedEvents parked;
    private final Counter published;
    private final Timer waited;
    private final Timer rounds;
    private final Timer transactions;

    RelayRound(MongoTemplate mongo, PendingAggregates pending, OutboxPublisher publisher, ParkedEvents parked,
               Counter published, Timer waited, Timer rounds, Timer transactions) {
        this.mongo = mongo;
        this.pending = pending;
        this.publisher = publisher;
        this.parked = parked;
        this.published = published;
        this.waited = waited;
        this.rounds = rounds;
        this.transactions = transactions;
    }

    /** An aggregate's entries still to send in this round, oldest first; marked again when one failed unparked. */
    private static final class Waiting {
        final PendingAggregates.Mark mark;
        final List<OutboxEntry> entries;
        boolean keepMarked;

        Waiting(PendingAggregates.Mark mark, List<OutboxEntry> entries) {
            this.mark = mark;
            this.entries = new ArrayList<>(entries);
        }
    }

    /** Publishes one batch; true when more aggregates are waiting. */
    boolean run(int batchSize) {
        List<PendingAggregates.Mark> marks = pending.oldest(batchSize);
        if (marks.isEmpty()) {
            return false;
        }
        Timer.Sample round = Timer.start();
        try {
            return run(marks, batchSize);
        } finally {
            round.stop(rounds);
        }
    }

    private boolean run(List<PendingAggregates.Mark> marks, int batchSize) {
        Map<String, Map<String, Document>> outboxes = outboxesOf(marks);
        List<Waiting> waiting = new ArrayList<>();
        for (PendingAggregates.Mark mark : marks) {
            Document aggregate = outboxes.get(mark.collection()).get(mark.aggregateId());
            List<OutboxEntry> entries = aggregate == null ? List.of() : OutboxDocuments.entriesIn(aggregate);
            waiting.add(new Waiting(mark, entries.isEmpty() || entries.get(0).parked() ? List.of() : entries));
        }
        Set<String> onTheWire = publisher.alreadyPublished(events(waiting));
        for (Waiting aggregate : waiting) {
            List<OutboxEntry> sent = aggregate.entries.stream().takeWhile(e -> onTheWire.contains(e.id())).toList();
            removePublished(aggregate, sent);
        }
        publish(waiting);
        // Kept while an event failed but is not parked: it is tried again.
        List<PendingAggregates.Mark> cleared = waiting.stream().filter(aggregate -> !aggregate.keepMarked)
                .map(aggregate -> aggregate.mark).toList();
        pending.clear(cleared);
        cleared.forEach(mark -> waited.record(pending.waitedSince(mark)));
        return marks.size() == batchSize;
    }

    /**
     * The outboxes of the marked aggregates, by collection and id: one read per collection, not one per aggregate (a
     * round of a busy service marks dozens). An aggregate gone since it was marked is absent.
     */
    private Map<String, Map<String, Document>> outboxesOf(List<PendingAggregates.Mark> marks) {
        Map<String, List<String>> idsByCollection = new LinkedHashMap<>();
        marks.forEach(mark -> idsByCollection.computeIfAbsent(mark.collection(), c -> new ArrayList<>())
                .add(mark.aggregateId()));
        Map<String, Map<String, Document>> outboxes = new HashMap<>();
        idsByCollection.forEach((collection, ids) -> {
            Query outboxOnly = query(where("_id").in(ids));
            outboxOnly.fields().include(AggregateStore.OUTBOX_FIELD);
            Map<String, Document> byId = new HashMap<>();
            for (Document aggregate : mongo.find(outboxOnly, Document.class, collection)) {
                byId.put(String.valueOf(aggregate.get("_id")), aggregate);
            }
            outboxes.put(collection, byId);
        });
        return outboxes;
    }

    private void publish(List<Waiting> waiting) {
        while (!events(waiting).isEmpty()) {
            OutboxPublisher.Attempt attempt = send(events(waiting));
            if (attempt.committed()) {
                removeAllPublished(waiting);
                return;
            }
            if (attempt.failedUnattributed()) {
                publishOneByOne(waiting);
                return;
            }
            if (!setAside(waiting, attempt.failedEvents())) {
                publishOneByOne(waiting);
                return;
            }
        }
    }

    private void publishOneByOne(List<Waiting> waiting) {
        for (Waiting aggregate : waiting) {
            while (!aggregate.entries.isEmpty()) {
                OutboxEntry entry = aggregate.entries.get(0);
                OutboxPublisher.Attempt attempt = send(List.of(entry.event()));
                if (attempt.committed()) {
                    removePublished(aggregate, List.of(entry));
                } else {
                    Exception error = attempt.failedEvents().getOrDefault(entry.id(),
                            new IllegalStateException("The transaction of this event alone failed"));
                    setAside(List.of(aggregate), Map.of(entry.id(), error));
                }
            }
        }
    }

    private OutboxPublisher.Attempt send(List<OutboxEvent> events) {
        Timer.Sample transaction = Timer.start();
        try {
            return publisher.send(events);
        } finally {
            transaction.stop(transactions);
        }
    }

    /** The failed event and the later ones of its aggregate wait; the failure is counted on the event. */
    private boolean setAside(List<Waiting> waiting, Map<String, Exception> failures) {
        boolean setAside = false;
        for (Waiting aggregate : waiting) {
            for (int i = 0; i < aggregate.entries.size(); i++) {
                OutboxEntry entry = aggregate.entries.get(i);
                Exception error = failures.get(entry.id());
                if (error != null) {
                    boolean nowParked = parked.failed(aggregate.mark.collection(), aggregate.mark.aggregateId(),
                            entry, error);
                    aggregate.entries.subList(i, aggregate.entries.size()).clear();
                    aggregate.keepMarked = !nowParked;
                    setAside = true;
                    break;
                }
            }
        }
        return setAside;
    }

    private void removePublished(Waiting aggregate, List<OutboxEntry> sent) {
        if (sent.isEmpty()) {
            return;
        }
        mongo.updateFirst(query(where("_id").is(aggregate.mark.aggregateId())), pullOf(sent),
                aggregate.mark.collection());
        aggregate.entries.removeAll(sent);
        published.increment(sent.size());
    }

    /**
     * Removes what one transaction published from every aggregate of the round: one bulk write per collection, not
     * one write per aggregate. A store that makes each acknowledged write durable (the embedded server commits before
     * it answers) so pays one commit for the round. Each removal names its events, so a crash halfway through only
     * leaves events that the next round finds on the wire and removes.
     */
    private void removeAllPublished(List<Waiting> waiting) {
        Map<String, BulkOperations> byCollection = new LinkedHashMap<>();
        int removed = 0;
        for (Waiting aggregate : waiting) {
            if (aggregate.entries.isEmpty()) {
                continue;
            }
            byCollection.computeIfAbsent(aggregate.mark.collection(),
                            collection -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection))
                    .updateOne(query(where("_id").is(aggregate.mark.aggregateId())), pullOf(aggregate.entries));
            removed += aggregate.entries.size();
        }
        byCollection.values().forEach(BulkOperations::execute);
        waiting.forEach(aggregate -> aggregate.entries.clear());
        published.increment(removed);
    }

    private static Update pullOf(List<OutboxEntry> sent) {
        List<String> ids = sent.stream().map(OutboxEntry::id).toList();
        return new Update().pull(AggregateStore.OUTBOX_FIELD,
                new Document(OutboxDocuments.EVENT_ID, new Document("$in", ids)));
    }

    private static List<OutboxEvent> events(Collection<Waiting> waiting) {
        return waiting.stream().flatMap(aggregate -> aggregate.entries.stream()).map(OutboxEntry::event).toList();
    }
}
