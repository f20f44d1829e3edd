package org.golive.planning.rollout;

import org.golive.planning.plan.Move;
import org.golive.planning.plan.PhaseName;
import org.golive.planning.plan.Source;
import org.golive.planning.plan.TaskChange;
import org.golive.planning.plan.Baseline;
import org.golive.planning.plan.DependencyForm;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.Raci;
import org.golive.planning.plan.ScheduledDates;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.plan.TaskDefinition;
import org.golive.planning.schedule.ConstraintType;
import org.golive.planning.plan.TaskStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the plan API answers. */
final class PlanViews {

    private PlanViews() {
    }

    /**
     * @param goLiveOffset the task's anchor relative to go-live, as planners write it ("GL-120", "GL+14"), or null
     * @param revision     send it back when changing the task; a stale one is refused (409)
     * @param constraintType MS Project's constraint: ASAP, ALAP, SNET (the startNoEarlierThan date), SNLT, FNET, FNLT,
     *                     MSO or MFO
     * @param constraintDate the constraint's date; null for ASAP and ALAP
     * @param freeFloat    working days the task can slip without moving a successor
     * @param duration     an hour-level or elapsed duration in MS Project's notation ({@code 4h}, {@code 12eh}); null
     *                     for a day-level task (durationDays)
     * @param calendar     {@code 24-hours} for a task worked around the clock, or one of the site's named calendars;
     *                     null: the site's calendar
     * @param startTime    the moment the task starts (local time of the site)
     * @param finishTime   the moment its work ends
     * @param effortDriven its duration is effortHours / (units x hours per day) (MS Project's effort-driven task)
     * @param units        the sum of the units of the resources assigned to it; null when none
     */
    record TaskView(String id, String wbs, String phase, String title, String goLiveOffset,
                    LocalDate startNoEarlierThan, LocalDate deadline, int durationDays, boolean milestone,
                    List<DependencyForm> dependencies, BigDecimal effortHours, String readinessCriterion,
                    List<Raci.Assignment> raci, TaskStatus status, int percentComplete, LocalDate actualStart,
                    LocalDate actualFinish, LocalDate start, LocalDate finish, LocalDate lateStart,
                    LocalDate lateFinish, int totalFloat, boolean critical, int revision,
                    ConstraintType constraintType, LocalDate constraintDate, Integer freeFloat, String duration,
                    String calendar, LocalDateTime startTime, LocalDateTime finishTime, boolean effortDriven,
                    BigDecimal units) {

        static TaskView of(PlanTask task, LocalDate goLive) {
            TaskDefinition d = task.definition();
            ScheduledDates s = task.scheduled();
            return new TaskView(task.id(), d.wbs(), d.phase(), d.title(), offset(d.startOffsetDays()),
                    d.notBefore(goLive), d.deadline(goLive), d.durationDays(), d.milestone(),
                    DependencyForm.of(d.dependencies()), d.effortHours(), d.readinessCriterion(),
                    d.raci().assignments(), task.status(), task.percentComplete(), task.actualStart(),
                    task.actualFinish(), s.start(), s.finish(), s.lateStart(), s.lateFinish(), s.totalFloat(),
                    s.critical(), task.revision(), d.constraint(goLive).type(), d.constraint(goLive).date(),
                    s.freeFloat(), d.duration(), d.calendar(), s.startTime(), s.finishTime(), d.effortDriven(),
                    d.units());
        }

        private static String offset(Integer days) {
            if (days == null) {
                return null;
            }
            return days < 0 ? "GL" + days : "GL+" + days;
        }
    }

    record BaselineSummary(String name, Instant setAt, String setBy) {
        static BaselineSummary of(Baseline b) {
            return new BaselineSummary(b.name(), b.setAt(), b.setBy());
        }
    }

    /**
     * @param calendar   the site's own calendar ({@code Standard}); its named ones are listed at {@code …/plan/calendars}
     * @param statusDate the date progress is reported to (MS Project's status date), null when not set
     */
    record PlanView(String rolloutId, String siteName, LocalDate goLiveDate, Source source,
                    List<PhaseName> phases, PlanCalendar calendar, LocalDate start, LocalDate finish,
                    List<String> criticalPath, List<TaskView> tasks, List<BaselineSummary> baselines, long version,
                    LocalDate statusDate) {

        static PlanView of(Rollout rollout) {
            SitePlan plan = rollout.plan();
            return new PlanView(rollout.id(), rollout.siteName(), rollout.goLiveDate(), plan.source(),
                    plan.phases(), plan.calendar(), plan.start(), plan.finish(), plan.criticalPath(),
                    plan.tasks().stream().map(t -> TaskView.of(t, rollout.goLiveDate())).toList(),
                    plan.baselines().stream().map(BaselineSummary::of).toList(), rollout.version(), plan.statusDate());
        }
    }

    /** What a change did to the schedule: the moved tasks and the critical path after it. */
    record Rescheduling(List<Move> moved, List<String> criticalPath, LocalDate planFinish) {
    }

    record TaskChangeView(TaskView task, Rescheduling rescheduling) {
        static TaskChangeView of(TaskChange change, Rollout rollout) {
            SitePlan plan = rollout.plan();
            return new TaskChangeView(TaskView.of(change.after(), rollout.goLiveDate()),
                    new Rescheduling(change.rescheduled().moved(), plan.criticalPath(), plan.finish()));
        }
    }

    record GoLiveMoved(String rolloutId, LocalDate goLiveDate, List<Move> moved, List<String> criticalPath,
                       LocalDate planFinish, long version) {
    }

    record BaselineView(String name, Instant setAt, String setBy, List<Baseline.TaskDates> tasks) {
        static BaselineView of(Baseline b) {
            return new BaselineView(b.name(), b.setAt(), b.setBy(), b.tasks());
        }
    }
}
