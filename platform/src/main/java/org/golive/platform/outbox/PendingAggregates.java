package org.golive.platform.outbox;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * A small index of the aggregates that have events waiting, so the relay never scans the aggregate collections on
 * its hot path. A mark carries a ticket that every write increments; the relay removes a mark only if its ticket did
 * not move while it published, so a write racing with the relay is never forgotten. A mark lost to a crash between
 * the aggregate write and the mark is found again by the relay's periodic sweep. Marks are read oldest first, by the
 * time the aggregate was first marked (kept by later writes), so a busy aggregate cannot push a quiet one out of
 * every batch. The sort is explicit: the embedded MongoDB server ignores the index on that time (it sorts the
 * small collection in memory), a real MongoDB uses it.
 */
public class PendingAggregates {

    static final String COLLECTION = "outbox_pending";
    private static final Logger log = LoggerFactory.getLogger(PendingAggregates.class);

    private static final String FIRST_MARKED = "firstMarkedAt";

    private final MongoTemplate mongo;
    private final Runnable onMark;
    private final Clock clock;
    /** The collections this process marked aggregates of: the relay's sweep reads them besides the mapped ones. */
    private final Set<String> markedCollections = ConcurrentHashMap.newKeySet();

    public PendingAggregates(MongoTemplate mongo, Runnable onMark, Clock clock) {
        this.mongo = mongo;
        this.onMark = onMark;
        this.clock = clock;
    }

    /** The index a real MongoDB reads the oldest marks by. */
    void createIndex() {
        mongo.indexOps(COLLECTION).createIndex(new Index(FIRST_MARKED, Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
    }

    record Mark(String collection, String aggregateId, long ticket, Instant firstMarkedAt) {
    }

    void mark(String collection, String aggregateId) {
        markedCollections.add(collection);
        try {
            mongo.upsert(query(where("_id").is(collection + "/" + aggregateId)),
                    new Update().inc("ticket", 1).set("collection", collection).set("aggregateId", aggregateId)
                            .setOnInsert(FIRST_MARKED, Date.from(clock.instant())),
                    COLLECTION);
        } catch (RuntimeException e) {
            // The events are safe in the aggregate's document; the sweep will find them.
            log.warn("Could not mark {}/{} as pending; the relay's sweep will pick it up", collection, aggregateId, e);
        }
        onMark.run();
    }

    /** The collections of the aggregates marked since this process started. */
    Set<String> markedCollections() {
        return Set.copyOf(markedCollections);
    }

    List<Mark> oldest(int limit) {
        Query oldestFirst = new Query().with(Sort.by(FIRST_MARKED, "_id")).limit(limit);
        return mongo.find(oldestFirst, Document.class, COLLECTION).stream()
                .map(d -> new Mark(d.getString("collection"), d.getString("aggregateId"),
                        ((Number) d.get("ticket")).longValue(), firstMarkedAt(d)))
                .toList();
    }

    /** How many aggregates have events waiting for the relay. */
    long backlog() {
        return mongo.estimatedCount(COLLECTION);
    }

    /** How long the oldest waiting aggregate has waited; zero when none waits. */
    Duration oldestWait() {
        List<Mark> oldest = oldest(1);
        return oldest.isEmpty() ? Duration.ZERO : waitedSince(oldest.get(0));
    }

    /** How long the aggregate of {@code mark} has had events waiting, from its first mark until now. */
    Duration waitedSince(Mark mark) {
        if (mark.firstMarkedAt() == null) {
            return Duration.ZERO;
        }
        Duration waited = Duration.between(mark.firstMarkedAt(), clock.instant());
        return waited.isNegative() ? Duration.ZERO : waited;
    }

    private static Instant firstMarkedAt(Document mark) {
        Date first = mark.getDate(FIRST_MARKED);
        return first == null ? null : first.toInstant();
    }

    /**
     * Removes each mark unless a write marked its aggregate again since the mark was read; in one bulk write, so that
     * a round pays one acknowledgement for all of its marks.
     */
    void clear(List<Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        BulkOperations removals = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        marks.forEach(mark -> removals.remove(query(where("_id").is(mark.collection() + "/" + mark.aggregateId())
                .and("ticket").is(mark.ticket()))));
        removals.execute();
    }
}
