package org.golive.tracking.status;

import org.golive.tracking.intake.ReadModelWrite;
import org.golive.contract.planning.BaselineSet;
import org.golive.contract.planning.CalendarChanged;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.PlanReplaced;
import org.golive.contract.planning.PlannedTask;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.contract.planning.StatusDateSet;
import org.golive.contract.planning.TaskCompleted;
import org.golive.contract.planning.TaskCreated;
import org.golive.contract.planning.TaskMove;
import org.golive.contract.planning.TaskStatusChanged;
import org.golive.contract.planning.TaskUpdated;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.tracking.intake.ReadModelWrites;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.intake.RebuiltProjection;
import org.golive.tracking.intake.Subscriptions;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.golive.tracking.status.PlanDocuments.taskDocumentId;
import static org.golive.tracking.status.PlanDocuments.text;

/**
 * Keeps a copy of each site's plan from planning's events: every task's dates, progress and effort, the critical
 * path and its float, and the latest baseline. A plan is three kinds of document, so that an event writes what it
 * changes and not the plan: the rollout's ({@value #PLANS}: plan-level fields, small), its roster ({@value #ROSTERS}:
 * the plan's task ids, written when the plan is instantiated or a task is created) and one per task
 * ({@value #TASKS}, with its planned dates as instantiated and in the latest baseline). A progress event writes its
 * task, the tasks it moved and the rollout's critical path: a few small documents in one bulk write per collection.
 *
 * <p>Exactly once: all of a rollout's plan events come from one source (the rollout) in order, and every document
 * written carries that source's last sequence, checked and raised in the same write as its effect
 * ({@link ReadModelWrite#sequenced}: by index on the embedded server too), so a redelivery, or a batch run again
 * after a crash, changes nothing a first delivery changed. Task documents a new plan no longer lists
 * stay behind, unreferenced by the roster (readers go through it) and overwritten whole if a later plan lists them
 * again. Budget events never touch these documents.
 */
@Component
@Order(2)
class PlanProjection implements RebuiltProjection {

    static final String PLANS = "status_plans";
    static final String ROSTERS = "status_rosters";
    static final String TASKS = "status_tasks";
    /** In the rollout's document: how many of its plan events were applied (each writes that document once). */
    static final String PLAN_EVENTS = "planEvents";

    private final ReadModelWrites writes;
    private final ReadModels readModels;

    PlanProjection(ReadModelWrites writes, ReadModels readModels) {
        this.writes = writes;
        this.readModels = readModels;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions
                .on(RolloutCreated.class, this::rolloutCreated)
                .on(RolloutUpdated.class, this::rolloutUpdated)
                .on(PlanInstantiated.class, this::planInstantiated)
                .on(PlanReplaced.class, this::planReplaced)
                .on(TaskCreated.class, (event, created) -> taskChanged(event, created.rolloutId(), created.task(),
                        created.tasksMoved(), created.criticalPath(), created.criticalPathFloat(), true))
                .on(TaskUpdated.class, (event, updated) -> taskChanged(event, updated.rolloutId(), updated.task(),
                        updated.tasksMoved(), updated.criticalPath(), updated.criticalPathFloat(), false))
                .on(TaskStatusChanged.class, this::statusChanged)
                .on(TaskCompleted.class, this::completed)
                .on(GoLiveRescheduled.class, this::goLiveRescheduled)
                .on(StatusDateSet.class, (event, set) -> movedBy(event, set.rolloutId(), set.tasksMoved(),
                        new Update().set("statusDate", text(set.statusDate())), set.criticalPath(),
                        set.criticalPathFloat()))
                .on(CalendarChanged.class, (event, changed) -> movedBy(event, changed.rolloutId(),
                        changed.tasksMoved(), new Update(), changed.criticalPath(), changed.criticalPathFloat()))
                .on(BaselineSet.class, this::baselineSet);
    }

    void rolloutCreated(IncomingEvent event, RolloutCreated rollout) {
        plan(event, rollout.rolloutId(), new Update()
                .set("programId", rollout.programId())
                .set("waveId", rollout.waveId())
                .set("siteName", rollout.siteName())
                .set("goLiveDate", text(rollout.goLiveDate())));
    }

