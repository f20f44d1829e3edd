package org.golive.tracking.intake;

import com.mongodb.bulk.BulkWriteError;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Writes to the read models: one event's writes to a collection in one bulk write (a go-live move's moved
 * tasks, for instance, in one round trip); inside {@link #batching} (a live listener's poll, {@link LiveBatch}) held
 * and written per document, merged, when the poll is applied ({@link #flush}); inside {@link #folding}, applied to
 * documents in memory by a rebuild's {@link ReadModelFold} and written when it flushes.
 *
 * <p><b>Exactly once across a crash in the middle of a bulk: by idempotent effects, not by an atomic bulk.</b> The
 * embedded MongoDB server has no transactions, so a bulk cannot be one atomic unit with the offsets. Instead every
 * write is idempotent by itself: a guarded upsert carries its event's (source, sequence) mark in the same
 * single-document write as its effect ({@link org.golive.platform.consumer.AppliedEvents}), a sequenced upsert the
 * same with one mark for the document's one source, an insert has an id derived from the event. A bulk cut short is
 * written again after the crash (the offsets were not committed): what it wrote before the crash is refused by the
 * marks, the rest applies. Writes to one document stay in their order (runs of writes to distinct documents, each run
 * one unordered bulk write), so a document sees its events in sequence; a refused guard (a duplicate key on an upsert
 * whose document is already past the event) does not stop the writes after it. {@code ReadModelWritesIT} cuts a bulk
 * in the middle and writes it again, and writes an applied bulk again in one round trip.
 */
@Component
public class ReadModelWrites {

    /** The duplicate-key error: an upsert whose guard refused the event tried to insert a twin of the document. */
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final UpdateOperators operators;
    private final ThreadLocal<ReadModelFold> folding = new ThreadLocal<>();
    private final ThreadLocal<WriteBatch> batching = new ThreadLocal<>();

    private final ObjectProvider<BatchWritten> written;
    private final FoldWriter foldWriter;

    ReadModelWrites(MongoTemplate mongo, UpdateOperators operators, ObjectProvider<BatchWritten> written) {
        this.mongo = mongo;
        this.foldWriter = new FoldWriter(mongo);
        this.operators = operators;
        this.written = written;
    }

    /** The field holding the sequence of the last event applied to a document written by one source. */
    public static final String SEQUENCE = "appliedSequence";


    /**
     * A fold for a rebuild ({@link ReadModelFold}): writes made inside {@link #folding} are applied to documents in
     * memory and written whole when it is flushed.
     *
     * @param bound how many documents it may hold before a flush lets them go
     */
    public ReadModelFold fold(int bound) {
        return new ReadModelFold(mongo, operators, foldWriter, bound);
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

    /**
     * In a fold (a rebuild judging its generation before the switch), sets {@code update}'s fields on the folded
     * document ({@link ReadModelFold#set}), written with the fold's documents.
     *
     * @return false outside a fold: nothing was done, the caller writes the figures itself
     */
    public boolean foldFigures(String collection, Object id, Update update) {
        ReadModelFold fold = folding.get();
        if (fold == null) {
            return false;
        }
        fold.set(collection, id, update);
        return true;
    }

    /** In a fold, applies one write; false if its guard refused it (the event was applied before). */
    boolean fold(String collection, ReadModelWrite write) {
        return folding.get().apply(collection, write);
    }

    /** Runs {@code work} with every write on this thread held in {@code batch} (written by {@link #flush}). */
    void batching(WriteBatch batch, Runnable work) {
        batching.set(batch);
        try {
            work.run();
        } finally {
            batching.remove();
        }
    }

    /** Whether writes on this thread are held in a batch ({@link #batching}). */
    boolean batching() {
        return batching.get() != null;
    }

    /** In a batch ({@link #batching}), holds one write until the batch is flushed. */
    void hold(String collection, ReadModelWrite write) {
        batching.get().add(collection, write);
    }

    /**
     * In a live poll ({@link #batching}), holds {@code change} to the document {@code documentId} for {@code writer},
     * which gets the document's changes once, when the poll is written ({@link #flush}).
     *
     * @return false outside a poll: nothing was held, the caller writes the change itself
     */
    public <C> boolean hold(HeldChanges<C> writer, Object documentId, C change) {
        WriteBatch batch = batching.get();
        if (batch == null) {
            return false;
        }
        batch.hold(writer, documentId, change);
        return true;
    }

    /**
     * Writes a batch: per collection, each document's writes merged ({@link DocumentWrites}), one unordered bulk write
     * per round of documents (the first merged write of every document, then the second of those that have one...),
     * so a poll costs a round trip per collection, not per event. A merged write the server refuses (the document is
     * past one of its parts: a redelivery) comes back as its parts, each under its own guard, in the next rounds.
     * Then the changes held for other writers ({@link #hold(HeldChanges, Object, Object)}), once per document.
     */
    void flush(WriteBatch batch) {
        Map<String, Map<Object, List<ReadModelWrite>>> byCollection = batch.byCollection();
        byCollection.forEach((collection, documents) -> {
            Map<Object, Deque<DocumentWrites>> pending = new LinkedHashMap<>();
            documents.forEach((id, writes) -> pending.put(id, new ArrayDeque<>(DocumentWrites.merge(writes))));
            while (!pending.isEmpty()) {
                List<DocumentWrites> round = pending.values().stream().map(Deque::peekFirst).toList();
                Set<Integer> refused = writeRound(collection, round);
                for (int i = 0; i < round.size(); i++) {
                    DocumentWrites written = round.get(i);
                    Deque<DocumentWrites> queue = pending.get(written.parts().get(0).documentId());
                    queue.pollFirst();
                    if (refused.contains(i) && written.merged()) {
                        List<ReadModelWrite> parts = written.parts();
                        for (int part = parts.size() - 1; part >= 0; part--) {
                            queue.addFirst(DocumentWrites.merge(List.of(parts.get(part))).get(0));
                        }
                    }
                }
                pending.values().removeIf(Deque::isEmpty);
            }
        });
        written.orderedStream().forEach(listener -> listener.written(byCollection));
        batch.writeHeld();
    }

    /** One unordered bulk write of a round; the indexes of the writes whose guards refused them. */
    private Set<Integer> writeRound(String collection, List<DocumentWrites> round) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        for (DocumentWrites writes : round) {
            ReadModelWrite single = writes.single();
            if (single == null) {
                bulk.upsert(writes.filter(), writes.update());
            } else {
                add(bulk, single);
            }
        }
        return execute(bulk);
    }

    /** Writes {@code writes} to {@code collection} in order (in one round trip), or folds them in a fold. */
    public void write(String collection, List<ReadModelWrite> writes) {
        if (writes.isEmpty()) {
            return;
        }
        ReadModelFold fold = folding.get();
        if (fold != null) {
            writes.forEach(write -> fold.apply(collection, write));
            return;
        }
        if (batching.get() != null) {
            writes.forEach(write -> hold(collection, write));
            return;
        }
        for (List<ReadModelWrite> run : runsOfDistinctDocuments(writes)) {
            writeRun(collection, run);
        }
    }

    /**
     * The writes cut where a document comes back, so that no run writes a document twice: a run can then go in one
     * unordered bulk (order only matters between writes to the same document) and the runs in their order.
     */
    static List<List<ReadModelWrite>> runsOfDistinctDocuments(List<ReadModelWrite> writes) {
        List<List<ReadModelWrite>> runs = new ArrayList<>();
        Set<Object> documents = new HashSet<>();
        int start = 0;
        for (int i = 0; i < writes.size(); i++) {
            if (!documents.add(writes.get(i).documentId())) {
                runs.add(writes.subList(start, i));
                documents.clear();
                documents.add(writes.get(i).documentId());
                start = i;
            }
        }
        runs.add(writes.subList(start, writes.size()));
        return runs;
    }

    /**
     * A sequenced write's filter: the document, if its {@value #SEQUENCE} is missing or below the write's. Queries
     * with {@code _id} at the top are looked up by the {@code _id} index on the embedded server too ({@code IdLookup}
     * in embedded-infra), so this guard costs what the platform's does: no read before the write, no index of its
     * own. (Session 6 guarded these documents by a compare-and-set on a unique {@code {_id, appliedSequence}} index,
     * read first, because the embedded server then scanned the collection for such a query; that index may remain in
     * older databases and is harmless.)
     */
    private static Query sequenced(ReadModelWrite.Sequenced write) {
        return new Query(where("_id").is(write.id()).orOperator(where(SEQUENCE).exists(false),
                where(SEQUENCE).lt(write.sequence())));
    }

    /**
     * One unordered bulk write, one round trip, refused guards included. (An ordered bulk stops at its first error,
     * so a redelivered go-live move whose 2,000 task writes were all applied before took 2,000 round trips, each
     * sending the rest of the list again: minutes of catch-up after a crash.)
     */
    private void writeRun(String collection, List<ReadModelWrite> run) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        run.forEach(write -> add(bulk, write));
        execute(bulk);
    }

    private static void add(BulkOperations bulk, ReadModelWrite write) {
        if (write instanceof ReadModelWrite.Sequenced sequenced) {
            bulk.upsert(sequenced(sequenced), sequenced.update().set(SEQUENCE, sequenced.sequence()));
        } else if (write instanceof ReadModelWrite.Guarded guarded) {
            bulk.upsert(EventGuard.filter(guarded), guarded.effect());
        } else {
            bulk.insert(((ReadModelWrite.InsertOnce) write).document());
        }
    }

    /** Executes a bulk write; the indexes of the writes refused by their guards. */
    static Set<Integer> execute(BulkOperations bulk) {
        try {
            bulk.execute();
            return Set.of();
        } catch (BulkOperationException e) {
            // A duplicate key is a guard's refusal (the document is past the event, or the event's entry exists):
            // the write's intended outcome. Anything else is a failure, and the offsets stay where they are.
            Set<Integer> refused = new HashSet<>();
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                refused.add(error.getIndex());
            }
            return refused;
        }
    }
}
