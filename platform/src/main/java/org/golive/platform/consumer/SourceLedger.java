package org.golive.platform.consumer;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * What this service has received from each event source: the first and last sequence, and the event id of each of
 * the last {@code window} sequences. Every event of a source passes through it, handled here or not, so a hole in
 * the sequence is a real gap and not a type this service ignores.
 *
 * <p>The ledger says whether an event can be trusted, never whether it was applied: each effect keeps its own
 * (source, sequence) guard in the document it changes ({@link AppliedEvents}). The two cannot be one write: the
 * ledger is one document per source, the effect another document (or several), and only a single-document write is
 * atomic (the embedded MongoDB server has no transactions). The ledger is written first. After a crash between the
 * two, the redelivered event is in the ledger with the same id, so it counts as a redelivery and is handed to the
 * handlers again, whose guard applies it then: nothing is lost. The other order would let a conflicting event in
 * unchecked after a crash.
 */
public class SourceLedger {

    static final String COLLECTION = "consumer_ledger";

    /** What an arriving event is, measured against what the source sent before. */
    public enum Verdict {
        /** The next sequence: apply. */
        NEXT(false),
        /** A sequence received before with the same id (a crash, a rebalance, a retry): hand on, the guards decide. */
        REDELIVERED(false),
        /** Sequences were skipped (an admin dropped a poison event at the producer, or they were lost): apply. */
        GAP(false),
        /** A sequence received before with another id: the producer issued it twice. Park. */
        CONFLICT(true),
        /** A sequence that was skipped earlier (a gap) and arrives after later ones: its effect would be lost. Park. */
        LATE(true),
        /** Older than the ledger remembers: cannot be checked (a replay from old offsets). Hand on. */
        UNVERIFIABLE(false);

        private final boolean parked;

        Verdict(boolean parked) {
            this.parked = parked;
        }

        public boolean parked() {
            return parked;
        }
    }

    /** @param knownEventId the id the ledger holds for this sequence (a conflict), or null */
    public record Admission(Verdict verdict, long expectedSequence, String knownEventId) {
    }

    private final MongoTemplate mongo;
    private final int window;

    public SourceLedger(MongoTemplate mongo, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("The ledger window must hold at least one sequence: " + window);
        }
        this.mongo = mongo;
        this.window = window;
    }

    /**
     * Judges the event against its source's ledger and, when it is new, records it. The usual event, the one after
     * the last recorded, takes one conditional write and no read; any other (the first of a source, a redelivery, a
     * gap, a conflict) is judged on the ledger as read.
     */
    public Admission admit(IncomingEvent event) {
        if (recordedAsNext(event)) {
            return new Admission(Verdict.NEXT, event.sequence(), null);
        }
        while (true) {
            Document entry = mongo.findById(event.source(), Document.class, COLLECTION);
            Admission admission = entry == null ? first(event) : next(event, entry);
            if (admission != null) {
                return admission;
            }
            // Another delivery of this source moved the ledger meanwhile (a rebalance): judge again.
        }
    }

    /**
     * Records the event if the ledger's last sequence is the one before it: the write {@link #next} makes for it,
     * guarded by that sequence instead of a read. What slides out of the window is the sequence {@code window} back;
     * unsetting it is a no-op when the source began after it.
     */
    private boolean recordedAsNext(IncomingEvent event) {
        long sequence = event.sequence();
        if (sequence <= 1) {
            return false; // the first of its source: inserted, with no sequence before it
        }
        Update update = new Update().set("sequence", sequence).set("eventId", event.id())
                .set("recent." + key(sequence), event.id());
        if (sequence - window >= 1) {
            update.unset("recent." + key(sequence - window));
        }
        return mongo.updateFirst(query(where("_id").is(event.source()).and("sequence").is(sequence - 1)), update,
                COLLECTION).getModifiedCount() == 1;
    }

    /** Whether the ledger holds {@code eventId} as sequence {@code sequence} of {@code source}: it was admitted. */
    boolean admitted(String source, long sequence, String eventId) {
        Document entry = mongo.findById(source, Document.class, COLLECTION);
        Document recent = entry == null ? null : entry.get("recent", Document.class);
        return recent != null && eventId.equals(recent.getString(key(sequence)));
    }

    private Admission first(IncomingEvent event) {
        Document entry = new Document("_id", event.source())
                .append("first", event.sequence())
                .append("sequence", event.sequence())
                .append("eventId", event.id())
                .append("recent", new Document(key(event.sequence()), event.id()));
        try {
            mongo.insert(entry, COLLECTION);
        } catch (DuplicateKeyException raced) {
            return null;
        }
        return new Admission(event.sequence() == 1 ? Verdict.NEXT : Verdict.GAP, 1, null);
    }

    private Admission next(IncomingEvent event, Document entry) {
        long last = entry.get("sequence", Number.class).longValue();
        long first = entry.get("first", Number.class).longValue();
        long sequence = event.sequence();
        if (sequence <= last) {
            Document recent = entry.get("recent", Document.class);
            String known = recent == null ? null : recent.getString(key(sequence));
            if (known != null) {
                return new Admission(known.equals(event.id()) ? Verdict.REDELIVERED : Verdict.CONFLICT, last + 1, known);
            }
            boolean remembered = sequence > last - window && sequence >= first;
            return new Admission(remembered ? Verdict.LATE : Verdict.UNVERIFIABLE, last + 1, null);
        }
        Update update = new Update().set("sequence", sequence).set("eventId", event.id())
                .set("recent." + key(sequence), event.id());
        // Forget what slides out of the window: it held (last - window, last] and now holds (sequence - window, sequence].
        for (long old = Math.max(first, last - window + 1); old <= Math.min(sequence - window, last); old++) {
            update.unset("recent." + key(old));
        }
        UpdateResult result = mongo.updateFirst(query(where("_id").is(event.source()).and("sequence").is(last)),
                update, COLLECTION);
        if (result.getModifiedCount() == 0) {
            return null;
        }
        return new Admission(sequence == last + 1 ? Verdict.NEXT : Verdict.GAP, last + 1, null);
    }

    private static String key(long sequence) {
        return Long.toString(sequence);
    }
}
