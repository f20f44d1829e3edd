package org.golive.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.golive.platform.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Events that failed on their own: each failure is counted on the entry in its aggregate's outbox; after
 * {@code maxAttempts} the event is parked, so that it stops costing every round a failed transaction, until an admin
 * retries it (the relay sends it again) or drops it (it is never published, and the later events of its aggregate
 * go out: consumers see a gap in the aggregate's sequence). The entry in the aggregate's document is the truth;
 * {@code outbox_parked} lists the parked ones so an admin need not scan every collection. It is written before the
 * entry is marked parked and removed after it is unparked, so a crash in between leaves at worst a listing of an
 * event that is not parked (retry or drop then answers 404 and removes it).
 */
public class ParkedEvents {

    static final String COLLECTION = "outbox_parked";
    private static final Logger log = LoggerFactory.getLogger(ParkedEvents.class);
    private static final int MAX_ERROR_LENGTH = 500;
    private static final String ENTRY = AggregateStore.OUTBOX_FIELD + ".$.";

    private final MongoTemplate mongo;
    private final PendingAggregates pending;
    private final int maxAttempts;
    private final Clock clock;
    private final Counter parkedTotal;

    public ParkedEvents(MongoTemplate mongo, PendingAggregates pending, int maxAttempts, Clock clock,
                        MeterRegistry meters) {
        this.mongo = mongo;
        this.pending = pending;
        this.maxAttempts = maxAttempts;
        this.clock = clock;
        this.parkedTotal = Counter.builder("golive.outbox.parked").description("Outbox events parked after failing")
                .register(meters);
        Gauge.builder("golive.outbox.parked.current", this, ParkedEvents::countOrNaN)
                .description("Outbox events parked now, waiting for an admin").register(meters);
    }

    /** A parked event as the admin sees it. */
    public record Parked(String eventId, String type, String source, long sequence, String topic, String key,
                         String collection, String aggregateId, int attempts, String lastError, Date parkedAt) {
    }

    /**
     * Counts a failed attempt of the entry at the head of an aggregate's outbox; parks it at the last attempt.
     *
     * @return true when the event is now parked
     */
    boolean failed(String collection, String aggregateId, OutboxEntry entry, Exception error) {
        int attempts = entry.attempts() + 1;
        String lastError = truncate(error.toString());
        if (attempts < maxAttempts) {
            log.info("Outbox event {} ({}) of {} failed on its own (attempt {} of {}): {}", entry.id(),
                    entry.event().type(), entry.event().source(), attempts, maxAttempts, lastError);
            setEntry(collection, aggregateId, entry.id(), OutboxEntry.State.FAILED, attempts, lastError);
            return false;
        }
        OutboxEvent event = entry.event();
        mongo.save(new Document("_id", event.id()).append("type", event.type()).append("source", event.source())
                .append("sequence", event.sequence()).append("topic", event.topic()).append("key", event.key())
                .append("collection", collection).append("aggregateId", aggregateId).append("attempts", attempts)
                .append("lastError", lastError).append("parkedAt", Date.from(clock.instant())), COLLECTION);
        setEntry(collection, aggregateId, event.id(), OutboxEntry.State.PARKED, attempts, lastError);
        parkedTotal.increment();
        log.warn("Parked outbox event {} ({}) of aggregate {}/{} after {} attempts: {}. Its aggregate's later events"
                        + " wait until an admin retries or drops it (/outbox/parked)", event.id(), event.type(),
                collection, aggregateId, attempts, lastError);
        return true;
    }

    public List<Parked> list() {
        return mongo.find(new Query().with(Sort.by("parkedAt", "_id")), Document.class, COLLECTION).stream()
                .map(ParkedEvents::toParked).toList();
    }

    /** Puts a parked event back in line, with its attempts counted from zero. */
    public Parked retry(String eventId, String admin) {
        Parked parked = find(eventId);
        long unparked = isParked(parked) ? mongo.updateFirst(entry(parked.aggregateId(), eventId),
                        new Update().set(ENTRY + OutboxDocuments.STATE, OutboxEntry.State.PENDING.name())
                                .set(ENTRY + OutboxDocuments.ATTEMPTS, 0), parked.collection())
                .getModifiedCount() : 0;
        forget(parked, unparked);
        log.info("Parked outbox event {} ({}) of {} is sent again at the request of {}", eventId, parked.type(),
                parked.source(), admin);
        pending.mark(parked.collection(), parked.aggregateId());
        return parked;
    }

    /** Removes a parked event for good: it is never published; the later events of its aggregate go out. */
    public Parked drop(String eventId, String admin) {
        Parked parked = find(eventId);
        long removed = mongo.updateFirst(query(where("_id").is(parked.aggregateId())),
                new Update().pull(AggregateStore.OUTBOX_FIELD, new Document(OutboxDocuments.EVENT_ID, eventId)
                        .append(OutboxDocuments.STATE, OutboxEntry.State.PARKED.name())), parked.collection())
                .getModifiedCount();
        forget(parked, removed);
        log.warn("Dropped parked outbox event {} ({}, sequence {} of {}) at the request of {}: it will never be"
                        + " published, and consumers of {} will see a gap after sequence {}", eventId, parked.type(),
                parked.sequence(), parked.source(), admin, parked.source(), parked.sequence() - 1);
        pending.mark(parked.collection(), parked.aggregateId());
        return parked;
    }

    private Parked find(String eventId) {
        Document found = mongo.findById(eventId, Document.class, COLLECTION);
        if (found == null) {
            throw new NotFoundException("Parked outbox event", eventId);
        }
        return toParked(found);
    }

    /** Removes the listing; when the entry was not parked after all (a crash while parking), that is a 404. */
    private void forget(Parked parked, long entriesChanged) {
        mongo.remove(query(where("_id").is(parked.eventId())), COLLECTION);
        if (entriesChanged == 0) {
            throw new NotFoundException("Parked outbox event", parked.eventId());
        }
    }

    /** Only the admin changes a parked entry (the relay leaves an aggregate alone behind one): read, then write. */
    private boolean isParked(Parked parked) {
        Query outboxOnly = query(where("_id").is(parked.aggregateId()));
        outboxOnly.fields().include(AggregateStore.OUTBOX_FIELD);
        Document aggregate = mongo.findOne(outboxOnly, Document.class, parked.collection());
        return aggregate != null && OutboxDocuments.entriesIn(aggregate).stream()
                .anyMatch(entry -> entry.id().equals(parked.eventId()) && entry.parked());
    }

    /** The positional operator ({@code outbox.$}) then names this entry: the one with the event id. */
    private static Query entry(String aggregateId, String eventId) {
        return query(where("_id").is(aggregateId)
                .and(AggregateStore.OUTBOX_FIELD + "." + OutboxDocuments.EVENT_ID).is(eventId));
    }

    private void setEntry(String collection, String aggregateId, String eventId, OutboxEntry.State state,
                          int attempts, String lastError) {
        mongo.updateFirst(entry(aggregateId, eventId), new Update().set(ENTRY + OutboxDocuments.STATE, state.name())
                        .set(ENTRY + OutboxDocuments.ATTEMPTS, attempts)
                        .set(ENTRY + OutboxDocuments.LAST_ERROR, lastError), collection);
    }

    private double countOrNaN() {
        try {
            return mongo.count(new Query(), COLLECTION);
        } catch (RuntimeException unreachable) {
            return Double.NaN;
        }
    }

    private static Parked toParked(Document d) {
        return new Parked(d.getString("_id"), d.getString("type"), d.getString("source"),
                ((Number) d.get("sequence")).longValue(), d.getString("topic"), d.getString("key"),
                d.getString("collection"), d.getString("aggregateId"), ((Number) d.get("attempts")).intValue(),
                d.getString("lastError"), d.getDate("parkedAt"));
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
