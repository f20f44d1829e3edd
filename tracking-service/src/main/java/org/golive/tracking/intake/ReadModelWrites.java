package org.golive.tracking.intake;

import com.mongodb.bulk.BulkWriteError;
import org.bson.Document;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Writes to the read models, one bulk write per collection: at once (one event's writes to a collection in one round
 * trip), or, inside {@link #batch}, gathered for a whole batch of records and written when it ends (the rebuild's
 * replay, one round trip per collection per poll instead of one per event and read model).
 *
 * <p><b>Exactly once across a crash in the middle of a batch: by idempotent effects, not by an atomic batch.</b> The
 * embedded MongoDB server has no transactions, so a batch cannot be one atomic unit with the offsets. Instead every
 * write queued here is idempotent by itself: a guarded upsert carries its event's (source, sequence) mark in the
 * same single-document write as its effect ({@link org.golive.platform.consumer.AppliedEvents}), an insert has an id
 * derived from the event, a delete removes only what the event's guard says is older. A batch cut short re-runs whole
 * after the crash (the offsets were not committed, or the rebuild starts over in a fresh generation): what it wrote
 * before the crash is refused by the marks, the rest applies. Each collection's writes stay in their order
 * (an ordered bulk write), so a document sees its events in sequence; a refused guard (a duplicate key on an upsert
 * whose document is already past the event) does not stop the writes after it. {@code ReadModelWritesIT} cuts a
 * batch in the middle and runs it again.
 *
 * <p>Nothing may read a read model inside a batch expecting the batch's own writes: the rebuild's projections write
 * only; health is judged after the replay.
 */
@Component
public class ReadModelWrites {

    /** The duplicate-key error: an upsert whose guard refused the event tried to insert a twin of the document. */
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final UpdateOperators operators;
    private final ThreadLocal<Map<String, List<Write>>> batch = new ThreadLocal<>();
    private final ThreadLocal<ReadModelFold> folding = new ThreadLocal<>();
    private final Set<String> indexedCollections = ConcurrentHashMap.newKeySet();

    ReadModelWrites(MongoTemplate mongo, UpdateOperators operators) {
        this.mongo = mongo;
        this.operators = operators;
    }

    /** One write of a bulk: a guarded upsert, a sequenced upsert, or an insert refused when its id exists. */
    public sealed interface Write {

        /**
         * An upsert of {@code effect} into the document {@code id}, refused if the document's mark for the event's
         * source ({@code appliedEvents.<sourceKey>}, which the effect sets) is at or past {@code sequence}: the
         * platform's guard ({@link org.golive.platform.consumer.AppliedEvents}); built by {@link EventGuard#upsert}.
         */
        static Write guarded(Object id, String mark, long sequence, Update effect) {
            return new Guarded(id, mark, sequence, effect);
        }

        static Write insertOnce(Document document) {
            return new InsertOnce(document);
        }

        /**
         * An upsert of a document that one event source alone writes (a rollout's plan): applied only if the
         * document's {@value #SEQUENCE} is below {@code sequence}, which it then becomes. See {@link #write}.
         */
        static Write sequenced(Object id, long sequence, Update update) {
            return new Sequenced(id, sequence, update);
        }

        record Guarded(Object id, String mark, long sequence, Update effect) implements Write {
        }

        record InsertOnce(Document document) implements Write {
        }

        record Sequenced(Object id, long sequence, Update update) implements Write {
        }
    }

    /** The field holding the sequence of the last event applied to a document written by one source. */
    public static final String SEQUENCE = "appliedSequence";

    /** A sequenced write made conditional on the mark just read (see {@link #compareAndSet}). */
    private record Conditional(Query query, Update update) implements Write {
    }

    /** Runs {@code work} gathering its writes on this thread, then writes them: one bulk write per collection. */
    public <T> T batch(Supplier<T> work) {
        if (batch.get() != null) {
            return work.get();
        }
        Map<String, List<Write>> gathered = new LinkedHashMap<>();
        batch.set(gathered);
        T result;
        try {
            result = work.get();
        } finally {
            batch.remove();
        }
        gathered.forEach(this::write);
        return result;
    }

    /**
     * A fold for a rebuild ({@link ReadModelFold}): writes made inside {@link #folding} are applied to documents in
     * memory and written whole when it is flushed.
     *
     * @param bound how many documents it may hold before a flush lets them go
     */
    public ReadModelFold fold(int bound) {
        return new ReadModelFold(mongo, operators, bound);
    }

    /** Runs {@code work} with every write on this thread folded into {@code fold} (written when it is flushed). */
    public void folding(ReadModelFold fold, Runnable work) {
        folding.set(fold);
        try {
            work.run();
        } finally {
            folding.remove();
        }
    }

    /** Whether writes on this thread are folded ({@link #folding}). */
    public boolean folding() {
        return folding.get() != null;
    }

