package org.golive.planning.rollout;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.SitePlan;
import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.security.RolloutManagerLookup;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

@Repository
public class Rollouts implements RolloutManagerLookup {

    private static final String VERSION = "version";
    /** The ids of the plan's chunk documents, in order ({@link PlanChunks}). */
    static final String CHUNK_IDS = "chunkIds";
    /** A rollout without its plan's tasks and its waiting events: what every read starts with. */
    private static final Document WITHOUT_TASKS = new Document("plan." + TaskChunks.FIELD, 0)
            .append("plan.tasks", 0).append("outbox", 0).append(FileStaffingSteps.FIELD, 0);

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final DecodedPlans decoded;
    private final PlanChunks chunks;

    Rollouts(AggregateStore store, MongoTemplate mongo, DecodedPlans decoded, PlanChunks chunks) {
        this.store = store;
        this.mongo = mongo;
        this.decoded = decoded;
        this.chunks = chunks;
    }

    /** One task of a plan, with the go-live date its offsets are read against. */
    record TaskAt(PlanTask task, LocalDate goLiveDate) {
    }

    /**
     * A rollout read for a change, with its tasks as stored and the ids of their chunks: what the change's write is
     * compared against. Null ids: the plan is stored in an older shape.
     */
    record Loaded(Rollout rollout, List<PlanTask> storedTasks, List<String> chunkIds, EncodedTasks encoded) {
    }

    public Rollout get(String id) {
        return load(id).rollout();
    }

    /**
     * Reads a rollout: its document without the tasks, then the tasks from {@link DecodedPlans} when this instance
     * knows the plan at the stored version, else the chunks the document references, in one query (chunks never
     * change, so they are the tasks of that version), else, for a plan stored in an older shape, the tasks in the
     * document (read by {@code _id} and that version).
     */
    Loaded load(String id) {
        while (true) {
            Document header = rollouts().find(new Document("_id", id)).projection(WITHOUT_TASKS).first();
            if (header == null) {
                throw new NotFoundException("Rollout", id);
            }
            Rollout rollout = mongo.getConverter().read(Rollout.class, header);
            if (rollout.sitePlan().isEmpty()) {
                return new Loaded(rollout, List.of(), List.of(), EncodedTasks.NONE);
            }
            DecodedPlans.Decoded tasks = decoded.at(id, rollout.version());
            if (tasks == null) {
                List<String> chunkIds = header.get("plan", Document.class).getList(CHUNK_IDS, String.class);
                tasks = chunkIds != null ? readChunks(id, rollout.version(), chunkIds)
                        : readTasks(id, rollout.version());
            }
            if (tasks != null) {
                rollout.plan().restoreTasks(tasks.tasks());
                return new Loaded(rollout, tasks.tasks(), tasks.chunkIds(), tasks.encoded());
            }
            // Changed between the two reads: read it again.
        }
    }

    /** The tasks of chunks {@code chunkIds}; null when one is gone (swept long after a later change replaced it). */
    private DecodedPlans.Decoded readChunks(String id, long version, List<String> chunkIds) {
        List<PlanTask> tasks = chunks.read(chunkIds);
        if (tasks == null) {
            return null;
        }
        DecodedPlans.Decoded read = new DecodedPlans.Decoded(version, List.copyOf(tasks), List.copyOf(chunkIds));
        decoded.remember(id, read);
        return read;
    }

    /** The tasks of a plan stored in an older shape at {@code version}; null when the rollout has moved past it. */
    private DecodedPlans.Decoded readTasks(String id, long version) {
        Document stored = rollouts().find(new Document("_id", id).append(VERSION, version))
                .projection(new Document("plan." + TaskChunks.FIELD, 1).append("plan.tasks", 1)).first();
        if (stored == null) {
            return null;
        }
        Document plan = stored.get("plan", Document.class);
        Document chunks = plan.get(TaskChunks.FIELD, Document.class);
        DecodedPlans.Decoded tasks;
        if (chunks != null) {
            // Chunks inside the rollout's document: the next change stores them as chunk documents.
            tasks = new DecodedPlans.Decoded(version, List.copyOf(TaskChunks.decode(chunks)), null);
        } else {
            // The shape before chunks: one document per task. The next change stores the plan in chunks.
            MongoConverter converter = mongo.getConverter();
            tasks = new DecodedPlans.Decoded(version, plan.getList("tasks", Document.class, List.of()).stream()
                    .map(task -> converter.read(PlanTask.class, task)).toList(), null);
        }
        decoded.remember(id, tasks);
        return tasks;
    }

    /**
     * Reads one task: the rollout's go-live date and version (a projection by {@code _id}), and the task from the
     * decoded plan at that version, decoding the plan first if this instance does not know that version.
     */
    TaskAt task(String rolloutId, String taskId) {
        Document header = rollouts().find(new Document("_id", rolloutId))
                .projection(new Document("goLiveDate", 1).append(VERSION, 1)).first();
        if (header == null) {
            throw new NotFoundException("Rollout", rolloutId);
        }
        Rollout rollout = mongo.getConverter().read(Rollout.class, header);
        DecodedPlans.Decoded known = decoded.at(rolloutId, rollout.version());
        if (known == null) {
            Rollout loaded = get(rolloutId);
            return new TaskAt(loaded.plan().task(taskId), loaded.goLiveDate());
        }
        PlanTask task = known.tasks().stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Task", taskId));
        return new TaskAt(task, rollout.goLiveDate());
    }

