package org.golive.platform.consumer;

import com.mongodb.bulk.BulkWriteError;
import org.bson.Document;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private static final int DUPLICATE_KEY = 11000;

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
        return admitAll(List.of(event)).get(0);
    }

    /**
     * Judges a poll's events, in their order, as {@link #admit} would one after the other. Each source whose events
     * are one run of sequences (the usual poll) is recorded by a conditional upsert guarded by the sequence before the
     * run, all sources' upserts in one unordered bulk write: one round trip for the poll and no read. Each upsert's
     * outcome is its own, known from the bulk's answer without reading anything back: written (the run follows on
     * from the ledger: every event next), inserted (the source had no ledger: the run's first event is its first, or
     * a gap) or refused, the duplicate key of the twin it tried to insert because the source's ledger holds another
     * sequence (a redelivery, a gap, a rebalance's race). A refused source, and one whose events are not one run, is
     * then read once, every event judged in memory in order (a redelivery, a conflict, a gap or a late one inside the
     * poll is judged as it would be alone), and what they add written back in one write guarded by the sequence read
     * (judged again if another delivery moved it meanwhile).
     *
     * @return each event's admission, in the order of {@code events}
     */
    public List<Admission> admitAll(List<IncomingEvent> events) {
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            bySource.computeIfAbsent(events.get(i).source(), s -> new ArrayList<>()).add(i);
        }
        Map<String, List<IncomingEvent>> ofSources = new LinkedHashMap<>();
        bySource.forEach((source, indexes) -> ofSources.put(source, indexes.stream().map(events::get).toList()));
        Map<String, List<Admission>> recorded = recordedAsNext(ofSources);
        Admission[] admissions = new Admission[events.size()];
        bySource.forEach((source, indexes) -> {
            List<Admission> judged = recorded.containsKey(source) ? recorded.get(source)
                    : judgedOnRead(source, ofSources.get(source));
            for (int i = 0; i < indexes.size(); i++) {
                admissions[indexes.get(i)] = judged.get(i);
            }
        });
        return List.of(admissions);
    }

    private List<Admission> judgedOnRead(String source, List<IncomingEvent> events) {
        while (true) {
            Document entry = mongo.findById(source, Document.class, COLLECTION);
            JudgedLedger judged = new JudgedLedger(entry, window);
            List<Admission> admissions = events.stream().map(judged::judge).toList();
            if (judged.write(mongo, source)) {
                return admissions;
            }
            // Another delivery of this source moved the ledger meanwhile (a rebalance): judge again.
        }
    }

    /**
     * Records each source's events where they are the next sequences, one after the other, after its ledger's last:
     * the write {@link JudgedLedger} makes for them, guarded by the sequence before the first instead of a read, as an
     * upsert so that a refusal is a duplicate key at its own index. What slides out of the window is unset;
     * unsetting a sequence the source never had is a no-op. An upsert that inserts makes the document
     * {@link JudgedLedger} inserts for a source without a ledger ({@code first} the run's first sequence).
     *
     * @return the admissions of each source recorded; a source not in it is to be judged on its ledger as read
     */
    private Map<String, List<Admission>> recordedAsNext(Map<String, List<IncomingEvent>> ofSources) {
        List<String> runs = ofSources.entrySet().stream().filter(e -> oneRun(e.getValue())).map(Map.Entry::getKey)
                .toList();
        if (runs.isEmpty()) {
            return Map.of();
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (String source : runs) {
            List<IncomingEvent> events = ofSources.get(source);
            long first = events.get(0).sequence();
            bulk.upsert(query(where("_id").is(source).and("sequence").is(first - 1)), asNext(events));
        }
        Set<Integer> refused = new HashSet<>();
        Set<Integer> inserted = new HashSet<>();
        try {
            bulk.execute().getUpserts().forEach(upsert -> inserted.add(upsert.getIndex()));
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e; // not a guard's refusal: nothing is admitted, the poll comes again
                }
                refused.add(error.getIndex());
            }
            e.getResult().getUpserts().forEach(upsert -> inserted.add(upsert.getIndex()));
        }
        Map<String, List<Admission>> recorded = new HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            if (!refused.contains(i)) {
                List<IncomingEvent> events = ofSources.get(runs.get(i));
                boolean gapAtFirst = inserted.contains(i) && events.get(0).sequence() != 1;
                List<Admission> admissions = new ArrayList<>();
                for (IncomingEvent event : events) {
                    admissions.add(gapAtFirst && admissions.isEmpty() ? new Admission(Verdict.GAP, 1, null)
                            : new Admission(Verdict.NEXT, event.sequence(), null));
                }
                recorded.put(runs.get(i), admissions);
            }
        }
        return recorded;
    }

    /** Whether the events are one run of sequences, each the one after the last. */
    private static boolean oneRun(List<IncomingEvent> events) {
        long first = events.get(0).sequence();
        if (first < 1) {
            return false;
        }
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).sequence() != first + i) {
                return false;
            }
        }
        return true;
    }

    /** The ledger's change for a run of next events (see {@link #recordedAsNext}). */
    private Update asNext(List<IncomingEvent> events) {
        long first = events.get(0).sequence();
        long last = events.get(events.size() - 1).sequence();
        Update update = new Update().set("sequence", last).set("eventId", events.get(events.size() - 1).id())
                .setOnInsert("first", first);
        for (IncomingEvent event : events) {
            if (event.sequence() > last - window) {
                update.set("recent." + key(event.sequence()), event.id());
            }
        }
        // The window held (first - 1 - window, first - 1] and holds (last - window, last] after.
        for (long old = Math.max(1, first - window); old <= Math.min(last - window, first - 1); old++) {
            update.unset("recent." + key(old));
        }
        return update;
    }

    /** Whether the ledger holds {@code eventId} as sequence {@code sequence} of {@code source}: it was admitted. */
    boolean admitted(String source, long sequence, String eventId) {
        Document entry = mongo.findById(source, Document.class, COLLECTION);
        Document recent = entry == null ? null : entry.get("recent", Document.class);
        return recent != null && eventId.equals(recent.getString(key(sequence)));
    }

    static String key(long sequence) {
        return Long.toString(sequence);
    }
}
