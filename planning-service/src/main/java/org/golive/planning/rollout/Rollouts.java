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

    private final AggregateStore store;
    private final MongoTemplate mongo;
    /** The stored name of a task's id inside the plan ({@code _id}: the mapping treats any {@code id} so). */
    private final String taskIdField;

    Rollouts(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
        this.taskIdField = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(PlanTask.class)
                .getRequiredPersistentProperty("id").getFieldName();
    }

    /** One task of a plan, with the go-live date its offsets are read against. */
    record TaskAt(PlanTask task, LocalDate goLiveDate) {
    }

    public Rollout get(String id) {
        return store.find(Rollout.class, id).orElseThrow(() -> new NotFoundException("Rollout", id));
    }

    /**
     * Reads one task, not the plan: first the tasks' ids (a projection), then that task alone ({@code $slice}), both
     * by {@code _id}, so neither store scans the collection. Tasks are only ever appended, so a position once seen
     * keeps its task. (Not an {@code $elemMatch} projection, which MongoDB refuses on a nested array such as
     * {@code plan.tasks}; not an aggregation, which the embedded server runs over every document of the collection.)
     */
    TaskAt task(String rolloutId, String taskId) {
        MongoCollection<Document> rollouts = mongo.getCollection(mongo.getCollectionName(Rollout.class));
        Document ids = rollouts.find(new Document("_id", rolloutId))
                .projection(new Document("plan.tasks." + taskIdField, 1)).first();
        if (ids == null) {
            throw new NotFoundException("Rollout", rolloutId);
        }
        Document plan = ids.get("plan", Document.class);
        if (plan == null || plan.getList("tasks", Document.class) == null) {
            throw new NotFoundException("Plan of rollout", rolloutId);
        }
        List<Document> tasks = plan.getList("tasks", Document.class);
        int position = -1;
        for (int i = 0; i < tasks.size() && position < 0; i++) {
            if (taskId.equals(tasks.get(i).get(taskIdField))) {
                position = i;
            }
        }
        if (position < 0) {
            throw new NotFoundException("Task", taskId);
        }
        Document found = rollouts.find(new Document("_id", rolloutId)).projection(new Document("goLiveDate", 1)
                .append("plan.tasks", new Document("$slice", List.of(position, 1)))).first();
        if (found == null) {
            throw new NotFoundException("Rollout", rolloutId);
        }
        Rollout rollout = mongo.getConverter().read(Rollout.class, found);
        return new TaskAt(rollout.plan().task(taskId), rollout.goLiveDate());
    }

    List<Rollout> ofProgram(String programId) {
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

    /** Stores a change with its events; nothing at all when the change raised none (an idempotent repeat). */
    <T> T save(Rollout rollout, Changed<T> changed) {
        if (changed.raisedEvents()) {
            store.update(rollout, changed.events());
        }
        return changed.result();
    }

    /**
     * Stores a change to some tasks of the plan: the tasks that differ from {@code before} (by position: tasks are
     * only ever appended, and the version check guarantees the stored list is the one read) and the plan's dates.
     * A progress update on a 2,000-task plan so writes a few tasks, not the whole plan.
     */
    <T> T saveTasks(Rollout rollout, List<PlanTask> before, Changed<T> changed) {
        if (!changed.raisedEvents()) {
            return changed.result();
        }
        SitePlan plan = rollout.plan();
        List<PlanTask> after = plan.tasks();
        MongoConverter converter = mongo.getConverter();
        Update changes = new Update();
        for (int i = 0; i < after.size(); i++) {
            if (i >= before.size() || !after.get(i).equals(before.get(i))) {
                Document task = new Document();
                converter.write(after.get(i), task);
                task.remove("_class");
                changes.set("plan.tasks." + i, task);
            }
        }
        changes.set("plan.criticalPath", plan.criticalPath())
                .set("plan.start", plan.start())
                .set("plan.finish", plan.finish())
                .set("plan.nextTaskNumber", plan.nextTaskNumber());
        store.update(rollout, changes, changed.events());
        return changed.result();
    }
}
