package org.golive.planning.rollout;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.bson.types.Binary;
import org.golive.planning.plan.PlanTask;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plan's tasks as immutable documents of {@value #COLLECTION}, one per chunk ({@link TaskChunks}), which the
 * rollout's document references in order ({@code plan.chunkIds}). A change inserts the chunks it changed before the
 * rollout's version-checked update, which stays the single commit point: a crash in between leaves chunks nobody
 * references (swept by {@link PlanChunkSweep}), never a half-changed plan. The store so copies, encodes and compares a
 * chunk and a small rollout document per change, not the whole plan.
 *
 * <p>A chunk's id is its rollout, number and a random part: every write of a changed chunk is a new document, never
 * one changed in place. (It was a SHA-256 of the content, so that writing the same tasks again met the same document;
 * hashing a 200-task chunk cost 7.7 % of the stack's CPU per progress update in a profile, and nothing needs the
 * content's address: an unchanged chunk keeps its id, and a retry's spare chunk is swept like a crashed one's.)
 */
@Component
class PlanChunks {

    static final String COLLECTION = "plan_chunks";
    static final String ROLLOUT = "rolloutId";
    static final String WRITTEN = "written";
    private static final String TASKS = "tasks";

    /** Wall time, not the service's clock: the sweep's grace period is about how long a write really takes. */
    private final Clock wall = Clock.systemUTC();
    private final MongoTemplate mongo;

    PlanChunks(MongoTemplate mongo) {
        this.mongo = mongo;
        chunks().createIndex(Indexes.ascending(ROLLOUT));
        chunks().createIndex(Indexes.ascending(WRITTEN), new IndexOptions().name("written"));
    }

    /**
     * Stores the chunks of {@code tasks} whose numbers are in {@code changed} and gives the ids of all its chunks, in
     * order: those of {@code before} (the stored ids) where unchanged, new ones where changed.
     */
    List<String> write(String rolloutId, List<PlanTask> tasks, List<String> before, List<Integer> changed) {
        return write(rolloutId, tasks, before, changed, EncodedTasks.NONE, new EncodedTasks.Builder());
    }

    /**
     * The same, encoding only the tasks whose JSON {@code known} does not hold, and collecting in {@code written} the
     * JSON of every task of {@code tasks} it knows: the next change's {@code known}.
     */
    List<String> write(String rolloutId, List<PlanTask> tasks, List<String> before, List<Integer> changed,
                       EncodedTasks known, EncodedTasks.Builder written) {
        int count = TaskChunks.count(tasks.size());
        for (int chunk = 0; chunk < count; chunk++) {
            if (!changed.contains(chunk)) {
                TaskChunks.keep(tasks, chunk, known, written);
            }
        }
        List<String> ids = new ArrayList<>(before.subList(0, Math.min(count, before.size())));
        List<Document> inserted = new ArrayList<>();
        Date now = Date.from(wall.instant());
        for (int chunk : changed) {
            if (chunk >= count) {
                continue;
            }
            Binary json = TaskChunks.encode(tasks, chunk, known, written);
            String id = rolloutId + "/" + chunk + "/" + UUID.randomUUID();
            while (ids.size() <= chunk) {
                ids.add(null);
            }
            ids.set(chunk, id);
            inserted.add(new Document("_id", id).append(ROLLOUT, rolloutId).append(TASKS, json)
                    .append(WRITTEN, now));
        }
        insert(inserted);
        return List.copyOf(ids);
    }

    private void insert(List<Document> inserted) {
        if (!inserted.isEmpty()) {
            chunks().insertMany(inserted, new InsertManyOptions().ordered(false));
        }
    }

    /** The tasks of the chunks {@code ids}, in order; null when one is missing (a reference read before a change). */
    List<PlanTask> read(List<String> ids) {
        Map<Object, Object> found = new HashMap<>();
        for (Document chunk : chunks().find(Filters.in("_id", ids))
                .projection(new Document(TASKS, 1))) {
            found.put(chunk.get("_id"), chunk.get(TASKS));
        }
        List<Object> ordered = new ArrayList<>(ids.size());
        for (String id : ids) {
            Object json = found.get(id);
            if (json == null) {
                return null;
            }
            ordered.add(json);
        }
        return TaskChunks.decode(ordered);
    }

    MongoCollection<Document> chunks() {
        return mongo.getCollection(COLLECTION);
    }
}
