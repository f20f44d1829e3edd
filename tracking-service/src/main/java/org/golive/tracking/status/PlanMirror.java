package org.golive.tracking.status;

import org.golive.tracking.intake.ReadModelWrite;
import org.bson.Document;
import org.golive.tracking.intake.BatchWritten;
import org.golive.tracking.intake.DocumentSource;
import org.golive.tracking.intake.ReadModelWrites;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.intake.UpdateOperators;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The plans the live listeners judge, kept in memory between polls so that a judgement reads what changed and not
 * the whole plan (its roster and every task document) back: each poll's plan writes are applied to the copy as the
 * database applied them ({@link #written}, under the same sequence guards), and before each use the copy is checked
 * against the rollout's document, read fresh (one small read for all the rollouts judged): its
 * {@value ReadModelWrites#SEQUENCE} and {@value PlanProjection#PLAN_EVENTS} (every plan event writes that document
 * once) must be the copy's. Anything else that wrote the plan (another instance after a rebalance, a write outside a
 * batch, a batch that failed part-way, a rebuild's new generation) makes them differ, and the plan is read whole
 * again: a judgement never runs on a stale copy. A write to a task document the copy does not hold (a new task) drops
 * the copy too. Bounded: at most {@code golive.tracking.health.plan-mirror-tasks} task documents, the least recently
 * used plans let go first.
 */
@Component
public class PlanMirror implements BatchWritten {

    private final MongoTemplate mongo;
    private final ReadModels readModels;
    private final RolloutPlans plans;
    private final UpdateOperators operators;
    private final int bound;
    /** By rollout, least recently used first; every entry immutable (replaced, never changed). */
    private final LinkedHashMap<String, Mirrored> mirrored = new LinkedHashMap<>(16, 0.75f, true);
    private int holding;

    PlanMirror(MongoTemplate mongo, ReadModels readModels, RolloutPlans plans, UpdateOperators operators,
               @Value("${golive.tracking.health.plan-mirror-tasks:20000}") int bound) {
        this.mongo = mongo;
        this.readModels = readModels;
        this.plans = plans;
        this.operators = operators;
        this.bound = bound;
    }

    /**
     * A plan's documents as last known; {@code tasks} holds the task documents its roster lists, by their ids; a
     * document a poll changes is replaced by a new object, so {@code converted} (the tasks last converted from these
     * objects, under a {@link PlanDocuments#conversionKey}) is carried from copy to copy and only new objects are
     * converted again.
     */
    private record Mirrored(String tasksCollection, Document rollout, Document roster, Map<Object, Document> tasks,
                            AtomicReference<Conversions> converted) {

        Mirrored(String tasksCollection, Document rollout, Document roster, Map<Object, Document> tasks) {
            this(tasksCollection, rollout, roster, tasks, new AtomicReference<>());
        }

        Mirrored with(Document rollout, Document roster, Map<Object, Document> tasks) {
            return new Mirrored(tasksCollection, rollout, roster, tasks, new AtomicReference<>(converted.get()));
        }

        /** The plan of these documents under {@code current} (the rollout's document read now). */
        TrackedPlan plan(String rolloutId, Document current) {
            List<Object> key = PlanDocuments.conversionKey(current);
            Conversions before = converted.get();
            Map<Document, TrackedTask> into = new IdentityHashMap<>();
            TrackedPlan plan = PlanDocuments.plan(current, RolloutPlans.tasksOf(rolloutId, roster, tasks),
                    before != null && before.key().equals(key) ? before.tasks() : Map.of(), into);
            converted.set(new Conversions(key, into));
            return plan;
        }
    }

    /** Tasks converted from document objects (never changed once set: read by several listeners' threads). */
    private record Conversions(List<Object> key, Map<Document, TrackedTask> tasks) {
    }

    /** The plans of these rollouts now (unknown rollouts left out): one read, three where a copy is stale or missing. */
    public Map<String, TrackedPlan> plans(Collection<String> rolloutIds) {
        String tasksCollection = readModels.collection(PlanProjection.TASKS);
        Map<Object, Document> rollouts = DocumentSource.byId(mongo, readModels.collection(PlanProjection.PLANS),
                rolloutIds);
        Map<String, TrackedPlan> current = new LinkedHashMap<>();
        List<Document> stale = new ArrayList<>();
        for (Document rollout : rollouts.values()) {
            if (rollout.getString("siteName") == null) {
                continue;
            }
            String rolloutId = rollout.getString("_id");
            Mirrored copy = get(rolloutId);
            if (copy != null && copy.tasksCollection().equals(tasksCollection) && sameEvents(copy.rollout(), rollout)) {
                current.put(rolloutId, copy.plan(rolloutId, rollout));
            } else {
                stale.add(rollout);
            }
        }
        if (!stale.isEmpty()) {
            Recording recording = new Recording(DocumentSource.stored(mongo));
            current.putAll(plans.plansOf(recording, stale));
            for (Document rollout : stale) {
                String rolloutId = rollout.getString("_id");
                Document roster = recording.found(readModels.collection(PlanProjection.ROSTERS)).get(rolloutId);
                Map<Object, Document> tasks = new HashMap<>();
                RolloutPlans.tasksOf(rolloutId, roster, recording.found(tasksCollection))
                        .forEach(task -> tasks.put(task.get("_id"), task));
                put(rolloutId, new Mirrored(tasksCollection, rollout, roster, tasks));
            }
        }
        return current;
    }

    /** Applies a poll's plan writes to the copies held (the database took them all). */
    @Override
    public void written(Map<String, Map<Object, List<ReadModelWrite>>> writes) {
        String plansCollection = readModels.collection(PlanProjection.PLANS);
        String rostersCollection = readModels.collection(PlanProjection.ROSTERS);
        String tasksCollection = readModels.collection(PlanProjection.TASKS);
        Map<String, Mirrored> changed = new HashMap<>();
        writes.forEach((collection, documents) -> documents.forEach((id, list) -> {
            String rolloutId = collection.equals(tasksCollection) ? rolloutOf((String) id)
                    : collection.equals(plansCollection) || collection.equals(rostersCollection) ? (String) id : null;
            if (rolloutId == null) {
                return;
            }
            Mirrored copy = changed.containsKey(rolloutId) ? changed.get(rolloutId) : get(rolloutId);
            if (copy == null || !copy.tasksCollection().equals(tasksCollection)) {
                return;
            }
            if (collection.equals(plansCollection)) {
                copy = copy.with(applied(copy.rollout(), list), copy.roster(), copy.tasks());
            } else if (collection.equals(rostersCollection)) {
                copy = copy.with(copy.rollout(), applied(copy.roster(), list), copy.tasks());
            } else if (copy.tasks().containsKey(id)) {
                Map<Object, Document> tasks = new HashMap<>(copy.tasks());
                tasks.put(id, applied(tasks.get(id), list));
                copy = copy.with(copy.rollout(), copy.roster(), tasks);
            } else {
                copy = null; // a task the copy does not hold (a new one, or one a new plan lists again): read anew
            }
            changed.put(rolloutId, copy);
        }));
        changed.forEach((rolloutId, copy) -> {
            if (copy == null) {
                remove(rolloutId);
            } else {
                put(rolloutId, copy);
            }
        });
    }

    /** The document after the writes, each applied as the database would (only past the document's sequence). */
    private Document applied(Document document, List<ReadModelWrite> writes) {
        Document result = document == null ? null : operators.copy(document);
        for (ReadModelWrite write : writes) {
            if (!(write instanceof ReadModelWrite.Sequenced sequenced)) {
                throw new IllegalStateException("A plan document is written by its rollout's sequence only: " + write);
            }
            Number last = result == null ? null : result.get(ReadModelWrites.SEQUENCE, Number.class);
            if (last != null && last.longValue() >= sequenced.sequence()) {
                continue;
            }
            boolean inserting = result == null;
            if (inserting) {
                result = new Document("_id", write.documentId());
            }
            operators.apply(result, sequenced.update(), inserting);
            result.put(ReadModelWrites.SEQUENCE, sequenced.sequence());
        }
        return result;
    }

    private static boolean sameEvents(Document copy, Document stored) {
        return Objects.equals(number(copy, ReadModelWrites.SEQUENCE), number(stored, ReadModelWrites.SEQUENCE))
                && Objects.equals(number(copy, PlanProjection.PLAN_EVENTS), number(stored, PlanProjection.PLAN_EVENTS));
    }

    private static Long number(Document document, String field) {
        Number value = document.get(field, Number.class);
        return value == null ? null : value.longValue();
    }

    /** The rollout of a task document's id ({@link PlanDocuments#taskDocumentId}). */
    static String rolloutOf(String taskDocumentId) {
        int slash = taskDocumentId.indexOf('/');
        return slash < 0 ? null : taskDocumentId.substring(0, slash).replace("%2F", "/").replace("%25", "%");
    }

    private synchronized Mirrored get(String rolloutId) {
        return mirrored.get(rolloutId);
    }

    private synchronized void put(String rolloutId, Mirrored copy) {
        Mirrored before = mirrored.put(rolloutId, copy);
        holding += copy.tasks().size() - (before == null ? 0 : before.tasks().size());
        Iterator<Mirrored> oldest = mirrored.values().iterator();
        while (holding > bound && oldest.hasNext()) {
            holding -= oldest.next().tasks().size();
            oldest.remove();
        }
    }

    private synchronized void remove(String rolloutId) {
        Mirrored before = mirrored.remove(rolloutId);
        if (before != null) {
            holding -= before.tasks().size();
        }
    }

    /** A source that keeps what it found, so that the plans read whole become copies. */
    private static final class Recording implements DocumentSource {

        private final DocumentSource source;
        private final Map<String, Map<Object, Document>> found = new HashMap<>();

        Recording(DocumentSource source) {
            this.source = source;
        }

        @Override
        public Map<Object, Document> find(String collection, Collection<?> ids) {
            Map<Object, Document> documents = source.find(collection, ids);
            found.computeIfAbsent(collection, c -> new HashMap<>()).putAll(documents);
            return documents;
        }

        Map<Object, Document> found(String collection) {
            return found.getOrDefault(collection, Map.of());
        }
    }
}