    void rolloutUpdated(IncomingEvent event, RolloutUpdated rollout) {
        plan(event, rollout.rolloutId(), new Update()
                .set("programId", rollout.programId())
                .set("waveId", rollout.waveId())
                .set("siteName", rollout.siteName()));
    }

    /** A new plan replaces the old one whole; until a baseline is set, progress is planned on these dates. */
    void planInstantiated(IncomingEvent event, PlanInstantiated plan) {
        newPlan(event, plan.rolloutId(), plan.programId(), plan.goLiveDate(), plan.tasks(), plan.criticalPath());
    }

    /**
     * A plan replaced from a file: the roster lists only the new tasks, so the old ones leave every figure read
     * through it (status, EVM, overdue); a new task whose id an old one had is written whole, without its baseline.
     */
    void planReplaced(IncomingEvent event, PlanReplaced plan) {
        newPlan(event, plan.rolloutId(), plan.programId(), plan.goLiveDate(), plan.tasks(), plan.criticalPath());
    }

    private void newPlan(IncomingEvent event, String rolloutId, String programId, LocalDate goLiveDate,
                         List<PlannedTask> planned, List<String> criticalPath) {
        Map<String, Update> tasks = new LinkedHashMap<>();
        for (PlannedTask task : planned) {
            tasks.put(task.taskId(), whole(rolloutId, task)
                    .set("instantiated", PlanDocuments.dates(task.start(), task.finish()))
                    .unset("baseline"));
        }
        tasks(event, rolloutId, tasks);
        writes.write(rosters(), List.of(ReadModelWrite.sequenced(rolloutId, event.sequence(),
                new Update().set("taskIds", planned.stream().map(PlannedTask::taskId).toList()))));
        Integer floatLeft = planned.stream().filter(t -> criticalPath.contains(t.taskId()))
                .map(PlannedTask::totalFloat).min(Integer::compare).orElse(null);
        plan(event, rolloutId, new Update()
                .set("programId", programId)
                .set("goLiveDate", text(goLiveDate))
                .unset("baselineName")
                .unset(PlanDocuments.BASELINE_SEQUENCE)
                .set("criticalPath", criticalPath)
                .set("criticalPathFloat", floatLeft));
    }

    void taskChanged(IncomingEvent event, String rolloutId, PlannedTask task, List<TaskMove> moves,
                     List<String> criticalPath, Integer criticalPathFloat, boolean created) {
        Map<String, Update> tasks = new LinkedHashMap<>();
        tasks.put(task.taskId(), whole(rolloutId, task));
        moved(tasks, rolloutId, moves);
        tasks(event, rolloutId, tasks);
        if (created) {
            writes.write(rosters(), List.of(ReadModelWrite.sequenced(rolloutId, event.sequence(),
                    new Update().addToSet("taskIds", task.taskId()))));
        }
        rescheduled(event, rolloutId, new Update(), criticalPath, criticalPathFloat);
    }

    void statusChanged(IncomingEvent event, TaskStatusChanged changed) {
        Map<String, Update> tasks = new LinkedHashMap<>();
        tasks.put(changed.taskId(), task(changed.rolloutId(), changed.taskId())
                .set("status", changed.status())
                .set("percentComplete", changed.percentComplete())
                .set("actualStart", text(changed.actualStart()))
                .set("actualFinish", text(changed.actualFinish())));
        moved(tasks, changed.rolloutId(), changed.tasksMoved());
        tasks(event, changed.rolloutId(), tasks);
        rescheduled(event, changed.rolloutId(), new Update(), changed.criticalPath(), changed.criticalPathFloat());
    }

    void completed(IncomingEvent event, TaskCompleted completed) {
        tasks(event, completed.rolloutId(), Map.of(completed.taskId(), task(completed.rolloutId(), completed.taskId())
                .set("status", TrackedTask.DONE)
                .set("percentComplete", 100)
                .set("actualStart", text(completed.actualStart()))
                .set("actualFinish", text(completed.actualFinish()))));
        plan(event, completed.rolloutId(), new Update());
    }

