package org.golive.planning.rollout;

import org.golive.planning.plan.Rescheduled;
import org.golive.planning.plan.TaskChange;
import org.golive.contract.planning.AssignmentChanged;
import org.golive.contract.planning.BaselineSet;
import org.golive.contract.planning.MilestoneAchieved;
import org.golive.contract.planning.TaskCompleted;
import org.golive.contract.planning.TaskCreated;
import org.golive.contract.planning.TaskStatusChanged;
import org.golive.contract.planning.TaskUpdated;
import org.golive.planning.plan.Baseline;
import org.golive.planning.plan.PlanEvents;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.Raci;
import org.golive.planning.plan.SitePlan;
import org.golive.platform.outbox.RaisedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The events a change to a rollout's plan raises, keyed by the rollout's id. A task edit or progress report carries
 * the tasks it moved and the critical path after it, followed by the milestones that slipped past the latest baseline.
 */
record PlanChangeEvents(String rolloutId, SitePlan plan, LocalDate goLiveDate, Instant now) {

    List<RaisedEvent> taskAdded(TaskChange change) {
        List<RaisedEvent> events = new ArrayList<>();
        events.add(raised(new TaskCreated(rolloutId, PlanEvents.planned(change.after(), goLiveDate),
                PlanEvents.moves(change.rescheduled()), plan.criticalPath(), plan.criticalPathFloat(), now)));
        return withSlips(events, change.rescheduled());
    }

    List<RaisedEvent> taskRevised(TaskChange change) {
        List<RaisedEvent> events = new ArrayList<>();
        events.add(raised(new TaskUpdated(rolloutId, PlanEvents.planned(change.after(), goLiveDate),
                PlanEvents.moves(change.rescheduled()), plan.criticalPath(), plan.criticalPathFloat(), now)));
        return withSlips(events, change.rescheduled());
    }

    RaisedEvent assigned(String taskId, Raci raci) {
        return raised(new AssignmentChanged(rolloutId, taskId, raci.responsible(), raci.accountable(),
                raci.consulted(), raci.informed(), now));
    }

    /** The status change; on completion the task's completion, and a milestone's achievement against its baseline. */
    List<RaisedEvent> progressRecorded(String taskId, TaskChange change) {
        PlanTask before = change.before();
        PlanTask after = change.after();
        List<RaisedEvent> events = new ArrayList<>();
        events.add(raised(new TaskStatusChanged(rolloutId, taskId, before.status().name(),
                after.status().name(), after.percentComplete(), after.actualStart(), after.actualFinish(),
                PlanEvents.moves(change.rescheduled()), plan.criticalPath(), plan.criticalPathFloat(), now)));
        if (after.done() && !before.done()) {
            events.add(raised(new TaskCompleted(rolloutId, taskId, after.definition().title(), after.milestone(),
                    after.actualStart(), after.actualFinish(), after.definition().effortHours(),
                    after.definition().readinessCriterion(), now)));
            if (after.milestone()) {
                LocalDate baselineDate = plan.latestBaseline().flatMap(b -> b.of(taskId))
                        .map(Baseline.TaskDates::finish).orElse(null);
                events.add(raised(new MilestoneAchieved(rolloutId, taskId, after.definition().title(),
                        after.actualFinish(), baselineDate, now)));
            }
        }
        return withSlips(events, change.rescheduled());
    }

    RaisedEvent baselineSet(Baseline baseline) {
        return raised(new BaselineSet(rolloutId, baseline.name(), baseline.tasks().stream()
                .map(t -> new BaselineSet.BaselineTask(t.taskId(), t.start(), t.finish())).toList(), now));
    }

    /** Adds the milestone slips of {@code rescheduled} after {@code events}. */
    static List<RaisedEvent> withSlips(String rolloutId, List<RaisedEvent> events, Rescheduled rescheduled,
                                       Instant now) {
        PlanEvents.slips(rolloutId, rescheduled, now).forEach(slip -> events.add(RaisedEvent.of(rolloutId, slip)));
        return events;
    }

    private List<RaisedEvent> withSlips(List<RaisedEvent> events, Rescheduled rescheduled) {
        return withSlips(rolloutId, events, rescheduled, now);
    }

    private RaisedEvent raised(Record event) {
        return RaisedEvent.of(rolloutId, event);
    }
}
