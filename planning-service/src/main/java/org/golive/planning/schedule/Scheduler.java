package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The critical path method over a {@link WorkCalendar}. Stateless and thread-safe; the same input always gives the
 * same schedule. Time is O(V + E), plus O(log h) per date read from a task (h holidays) and one walk over the
 * calendar days the schedule spans to show its dates.
 *
 * <h2>Time model</h2>
 * Time is counted in working minutes ({@link Timeline}): working day i of the calendar holds minutes
 * {@code [i * M, (i + 1) * M)}, M its working minutes a day (480 on the standard 08:00-12:00, 13:00-17:00), so a day
 * of duration or lag is M minutes and the rules below, written in days, hold in minutes for hours and minutes too.
 * A task occupies {@code [s, e)}: it starts at minute {@code s} and its work ends with minute {@code e - 1}; it shows
 * the day of {@code s} as start and the day of minute {@code e - 1} as finish, with the moments ({@code startTime},
 * {@code finishTime}). Elapsed durations and lags ({@link DurationUnit}) count the clock; a task on a calendar of its
 * own counts its calendar's working time; a plan with either is placed on the wall clock instead
 * ({@link ClockTimeline}), with the same rules.
 *
 * <p>A milestone (0 minutes) has {@code s = e}: a point, which is both the end of one working day and the start of the
 * next. As in MS Project, a milestone placed by a predecessor's finish (FS, FF) or a finish constraint shows that
 * finish (Friday 17:00), one placed by a start (a date, SS, SF, MSO) shows the start (Monday 08:00); on a tie the
 * start wins. Its successors start the next working day in both cases.
 *
 * <h2>Forward pass (early dates)</h2>
 * In a topological order, each task not yet started gets the smallest {@code s} that satisfies all of:
 * <ul>
 *   <li>the plan start: no task starts before it. The plan start is the earliest of the start-no-earlier-than
 *       dates of the tasks not started and the actual starts; a plan with none of them is rejected, since nothing
 *       would tie it to the calendar. A task without links or dates thus starts on the plan start.</li>
 *   <li>its start-no-earlier-than date D: {@code s >= index(D)}, the first working day on or after D;</li>
 *   <li>each link from a predecessor with lag L (working days, negative for a lead), see {@link LinkType}:
 *       FS {@code s >= pred.e + L}, SS {@code s >= pred.s + L}, FF {@code e >= pred.e + L},
 *       SF {@code e >= pred.s + L}.</li>
 * </ul>
 * So a finish-to-start successor starts the working day after its predecessor's finish (an hour task: the next
 * working minute).
 *
 * <h2>Constraints</h2>
 * A task has at most one of MS Project's eight constraints ({@link ConstraintType}); start-no-earlier-than is the
 * date above. As in MS Project by default ("tasks will always honor their constraint dates"), a constraint wins over
 * the links: the forward pass then applies, after the rule above ({@link ConstraintBounds} has the day arithmetic),
 * FNET {@code e >= } the finish date, SNLT {@code s <= } the start date, FNLT {@code e <= } the finish date (capping
 * what the links gave), MSO {@code s = } the date and MFO {@code e = } the date (ignoring the links). The backward pass
 * caps the late dates likewise for SNLT and FNLT and fixes them for MSO and MFO, so the early and late dates of an MSO
 * or MFO task both sit on its date and a predecessor that cannot make it shows negative float. MSO, MFO and FNET
 * dates count toward the plan start as start-no-earlier-than dates do. An ALAP task is placed by a second forward
 * pass at its late start (or later, if its links say so), and its successors follow; its float is then 0.
 *
 * <h2>Progress</h2>
 * <ul>
 *   <li>In progress (actual start only): the start is the actual start, whatever the links and constraints say;
 *       the finish is {@code duration} working days on ({@code e = index(actualStart) + duration}). The late dates
 *       are computed as for any task, so such a task can be late, with negative float.</li>
 *   <li>Done (actual finish): the task shows its actual dates as given, ignores its links and constraints, and its
 *       late dates equal its actual dates with float 0. It is never critical: its work can no longer delay
 *       anything. Its successors plan from its actual dates; its predecessors owe it nothing, since it has
 *       already happened, so a done task does not tighten its predecessors' late dates.</li>
 * </ul>
 * In index terms a started task has {@code s = index(actualStart)}, a done one {@code e = index(actualFinish + 1
 * day)}, the working day after its finish (a done milestone: {@code e = index(actualFinish)}), so actual dates on a
 * non-working day (a worked weekend) count from the next working day.
 *
 * <h2>Backward pass (late dates)</h2>
 * The plan's end {@code E} is the largest {@code e} of all tasks. In reverse topological order, each task not done
 * gets the largest late {@code e} (late finish) that satisfies all of:
 * <ul>
 *   <li>{@code e <= E};</li>
 *   <li>its deadline, if any, with d the last working day on or before it: {@code e <= index(d) + 1}, so that the
 *       task finishes on d at the latest, and so does a milestone shown at a finish; a milestone shown at a start
 *       {@code e <= index(d)}, so that it shows d at the latest;</li>
 *   <li>each link to a successor not done, its rule read backwards against the successor's late dates.</li>
 * </ul>
 * Late start = late finish - duration. Total float = late start - early start, in working days: negative when a
 * deadline or an in-progress task cannot be honoured. A task not done is critical when its float is {@code <= 0}.
 *
 * <h2>Errors</h2>
 * {@link IllegalArgumentException} for duplicate ids or a plan without any date (negative durations and self-links
 * are refused by {@link ScheduleTask} and {@link SchedulePlan.Builder} already), {@link UnknownPredecessorException}
 * for a link to a task not in the plan, {@link DependencyCycleException} naming one cycle if the links loop: all but
 * the missing date when the {@link SchedulePlan} is built. An empty plan gives an empty schedule with null start and
 * finish.
 */
public final class Scheduler {

    public Schedule schedule(List<ScheduleTask> tasks, WorkCalendar calendar) {
        return schedule(tasks, calendar, null);
    }

    /**
     * @param statusDate null, or the date progress is reported to (MS Project's status date): work not started
     *                   starts after it, and an in-progress task's remaining duration runs from it if that finishes
     *                   later than its duration from its actual start
     */
    public Schedule schedule(List<ScheduleTask> tasks, WorkCalendar calendar, LocalDate statusDate) {
        Objects.requireNonNull(calendar, "calendar");
        return schedule(SchedulePlan.of(List.copyOf(tasks)), calendar, statusDate);
    }

    /**
     * The plan built once ({@link SchedulePlan}), scheduled: what a caller that reschedules the same plan pays each
     * time, without reading its task objects again.
     *
     * @param statusDate as for {@link #schedule(List, WorkCalendar, LocalDate)}
     */
    public Schedule schedule(SchedulePlan plan, WorkCalendar calendar, LocalDate statusDate) {
        Objects.requireNonNull(calendar, "calendar");
        if (plan.size() == 0) {
            return new Schedule(Map.of(), List.of(), null, null);
        }
        TaskGraph graph = plan.graph;
        TaskFacts facts = plan.facts;
        Timeline timeline = Timeline.of(plan, calendar);
        ForwardPass forward = new ForwardPass(calendar, graph, timeline, facts, statusDate);
        WorkingDaySpans early = forward.earlyDates(null);
        WorkingDaySpans late = BackwardPass.lateDates(calendar, graph, timeline, facts, early);
        if (facts.asLateAsPossible) {
            early = forward.earlyDates(late);
        }
        return new CriticalPath(graph, timeline, facts, early, late).toSchedule();
    }
}
