package org.golive.tracking.intake;

import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Writes a rebuild's folded documents ({@link ReadModelFold#flush}) on a few threads at once: the documents new to
 * the database in unordered inserts, those it holds already replaced whole in unordered bulks, a large collection's
 * share cut into one part per thread. Each document appears once in a flush, so no order is needed between the parts;
 * the calling thread waits for all of them. The driver's encoding and the server's work (the embedded server runs a
 * command per connection, concurrently; so does a real MongoDB) then use both cores instead of one. The documents are
 * already in their stored form ({@link UpdateOperators}), so they go to the driver as they are, not through Spring's
 * mapping again; nothing changes them while the caller waits.
 */
final class FoldWriter {

    /** Threads writing at once; the machine the targets are set on has 2 cores. */
    static final int THREADS = 2;
    /** Below this a collection's documents go in one call: a call is a command, and each command a commit. */
    private static final int SMALLEST_PART = 500;

    private final MongoTemplate mongo;
    private final ExecutorService threads;

    FoldWriter(MongoTemplate mongo) {
        this.mongo = mongo;
        this.threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "read-model-fold-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Writes, by collection, the documents to insert and those to replace; returns once all are written.
     *
     * @throws RuntimeException the first write that failed (the others were waited for)
     */
    void write(Map<String, List<Document>> inserts, Map<String, List<Document>> replaces) {
        List<Runnable> parts = new ArrayList<>();
        inserts.forEach((collection, documents) -> parts(documents).forEach(part -> parts.add(() ->
                mongo.getCollection(collection).insertMany(part, new InsertManyOptions().ordered(false)))));
        replaces.forEach((collection, documents) -> parts(documents).forEach(part -> parts.add(() -> {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            part.forEach(document -> bulk.replaceOne(query(where("_id").is(document.get("_id"))), document,
                    FindAndReplaceOptions.options().upsert()));
            bulk.execute();
        })));
        if (parts.size() == 1) {
            parts.get(0).run();
            return;
        }
        List<Future<?>> running = parts.stream().<Future<?>>map(threads::submit).toList();
        RuntimeException failed = null;
        for (Future<?> part : running) {
            try {
                part.get();
            } catch (ExecutionException e) {
                if (failed == null) {
                    failed = e.getCause() instanceof RuntimeException cause ? cause
                            : new IllegalStateException("Writing the fold failed", e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while writing the fold", e);
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private static List<List<Document>> parts(List<Document> documents) {
        int count = Math.max(1, Math.min(THREADS, documents.size() / SMALLEST_PART));
        int size = (documents.size() + count - 1) / count;
        List<List<Document>> parts = new ArrayList<>(count);
        for (int from = 0; from < documents.size(); from += size) {
            parts.add(documents.subList(from, Math.min(documents.size(), from + size)));
        }
        return parts;
    }
}