    public List<Rollout> ofProgram(String programId) {
        Query query = query(where("programId").is(programId)).with(Sort.by("goLiveDate", "siteName"));
        query.fields().exclude("plan", "outbox");
        return mongo.find(query, Rollout.class);
    }

    @Override
    public Optional<String> managerOf(String rolloutId) {
        Query query = query(where("_id").is(rolloutId));
        query.fields().include("projectManager");
        return Optional.ofNullable(mongo.findOne(query, Rollout.class)).map(Rollout::projectManager);
    }

    @Override
    public Set<String> rolloutsManagedBy(String username) {
        Query query = query(where("projectManager").is(username));
        query.fields().include("_id");
        return mongo.find(query, Rollout.class).stream()
                .map(Rollout::id).collect(Collectors.toSet());
    }

    Rollout add(Changed<Rollout> created) {
        return store.insert(created.result(), created.events());
    }

    /**
     * Stores a change with its events; nothing at all when the change raised none (an idempotent repeat). Writes the
     * rollout's fields and the plan's, and of its tasks only the chunks that changed, then commits all in one
     * version-checked write: a go-live move, which moves every task, is still one atomic outcome.
     */
    <T> T save(Loaded loaded, Changed<T> changed) {
        return save(loaded, changed, update -> {
        });
    }

    /**
     * The same, with fields outside the rollout's own that {@code also} sets in the same write (a step still to take
     * after it, {@link FileStaffingSteps}): stored with the change or not at all.
     */
    <T> T save(Loaded loaded, Changed<T> changed, java.util.function.Consumer<Update> also) {
        if (!changed.raisedEvents()) {
            return changed.result();
        }
        Rollout rollout = loaded.rollout();
        Document state = new Document();
        mongo.getConverter().write(rollout, state);
        Update update = new Update();
        for (String field : RolloutFields.ROLLOUT.of(mongo)) {
            if (!field.equals("plan")) {
                setOrUnset(update, field, state.get(field));
            } else if (state.get("plan") instanceof Document plan) {
                RolloutFields.PLAN.of(mongo).forEach(planField -> setOrUnset(update, "plan." + planField,
                        plan.get(planField)));
            }
        }
        also.accept(update);
        return write(loaded, update, changed);
    }

    /**
     * Stores a change to some tasks of the plan: the chunks of tasks that differ from those read, and the plan's
     * dates. A progress update on a 2,000-task plan so writes one or two chunks, not the whole plan.
     */
    <T> T saveTasks(Loaded loaded, Changed<T> changed) {
        if (!changed.raisedEvents()) {
            return changed.result();
        }
        SitePlan plan = loaded.rollout().plan();
        Update update = new Update().set("plan.criticalPath", plan.criticalPath())
                .set("plan.start", plan.start())
                .set("plan.finish", plan.finish())
                .set("plan.nextTaskNumber", plan.nextTaskNumber());
        return write(loaded, update, changed);
    }

    /**
     * Inserts the chunks that changed, then writes the rollout's document with the ids of all its chunks: the one
     * version-checked write that makes the change visible. Until it succeeds the new chunks are referenced by
     * nothing; if it never does (a stale version, a crash), they are swept ({@link PlanChunkSweep}).
     */
    private <T> T write(Loaded loaded, Update update, Changed<T> changed) {
        Rollout rollout = loaded.rollout();
        Optional<SitePlan> plan = rollout.sitePlan();
        List<PlanTask> after = plan.map(SitePlan::tasks).orElse(List.of());
        List<String> chunkIds = null;
        EncodedTasks.Builder written = new EncodedTasks.Builder();
        if (plan.isPresent()) {
            if (loaded.chunkIds() == null) {
                chunkIds = chunks.write(rollout.id(), after, List.of(), TaskChunks.all(after), loaded.encoded(),
                        written);
                update.unset("plan." + TaskChunks.FIELD).unset("plan.tasks");
            } else if (!TaskChunks.chunkedAsNow(loaded.chunkIds(), loaded.storedTasks().size())) {
                // Chunks of an earlier size: every chunk anew (the old ones are swept).
                chunkIds = chunks.write(rollout.id(), after, List.of(), TaskChunks.all(after), loaded.encoded(),
                        written);
            } else {
                chunkIds = chunks.write(rollout.id(), after, loaded.chunkIds(),
                        TaskChunks.changed(loaded.storedTasks(), after), loaded.encoded(), written);
            }
            if (!chunkIds.equals(loaded.chunkIds())) {
                update.set("plan." + CHUNK_IDS, chunkIds);
            }
        }
        store.update(rollout, update, changed.events());
        if (plan.isPresent()) {
            decoded.remember(rollout.id(), new DecodedPlans.Decoded(rollout.version(), after, chunkIds,
                    written.build()));
        }
        return changed.result();
    }

    private static void setOrUnset(Update update, String field, Object value) {
        if (value == null) {
            update.unset(field);
        } else {
            update.set(field, value);
        }
    }

    private MongoCollection<Document> rollouts() {
        return mongo.getCollection(mongo.getCollectionName(Rollout.class));
    }
}
