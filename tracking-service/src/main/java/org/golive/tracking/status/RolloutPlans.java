package org.golive.tracking.status;

import org.bson.Document;
import org.golive.platform.problem.NotFoundException;
import org.golive.tracking.intake.DocumentSource;
import org.golive.tracking.intake.ReadModelFold;
import org.golive.tracking.intake.ReadModelWrites;
import org.golive.tracking.intake.ReadModels;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** The site plans tracking keeps; a rollout is known once planning announced it (it has a site name). */
@Component
public class RolloutPlans {

    private final MongoTemplate mongo;
    private final ReadModels readModels;

    RolloutPlans(MongoTemplate mongo, ReadModels readModels) {
        this.readModels = readModels;
        this.mongo = mongo;
    }

    public Optional<TrackedPlan> find(String rolloutId) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(rolloutId).and("siteName").exists(true)),
                Document.class, readModels.collection(PlanProjection.PLANS))).map(this::plan);
    }

    /** @throws NotFoundException (404) for a rollout planning never announced */
    public TrackedPlan get(String rolloutId) {
        return find(rolloutId).orElseThrow(() -> new NotFoundException("Rollout", rolloutId));
    }

    /**
     * That planning announced the rollout, for a read that needs no plan: the rollout's one small document, not its
     * roster and task documents (2,000 of them for a large plan).
     *
     * @throws NotFoundException (404) for a rollout planning never announced
     */
    public void requireKnown(String rolloutId) {
        if (!mongo.exists(query(where("_id").is(rolloutId).and("siteName").exists(true)),
                readModels.collection(PlanProjection.PLANS))) {
            throw new NotFoundException("Rollout", rolloutId);
        }
    }

    /** A wave's rollouts from their documents alone: no roster or task document is read. */
    public List<RolloutHeader> headersInWave(String waveId) {
        return headers(query(where("waveId").is(waveId).and("siteName").exists(true)));
    }

    /** A program's rollouts from their documents alone: no roster or task document is read. */
    public List<RolloutHeader> headersInProgram(String programId) {
        return headers(query(where("programId").is(programId).and("siteName").exists(true)));
    }

    private List<RolloutHeader> headers(Query query) {
        query.fields().include("_id").include("programId").include("waveId").include("siteName")
                .include("goLiveDate").include(ReadModelWrites.SEQUENCE);
        return mongo.find(query, Document.class, readModels.collection(PlanProjection.PLANS)).stream()
                .map(d -> new RolloutHeader(d.getString("_id"), d.getString("programId"), d.getString("waveId"),
                        d.getString("siteName"), d.getString("goLiveDate") == null ? null
                                : LocalDate.parse(d.getString("goLiveDate")), sequence(d)))
                .toList();
    }

    private static long sequence(Document rollout) {
        Number sequence = rollout.get(ReadModelWrites.SEQUENCE, Number.class);
        return sequence == null ? 0 : sequence.longValue();
    }

    /**
     * Whether the active generation holds plans in the shape before tasks had documents of their own (one document
     * per rollout with every task inside): such plans read as empty until a rebuild writes them anew.
     */
    public boolean storedInTheOldShape() {
        return mongo.exists(query(where("tasks").exists(true)), readModels.collection(PlanProjection.PLANS));
    }

    /**
     * The plans of these rollouts from {@code source} (the database, or a rebuild's fold): three reads for them all
     * (their documents, rosters and tasks), whatever their number. Unknown rollouts are left out.
     */
    public Map<String, TrackedPlan> plans(DocumentSource source, Collection<String> rolloutIds) {
        Map<Object, Document> rollouts = source.find(readModels.collection(PlanProjection.PLANS), rolloutIds);
        rollouts.values().removeIf(rollout -> rollout.getString("siteName") == null);
        return plansOf(source, rollouts.values());
    }

    /** The plans of these rollouts' documents (read already), their rosters and tasks from {@code source}. */
    Map<String, TrackedPlan> plansOf(DocumentSource source, Collection<Document> rollouts) {
        Map<Object, Document> rosters = source.find(readModels.collection(PlanProjection.ROSTERS),
                rollouts.stream().map(rollout -> rollout.get("_id")).toList());
        List<String> taskDocuments = new ArrayList<>();
        rosters.forEach((rolloutId, roster) -> roster.getList("taskIds", String.class, List.of())
                .forEach(taskId -> taskDocuments.add(PlanDocuments.taskDocumentId((String) rolloutId, taskId))));
        Map<Object, Document> tasks = source.find(readModels.collection(PlanProjection.TASKS), taskDocuments);
        Map<String, TrackedPlan> plans = new LinkedHashMap<>();
        for (Document rollout : rollouts) {
            String rolloutId = rollout.getString("_id");
            plans.put(rolloutId, PlanDocuments.plan(rollout, tasksOf(rolloutId, rosters.get(rolloutId), tasks)));
        }
        return plans;
    }

    /** The task documents a roster lists, of those found (a task never received has none). */
    static List<Document> tasksOf(String rolloutId, Document roster, Map<Object, Document> tasks) {
        if (roster == null) {
            return List.of();
        }
        List<Document> listed = new ArrayList<>();
        for (String taskId : roster.getList("taskIds", String.class, List.of())) {
            Document task = tasks.get(PlanDocuments.taskDocumentId(rolloutId, taskId));
            if (task != null) {
                listed.add(task);
            }
        }
        return listed;
    }

    /** Every known rollout's id. */
    public List<String> ids() {
        Query known = query(where("siteName").exists(true));
        known.fields().include("_id");
        return mongo.find(known, Document.class, readModels.collection(PlanProjection.PLANS)).stream()
                .map(d -> d.getString("_id")).toList();
    }

    /** As {@link #ids()}, in the generation a rebuild folds: from the fold's documents while it holds them all. */
    public List<String> ids(ReadModelFold fold) {
        return fold.idsWith(readModels.collection(PlanProjection.PLANS), "siteName").stream().map(String.class::cast)
                .toList();
    }

    /**
     * The plan of a rollout's document: its roster, then its tasks' documents in one query by id (the only index
     * the embedded MongoDB server uses), with their sequences (the plan's, {@link TrackedPlan#sequence}).
     */
    private TrackedPlan plan(Document rollout) {
        String rolloutId = rollout.getString("_id");
        Document roster = mongo.findById(rolloutId, Document.class, readModels.collection(PlanProjection.ROSTERS));
        List<String> taskIds = roster == null ? List.of() : roster.getList("taskIds", String.class, List.of());
        if (taskIds.isEmpty()) {
            return PlanDocuments.plan(rollout, List.of());
        }
        Query tasks = query(where("_id").in(taskIds.stream()
                .map(taskId -> PlanDocuments.taskDocumentId(rolloutId, taskId)).toList()));
        tasks.fields().exclude("rolloutId");
        return PlanDocuments.plan(rollout, mongo.find(tasks, Document.class,
                readModels.collection(PlanProjection.TASKS)));
    }
}