    void goLiveRescheduled(IncomingEvent event, GoLiveRescheduled moved) {
        Map<String, Update> tasks = new LinkedHashMap<>();
        moved(tasks, moved.rolloutId(), moved.tasksMoved());
        tasks(event, moved.rolloutId(), tasks);
        rescheduled(event, moved.rolloutId(), new Update().set("goLiveDate", text(moved.goLiveDate())),
                moved.criticalPath(), moved.criticalPathFloat());
    }

    /** A plan rescheduled as a whole (a status date or calendar set): the moved tasks, and the plan's fields. */
    void movedBy(IncomingEvent event, String rolloutId, List<TaskMove> moves, Update update, List<String> criticalPath,
                 Integer criticalPathFloat) {
        Map<String, Update> tasks = new LinkedHashMap<>();
        moved(tasks, rolloutId, moves);
        tasks(event, rolloutId, tasks);
        rescheduled(event, rolloutId, update, criticalPath, criticalPathFloat);
    }

    /**
     * Each task in the baseline gets its baseline dates, tagged with the event's sequence; the rollout's document
     * names the baseline and that sequence, so a task the baseline leaves out (or a task added after it) counts as
     * having no baseline dates without a write to it.
     */
    void baselineSet(IncomingEvent event, BaselineSet baseline) {
        Map<String, Update> tasks = new LinkedHashMap<>();
        baseline.tasks().forEach(task -> tasks.put(task.taskId(), task(baseline.rolloutId(), task.taskId())
                .set("baseline", PlanDocuments.dates(task.start(), task.finish())
                        .append(PlanDocuments.BASELINE_SEQUENCE, event.sequence()))));
        tasks(event, baseline.rolloutId(), tasks);
        plan(event, baseline.rolloutId(), new Update().set("baselineName", baseline.name())
                .set(PlanDocuments.BASELINE_SEQUENCE, event.sequence()));
    }

    /** A task's document as a task event sets it: every field planning published, its planned dates kept. */
    private static Update whole(String rolloutId, PlannedTask task) {
        Update update = task(rolloutId, task.taskId());
        PlanDocuments.task(task).forEach(update::set);
        return update;
    }

    private static Update task(String rolloutId, String taskId) {
        return new Update().set("rolloutId", rolloutId).set("taskId", taskId);
    }

    /** The dates of the tasks a change pushed; the changed task itself is written whole (its move would repeat it). */
    private static void moved(Map<String, Update> tasks, String rolloutId, List<TaskMove> moves) {
        for (TaskMove move : moves == null ? List.<TaskMove>of() : moves) {
            if (!tasks.containsKey(move.taskId())) {
                tasks.put(move.taskId(), task(rolloutId, move.taskId())
                        .set("start", text(move.start())).set("finish", text(move.finish())));
            }
        }
    }

    /** One conditional write per task document, all in one bulk write. */
    private void tasks(IncomingEvent event, String rolloutId, Map<String, Update> tasks) {
        List<ReadModelWrite> guarded = new ArrayList<>(tasks.size());
        tasks.forEach((taskId, update) -> guarded.add(ReadModelWrite.sequenced(
                taskDocumentId(rolloutId, taskId), event.sequence(), update)));
        writes.write(readModels.collection(TASKS), guarded);
    }

    /** Events from before the critical path's float was published leave the last known float. */
    private void rescheduled(IncomingEvent event, String rolloutId, Update update, List<String> criticalPath,
                             Integer criticalPathFloat) {
        if (criticalPath != null) {
            update.set("criticalPath", criticalPath);
        }
        if (criticalPathFloat != null) {
            update.set("criticalPathFloat", criticalPathFloat);
        }
        plan(event, rolloutId, update);
    }

    /**
     * The rollout's document, written once by every plan event (with what the event changes in it, if anything): its
     * {@value ReadModelWrites#SEQUENCE} and {@value #PLAN_EVENTS} say which of the plan's events its documents hold,
     * so a copy of the plan kept in memory ({@link PlanMirror}) is checked against them with one small read.
     */
    private void plan(IncomingEvent event, String rolloutId, Update update) {
        writes.write(readModels.collection(PLANS), List.of(ReadModelWrite.sequenced(rolloutId,
                event.sequence(), update.inc(PLAN_EVENTS, 1))));
    }

    private String rosters() {
        return readModels.collection(ROSTERS);
    }
}
