package org.golive.tracking.intake;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The rebuild's writes folded in memory: each write ({@link ReadModelWrite}) is applied to the document it
 * names, held here, by the same rules the database would apply it (guards, then the update's operators:
 * {@link UpdateOperators}), and every document a window changed is written once, whole, in unordered inserts (or
 * replaces) on a few threads when the window is {@link #flush flushed} ({@link FoldWriter}). A record costs what its
 * decoding and a few map operations cost, not a round trip per read model. Health's judgement of the generation sets
 * its figures into the same documents ({@link #set}), so they too are written once.
 *
 * <p>Why whole documents may be written: a generation being rebuilt has one writer, the rebuild's thread, until it is
 * switched to. Until it lets documents go, the fold knows every document it has written ({@link #written}); any other
 * is absent, so it is inserted. Once it has let documents go (the bound), or something else has written the generation
 * ({@link #othersWrite}), it reads each document it touches and does not hold
 * from the database first ({@link #readFirst}), and replaces it, never losing a field it did not set.
 *
 * <p><b>Bounded memory:</b> documents stay held after a flush (a rollout's next events find them without a read) until
 * more than {@code bound} are held; a flush then lets them all go, with the ids of those written, and later touches
 * read them back (one read by {@code _id} per document per window from then on). The bound is
 * checked after each poll of records, so it can be passed by one poll's documents (a poll of 2,000 records, or one
 * plan of up to 10,000 tasks): a task's document is about half a kilobyte, so 50,000 documents are tens of megabytes.
 *
 * <p>Not thread-safe: one rebuild thread owns it. A crash mid-fold loses only the generation being built, which the
 * next start abandons (the active one was never touched).
 */
public final class ReadModelFold implements DocumentSource {

    private final MongoTemplate mongo;
    private final UpdateOperators operators;
    private final FoldWriter writer;
    private final int bound;
    /** Per collection, the documents held, by id; those changed since the last flush are in {@link #dirty}. */
    private final Map<String, Map<Object, Document>> held = new LinkedHashMap<>();
    private final Map<String, Set<Object>> dirty = new LinkedHashMap<>();
    /** Per collection, the ids of held documents already in the database (written by a flush, or read from it). */
    private final Map<String, Set<Object>> written = new HashMap<>();
    /** Whether a document not held may be in the database: after a release, or once others write. */
    private boolean readFirst;
    private int holding;
    private long documentsWritten;
    private long flushNanos;

    ReadModelFold(MongoTemplate mongo, UpdateOperators operators, FoldWriter writer, int bound) {
        this.mongo = mongo;
        this.writer = writer;
        this.operators = operators;
        this.bound = bound;
    }

    /** Applies one write to the documents held; false if its guard refused it (applied before). */
    boolean apply(String collection, ReadModelWrite write) {
        if (write instanceof ReadModelWrite.Guarded guarded) {
            Document document = document(collection, guarded.id());
            Number last = document == null ? null : UpdateOperators.number(document, guarded.mark());
            if (last != null && last.longValue() >= guarded.sequence()) {
                return false; // applied before
            }
            boolean inserting = document == null;
            Document target = inserting ? create(collection, guarded.id()) : document;
            operators.apply(target, guarded.effect(), inserting); // the effect sets the mark
            changed(collection, guarded.id());
            return true;
        } else if (write instanceof ReadModelWrite.Sequenced sequenced) {
            Document document = document(collection, sequenced.id());
            Number last = document == null ? null : document.get(ReadModelWrites.SEQUENCE, Number.class);
            if (last != null && last.longValue() >= sequenced.sequence()) {
                return false; // applied before
            }
            boolean inserting = document == null;
            Document target = inserting ? create(collection, sequenced.id()) : document;
            operators.apply(target, sequenced.update().set(ReadModelWrites.SEQUENCE, sequenced.sequence()),
                    inserting);
            changed(collection, sequenced.id());
            return true;
        } else if (write instanceof ReadModelWrite.InsertOnce insert) {
            Object id = insert.document().get("_id");
            if (document(collection, id) == null) {
                held(collection).put(id, operators.copy(insert.document()));
                holding++;
                changed(collection, id);
                return true;
            }
            return false;
        } else {
            throw new Unfoldable("A write the fold does not know: " + write);
        }
    }

    /**
     * Sets {@code update}'s fields on a document, whatever it holds: the figures a judgement keeps (the portfolio's,
     * a rollout's status) when the rebuild judges every rollout in its generation before the switch. They go into the
     * documents the fold writes anyway, so each is written once, whole, instead of inserted by the fold and then
     * updated by the judgement; and the fold stays the generation's one writer.
     */
    public void set(String collection, Object id, Update update) {
        Document document = document(collection, id);
        boolean inserting = document == null;
        operators.apply(inserting ? create(collection, id) : document, update, inserting);
        changed(collection, id);
    }

    /**
     * The ids of the documents of {@code collection} that have {@code field}, as the database would have them now:
     * from memory while the fold holds every document of the generation (it never let any go, and nothing else wrote
     * it); otherwise it writes what it changed and asks the database.
     */
    public List<Object> idsWith(String collection, String field) {
        if (!readFirst) {
            List<Object> ids = new ArrayList<>();
            held(collection).forEach((id, document) -> {
                if (document != null && document.containsKey(field)) {
                    ids.add(id);
                }
            });
            return ids;
        }
        flush();
        Query known = query(where(field).exists(true));
        known.fields().include("_id");
        return mongo.find(known, Document.class, collection).stream().map(document -> document.get("_id")).toList();
    }

    /**
     * From now on something else writes the generation too (health's judgement): documents are read from the
     * database before they are changed, and replaced whole. Call after a {@link #flush}.
     */
    public void othersWrite() {
        release();
    }

    /** Writes what the window changed; lets go of the documents held if there are more than the bound. */
    public void flushIfFull() {
        if (holding > bound) {
            flush();
            release();
        }
    }

    /**
     * Writes every document changed since the last flush, each once, whole: those new to the database inserted, those
     * it holds already replaced ({@link FoldWriter}: unordered, on a few threads at once).
     */
    public void flush() {
        long began = System.nanoTime();
        Map<String, List<Document>> inserts = new LinkedHashMap<>();
        Map<String, List<Document>> replaces = new LinkedHashMap<>();
        dirty.forEach((collection, ids) -> {
            Set<Object> stored = written.computeIfAbsent(collection, c -> new HashSet<>());
            Map<Object, Document> documents = held(collection);
            for (Object id : ids) {
                (stored.add(id) ? inserts : replaces).computeIfAbsent(collection, c -> new ArrayList<>())
                        .add(documents.get(id));
            }
            documentsWritten += ids.size();
        });
        writer.write(inserts, replaces);
        dirty.clear();
        flushNanos += System.nanoTime() - began;
    }

    /** Time spent writing the folded documents so far, in milliseconds. */
    public long writeMillis() {
        return flushNanos / 1_000_000;
    }

    /**
     * A write the fold cannot apply as the database would (an operator or a shape it does not know): a defect, which
     * fails the rebuild rather than passing the record over as a malformed one.
     */
    public static final class Unfoldable extends RuntimeException {

        Unfoldable(String message) {
            super(message);
        }
    }

    /** Documents written to the database so far (a document written in two windows counts twice). */
    public long documentsWritten() {
        return documentsWritten;
    }

    private void release() {
        if (!dirty.values().stream().allMatch(Set::isEmpty)) {
            throw new IllegalStateException("Flush the fold before letting go of its documents");
        }
        held.clear();
        written.clear();
        holding = 0;
        readFirst = true;
    }

    /**
     * The documents as the database would have them now: those held, the rest (once the fold may have let them go)
     * read in one query, not held (a read changes nothing the fold must write). For health's judgement in the new generation (the plan, costs and
     * engagement of every rollout, from memory at the end of a pass); read them, never change them.
     */
    @Override
    public Map<Object, Document> find(String collection, Collection<?> ids) {
        Map<Object, Document> documents = held(collection);
        Map<Object, Document> found = new HashMap<>();
        List<Object> missing = new ArrayList<>();
        for (Object id : ids) {
            Document document = documents.get(id);
            if (document != null) {
                found.put(id, document);
            } else if (readFirst && !documents.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            found.putAll(DocumentSource.byId(mongo, collection, missing));
        }
        return found;
    }

    /** The document as the database would have it now, or null if absent. */
    private Document document(String collection, Object id) {
        Map<Object, Document> documents = held(collection);
        Document document = documents.get(id);
        if (document != null || documents.containsKey(id)) {
            return document;
        }
        if (readFirst) {
            document = mongo.findById(id, Document.class, collection);
            if (document != null) {
                written.computeIfAbsent(collection, c -> new HashSet<>()).add(id);
                documents.put(id, document);
                holding++;
            }
        }
        return document;
    }

    private Document create(String collection, Object id) {
        Document document = new Document("_id", id);
        held(collection).put(id, document);
        holding++;
        return document;
    }

    private void changed(String collection, Object id) {
        dirty.computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(id);
    }

    private Map<Object, Document> held(String collection) {
        return held.computeIfAbsent(collection, c -> new HashMap<>());
    }
}
