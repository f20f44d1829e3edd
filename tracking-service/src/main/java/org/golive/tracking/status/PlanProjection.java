package org.golive.tracking.status;

import org.bson.Document;
import org.golive.contract.planning.BaselineSet;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.PlannedTask;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.contract.planning.TaskCompleted;
import org.golive.contract.planning.TaskCreated;
import org.golive.contract.planning.TaskMove;
import org.golive.contract.planning.TaskStatusChanged;
import org.golive.contract.planning.TaskUpdated;
import org.golive.platform.consumer.AppliedEvents;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.intake.RebuiltProjection;
import org.golive.tracking.intake.Subscriptions;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.golive.tracking.status.PlanDocuments.key;
import static org.golive.tracking.status.PlanDocuments.text;

/**
 * Keeps a copy of each site's plan from planning's events: every task's dates, progress and effort, the critical
 * path and its float, and the latest baseline. All of a rollout's plan events come from one source (the rollout) in
 * order, and each event is one guarded update of the rollout's document ({@link AppliedEvents}), so a redelivery
 * changes nothing; budget events never touch this document.
 */
@Component
@Order(2)
class PlanProjection implements RebuiltProjection {

    static final String PLANS = "status_plans";

    private final AppliedEvents applied;
    private final ReadModels readModels;

    PlanProjection(AppliedEvents applied, ReadModels readModels) {
        this.applied = applied;
        this.readModels = readModels;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions
                .on(RolloutCreated.class, this::rolloutCreated)
                .on(RolloutUpdated.class, this::rolloutUpdated)
                .on(PlanInstantiated.class, this::planInstantiated)
                .on(TaskCreated.class, (event, created) -> taskChanged(event, created.rolloutId(), created.task(),
                        created.tasksMoved(), created.criticalPath(), created.criticalPathFloat()))
                .on(TaskUpdated.class, (event, updated) -> taskChanged(event, updated.rolloutId(), updated.task(),
                        updated.tasksMoved(), updated.criticalPath(), updated.criticalPathFloat()))
                .on(TaskStatusChanged.class, this::statusChanged)
                .on(TaskCompleted.class, this::completed)
                .on(GoLiveRescheduled.class, this::goLiveRescheduled)
                .on(BaselineSet.class, this::baselineSet);
    }

    void rolloutCreated(IncomingEvent event, RolloutCreated rollout) {
        applied.apply(event, plans(), rollout.rolloutId(), new Update()
                .set("programId", rollout.programId())
                .set("waveId", rollout.waveId())
                .set("siteName", rollout.siteName())
                .set("goLiveDate", text(rollout.goLiveDate())));
    }

    void rolloutUpdated(IncomingEvent event, RolloutUpdated rollout) {
        applied.apply(event, plans(), rollout.rolloutId(), new Update()
                .set("programId", rollout.programId())
                .set("waveId", rollout.waveId())
                .set("siteName", rollout.siteName()));
    }

    /** A new plan replaces the old one whole; until a baseline is set, progress is planned on these dates. */
    void planInstantiated(IncomingEvent event, PlanInstantiated plan) {
        Document tasks = new Document();
        Document instantiated = new Document();
        for (PlannedTask task : plan.tasks()) {
            tasks.put(key(task.taskId()), PlanDocuments.task(task));
            instantiated.put(key(task.taskId()), PlanDocuments.dates(task.start(), task.finish()));
        }
        Integer floatLeft = plan.tasks().stream().filter(t -> plan.criticalPath().contains(t.taskId()))
                .map(PlannedTask::totalFloat).min(Integer::compare).orElse(null);
        applied.apply(event, plans(), plan.rolloutId(), new Update()
                .set("programId", plan.programId())
                .set("goLiveDate", text(plan.goLiveDate()))
                .set("tasks", tasks)
                .set("instantiated", instantiated)
                .unset("baseline")
                .set("criticalPath", plan.criticalPath())
                .set("criticalPathFloat", floatLeft));
    }

    void taskChanged(IncomingEvent event, String rolloutId, PlannedTask task, List<TaskMove> moves,
                     List<String> criticalPath, Integer criticalPathFloat) {
        Update update = new Update().set("tasks." + key(task.taskId()), PlanDocuments.task(task));
        // The task itself is written whole: its own move (if listed) would touch the same field twice.
        List<TaskMove> others = moves == null ? List.of()
                : moves.stream().filter(move -> !move.taskId().equals(task.taskId())).toList();
        applied.apply(event, plans(), rolloutId, rescheduled(update, others, criticalPath, criticalPathFloat));
    }

    void statusChanged(IncomingEvent event, TaskStatusChanged changed) {
        String path = "tasks." + key(changed.taskId()) + ".";
        Update update = new Update()
                .set(path + "status", changed.status())
                .set(path + "percentComplete", changed.percentComplete())
                .set(path + "actualStart", text(changed.actualStart()))
                .set(path + "actualFinish", text(changed.actualFinish()));
        applied.apply(event, plans(), changed.rolloutId(), rescheduled(update, changed.tasksMoved(),
                changed.criticalPath(), changed.criticalPathFloat()));
    }

    void completed(IncomingEvent event, TaskCompleted completed) {
        String path = "tasks." + key(completed.taskId()) + ".";
        applied.apply(event, plans(), completed.rolloutId(), new Update()
                .set(path + "status", TrackedTask.DONE)
                .set(path + "percentComplete", 100)
                .set(path + "actualStart", text(completed.actualStart()))
                .set(path + "actualFinish", text(completed.actualFinish())));
    }

    void goLiveRescheduled(IncomingEvent event, GoLiveRescheduled moved) {
        Update update = new Update().set("goLiveDate", text(moved.goLiveDate()));
        applied.apply(event, plans(), moved.rolloutId(), rescheduled(update, moved.tasksMoved(), moved.criticalPath(),
                moved.criticalPathFloat()));
    }

    void baselineSet(IncomingEvent event, BaselineSet baseline) {
        Document tasks = new Document();
        baseline.tasks().forEach(task -> tasks.put(key(task.taskId()), PlanDocuments.dates(task.start(), task.finish())));
        applied.apply(event, plans(), baseline.rolloutId(), new Update()
                .set("baseline", new Document("name", baseline.name()).append("tasks", tasks)));
    }

    /** The plans' collection in the generation being written. */
    private String plans() {
        return readModels.collection(PLANS);
    }

    /** Events from before the critical path's float was published leave the last known float. */
    private static Update rescheduled(Update update, List<TaskMove> moves, List<String> criticalPath,
                                      Integer criticalPathFloat) {
        for (TaskMove move : moves == null ? List.<TaskMove>of() : moves) {
            String path = "tasks." + key(move.taskId()) + ".";
            update.set(path + "start", text(move.start())).set(path + "finish", text(move.finish()));
        }
        if (criticalPath != null) {
            update.set("criticalPath", criticalPath);
        }
        if (criticalPathFloat != null) {
            update.set("criticalPathFloat", criticalPathFloat);
        }
        return update;
    }
}