    /** In a fold, applies one write; false if its guard refused it (the event was applied before). */
    boolean fold(String collection, Write write) {
        return folding.get().apply(collection, write);
    }

    /** Whether writes on this thread are gathered for a batch. */
    public boolean batching() {
        return batch.get() != null;
    }

    /** Writes {@code writes} to {@code collection} in order (in one round trip), or queues them in the batch. */
    public void write(String collection, List<Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        ReadModelFold fold = folding.get();
        if (fold != null) {
            writes.forEach(write -> fold.apply(collection, write));
            return;
        }
        Map<String, List<Write>> gathered = batch.get();
        if (gathered != null) {
            gathered.computeIfAbsent(collection, c -> new ArrayList<>()).addAll(writes);
            return;
        }
        boolean sequenced = writes.stream().anyMatch(Write.Sequenced.class::isInstance);
        List<Write> rest = writes;
        while (!rest.isEmpty()) {
            rest = sequenced ? compareAndSet(collection, rest) : attempt(collection, rest);
        }
    }

    /**
     * Why sequenced writes exist: the embedded MongoDB server looks a document up by index only when the query names
     * exactly the index's fields, so the platform's guard ({@code _id} and "mark missing or below") scans the whole
     * collection on every write, which a collection of a document per task cannot afford. A document one source
     * writes keeps that source's last sequence in a field of its own, and the guard becomes a compare-and-set on
     * {@code {_id, appliedSequence}} (a unique index): the marks of the documents a batch touches are read in one
     * query by {@code _id}, events at or below a document's mark are passed over, and each write is conditional on
     * the mark just read. A concurrent writer (a consumer the group has already replaced) makes the condition miss;
     * the upsert's insert then fails on the duplicate {@code _id}, and the rest is judged again from fresh marks.
     */
    private List<Write> compareAndSet(String collection, List<Write> writes) {
        indexed(collection);
        Map<Object, Long> marks = new HashMap<>();
        List<Object> ids = writes.stream().filter(Write.Sequenced.class::isInstance).map(w -> ((Write.Sequenced) w).id())
                .distinct().toList();
        Query read = new Query(where("_id").in(ids));
        read.fields().include(SEQUENCE);
        mongo.find(read, Document.class, collection).forEach(d -> marks.put(d.get("_id"),
                d.get(SEQUENCE, Number.class) == null ? null : d.get(SEQUENCE, Number.class).longValue()));
        List<Write> conditional = new ArrayList<>(writes.size());
        List<Integer> origin = new ArrayList<>(writes.size());
        for (int i = 0; i < writes.size(); i++) {
            if (!(writes.get(i) instanceof Write.Sequenced write)) {
                conditional.add(writes.get(i));
                origin.add(i);
                continue;
            }
            Long mark = marks.get(write.id());
            if (mark != null && mark >= write.sequence()) {
                continue; // applied before
            }
            Query unchanged = new Query(where("_id")
                    .is(write.id()).and(SEQUENCE).is(mark));
            conditional.add(new Conditional(unchanged, write.update().set(SEQUENCE, write.sequence())));
            origin.add(i);
            marks.put(write.id(), write.sequence());
        }
        List<Write> rest = conditional;
        while (!rest.isEmpty()) {
            List<Write> left = attempt(collection, rest);
            if (left.isEmpty()) {
                return List.of();
            }
            int failed = conditional.size() - left.size() - 1;
            if (writes.get(origin.get(failed)) instanceof Write.Sequenced) {
                return writes.subList(origin.get(failed), writes.size()); // lost a race: judge again
            }
            rest = left;
        }
        return List.of();
    }

    private void indexed(String collection) {
        if (indexedCollections.add(collection)) {
            mongo.indexOps(collection).createIndex(new Index()
                    .on("_id", Sort.Direction.ASC)
                    .on(SEQUENCE, Sort.Direction.ASC).unique());
        }
    }

    /** @return the writes after a refused guard, still to be written; empty once all are written */
    private List<Write> attempt(String collection, List<Write> writes) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, collection);
        for (Write write : writes) {
            if (write instanceof Conditional conditional) {
                bulk.upsert(conditional.query(), conditional.update());
            } else if (write instanceof Write.Guarded guarded) {
                bulk.upsert(EventGuard.filter(guarded), guarded.effect());
            } else {
                bulk.insert(((Write.InsertOnce) write).document());
            }
        }
        try {
            bulk.execute();
            return List.of();
        } catch (BulkOperationException e) {
            BulkWriteError first = e.getErrors().get(0);
            if (first.getCode() != DUPLICATE_KEY) {
                throw e;
            }
            // An ordered bulk stops at its first error: the write that failed was refused by its guard (or its
            // event's entry exists), which is its intended outcome; the writes after it still have to be made.
            return writes.subList(first.getIndex() + 1, writes.size());
        }
    }
}
