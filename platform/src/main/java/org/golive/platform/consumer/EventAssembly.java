package org.golive.platform.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.types.Binary;
import org.golive.contract.EventParts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Puts events that travel in parts back together. Each part is stored as it arrives (one document per part, its id
 * derived from the event and the index, so a part delivered twice is stored once) and acknowledged like any record:
 * a consumer that stops between two parts finds the earlier ones on restart. When the last one is in, the whole event
 * is handed on, and its parts are removed once it was applied. A part that arrives again after that is recognised by
 * its source's ledger (the event's id is there under its sequence) and dropped. Parts that disagree (another count,
 * digest, type or sequence; the same index with other data; a whole that does not match its digest) are parked at
 * once; parts still incomplete after a wait are parked by {@link #giveUpStale}, so the consumer never waits on them.
 */
public class EventAssembly {

    static final String COLLECTION = "consumer_event_parts";

    private final MongoTemplate mongo;
    private final SourceLedger ledger;
    private final ParkedDeliveries parked;
    private final Clock clock;

    public EventAssembly(MongoTemplate mongo, SourceLedger ledger, ParkedDeliveries parked, Clock clock) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.parked = parked;
        this.clock = clock;
    }

    /** What became of a part. */
    sealed interface Outcome {
        /** Stored; more parts are to come. */
        record Waiting() implements Outcome { }

        /** The event, whole: apply it, then call {@link #applied(EventPart)}. */
        record Whole(IncomingEvent event) implements Outcome { }

        /** A part of an event applied before (its parts already removed): nothing to do. */
        record AppliedBefore() implements Outcome { }

        /** The parts disagree: the event was parked (or had been) and its parts removed. */
        record Garbled(String detail) implements Outcome { }
    }

    Outcome add(ConsumerRecord<String, byte[]> record, EventPart part) {
        List<Document> stored = siblings(part);
        if (stored.isEmpty() && ledger.admitted(part.source(), part.record().sequence(), part.eventId())) {
            return new Outcome.AppliedBefore();
        }
        String disagreement = disagreement(part, stored);
        if (disagreement == null && stored.stream().noneMatch(p -> index(p) == part.index())) {
            try {
                mongo.insert(toDocument(record, part), COLLECTION);
            } catch (DuplicateKeyException meanwhile) {
                // The same part from another delivery (a rebalance): compared below like any stored part.
            }
            stored = siblings(part);
            disagreement = disagreement(part, stored);
        }
        if (disagreement != null) {
            give(part, stored, "GARBLED", disagreement);
            return new Outcome.Garbled(disagreement);
        }
        if (stored.size() < part.count()) {
            return new Outcome.Waiting();
        }
        byte[] data = data(part);
        if (!EventParts.digest(data).equals(part.digest())) {
            String detail = "The " + part.count() + " parts of event " + part.eventId() + " make " + data.length
                    + " bytes that do not match their digest " + part.digest();
            give(part, stored, "GARBLED", detail);
            return new Outcome.Garbled(detail);
        }
        return new Outcome.Whole(part.whole(data));
    }

    /** The event of {@code part} was applied (or parked by the ledger): its parts are no longer needed. */
    void applied(EventPart part) {
        mongo.remove(query(where("_id").in(ids(part.source(), part.eventId(), part.count()))), COLLECTION);
    }

    /**
     * Parks every event whose parts stopped arriving before {@code olderThan}: the rest never came (or the consumer
     * lost them), and the consumer goes on without it.
     *
     * @return how many events were parked (parts left behind by an event parked before are only removed)
     */
    int giveUpStale(Duration olderThan) {
        Date cutoff = Date.from(clock.instant().minus(olderThan));
        Query stale = query(where("receivedAt").lt(cutoff));
        stale.fields().exclude("data");
        Map<String, Document> events = new LinkedHashMap<>();
        for (Document part : mongo.find(stale, Document.class, COLLECTION)) {
            events.putIfAbsent(part.getString("source") + "|" + part.getString("eventId"), part);
        }
        int givenUp = 0;
        for (Document any : events.values()) {
            List<Document> parts = siblings(any.getString("source"), any.getString("eventId"), count(any));
            if (parts.isEmpty() || parts.stream().anyMatch(p -> !p.getDate("receivedAt").before(cutoff))) {
                continue; // applied meanwhile, or a part arrived recently: still coming
            }
            String received = parts.stream().map(p -> String.valueOf(index(p))).reduce((a, b) -> a + ", " + b)
                    .orElse("");
            if (give(parts.get(0), parts, "INCOMPLETE", "Only part(s) " + received + " of the " + count(any)
                    + " parts of event " + any.getString("eventId") + " arrived; none came for " + olderThan)) {
                givenUp++;
            }
        }
        return givenUp;
    }

    /** Why {@code part} cannot belong with the parts stored for its event, or null. */
    private static String disagreement(EventPart part, List<Document> stored) {
        for (Document other : stored) {
            if (count(other) != part.count() || !part.digest().equals(other.getString("digest"))
                    || !part.record().type().equals(other.getString("type"))
                    || part.record().sequence() != other.get("sequence", Number.class).longValue()) {
                return "Part " + part.index() + " of event " + part.eventId() + " (" + part.count() + " parts, "
                        + part.digest() + ") disagrees with part " + index(other) + " (" + count(other) + " parts, "
                        + other.getString("digest") + ")";
            }
            if (index(other) == part.index() && !partDigest(part).equals(other.getString("partDigest"))) {
                return "Part " + part.index() + " of event " + part.eventId() + " arrived twice with other data";
            }
        }
        return null;
    }

    private void give(EventPart part, List<Document> stored, String reason, String detail) {
        Document first = stored.stream().min(Comparator.comparingLong(p -> p.get("offset", Number.class).longValue()))
                .orElse(null);
        if (first == null) {
            parked.parkParts(reason, detail, clock.instant(), null, -1, -1, part.record().key(), part.eventId(),
                    part.record().type(), part.source(), part.record().sequence());
        } else {
            give(first, stored, reason, detail);
        }
        applied(part);
    }

    private boolean give(Document first, List<Document> stored, String reason, String detail) {
        boolean parkedNow = parked.parkParts(reason, detail, clock.instant(), first.getString("topic"), first.getInteger("partition"),
                first.get("offset", Number.class).longValue(), first.getString("key"), first.getString("eventId"),
                first.getString("type"), first.getString("source"), first.get("sequence", Number.class).longValue());
        mongo.remove(query(where("_id").in(stored.stream().map(p -> p.get("_id")).toList())), COLLECTION);
        return parkedNow;
    }

    private List<Document> siblings(EventPart part) {
        return siblings(part.source(), part.eventId(), part.count());
    }

    /** The stored parts of an event, without their data: by id, so no store scans a collection for them. */
    private List<Document> siblings(String source, String eventId, int count) {
        Query parts = query(where("_id").in(ids(source, eventId, count)));
        parts.fields().exclude("data");
        return mongo.find(parts, Document.class, COLLECTION);
    }

    private byte[] data(EventPart part) {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        for (String id : ids(part.source(), part.eventId(), part.count())) { // one at a time: parts may be large
            Document stored = mongo.findById(id, Document.class, COLLECTION);
            whole.writeBytes(Objects.requireNonNull(stored, id).get("data", Binary.class).getData());
        }
        return whole.toByteArray();
    }

    private Document toDocument(ConsumerRecord<String, byte[]> record, EventPart part) {
        return new Document("_id", id(part.source(), part.eventId(), part.index()))
                .append("source", part.source())
                .append("eventId", part.eventId())
                .append("index", part.index())
                .append("count", part.count())
                .append("digest", part.digest())
                .append("partDigest", partDigest(part))
                .append("type", part.record().type())
                .append("sequence", part.record().sequence())
                .append("key", record.key())
                .append("topic", record.topic())
                .append("partition", record.partition())
                .append("offset", record.offset())
                .append("receivedAt", Date.from(clock.instant()))
                .append("data", new Binary(part.record().data()));
    }

    private static String partDigest(EventPart part) {
        return EventParts.digest(part.record().data());
    }

    private static List<String> ids(String source, String eventId, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(index -> id(source, eventId, index)).toList();
    }

    private static String id(String source, String eventId, int index) {
        return source + "|" + eventId + "|" + index;
    }

    private static int index(Document part) {
        return part.get("index", Number.class).intValue();
    }

    private static int count(Document part) {
        return part.get("count", Number.class).intValue();
    }
}
