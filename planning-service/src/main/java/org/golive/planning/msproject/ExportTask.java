package org.golive.planning.msproject;

import org.golive.planning.schedule.Constraint;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A task to export. A task followed by tasks of a greater {@code outlineLevel} (starting at 1) is written as their
 * summary task. {@code id} is the caller's own identifier, referenced by {@link ExportLink#predecessorId()}.
 *
 * @param constraint the task's constraint, {@code null} when it has none of its own (ASAP)
 * @param deadline the date it should finish by, {@code null} for none
 * @param slack the schedule's float and critical flag, {@code null} when not known (not written then)
 * @param assignments who works on the task, written as resources and assignments
 * @param duration the duration in MS Project's notation ({@code 4h}, {@code 2ed}) when it is not whole working days,
 *        else {@code null} ({@code durationDays} holds it)
 * @param calendar the task's own calendar ({@value org.golive.planning.plan.PlanCalendars#AROUND_THE_CLOCK}), or
 *        {@code null} for the site's
 * @param startTime the moment an hour-level task starts, {@code null} for a day-level one (08:00 on its start day)
 * @param finishTime the moment an hour-level task finishes, {@code null} for a day-level one (17:00)
 */
public record ExportTask(String id, String wbs, String name, int outlineLevel, boolean milestone, LocalDate start,
                         LocalDate finish, int durationDays, int percentComplete, LocalDate actualStart,
                         LocalDate actualFinish, List<ExportLink> predecessors, LocalDate baselineStart,
                         LocalDate baselineFinish, String notes, Constraint constraint, LocalDate deadline,
                         Slack slack, List<Assignment> assignments, String duration, String calendar,
                         LocalDateTime startTime, LocalDateTime finishTime) {

    /** Float in working days, as the schedule engine computed it; {@code freeDays} null when not computed. */
    public record Slack(boolean critical, int totalDays, Integer freeDays) {
    }

    /** A party's part in a task: {@code role} is the RACI role's name (Responsible, Accountable, ...). */
    public record Assignment(String party, String role) {

        public Assignment {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(role, "role");
        }
    }

    public ExportTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(finish, "finish");
        predecessors = List.copyOf(predecessors);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    /** A day-level task on the site's calendar. */
    public ExportTask(String id, String wbs, String name, int outlineLevel, boolean milestone, LocalDate start,
                      LocalDate finish, int durationDays, int percentComplete, LocalDate actualStart,
                      LocalDate actualFinish, List<ExportLink> predecessors, LocalDate baselineStart,
                      LocalDate baselineFinish, String notes, Constraint constraint, LocalDate deadline,
                      Slack slack, List<Assignment> assignments) {
        this(id, wbs, name, outlineLevel, milestone, start, finish, durationDays, percentComplete, actualStart,
                actualFinish, predecessors, baselineStart, baselineFinish, notes, constraint, deadline, slack,
                assignments, null, null, null, null);
    }

    /** A task without constraint, schedule figures or assignments. */
    public ExportTask(String id, String wbs, String name, int outlineLevel, boolean milestone, LocalDate start,
                      LocalDate finish, int durationDays, int percentComplete, LocalDate actualStart,
                      LocalDate actualFinish, List<ExportLink> predecessors, LocalDate baselineStart,
                      LocalDate baselineFinish, String notes) {
        this(id, wbs, name, outlineLevel, milestone, start, finish, durationDays, percentComplete, actualStart,
                actualFinish, predecessors, baselineStart, baselineFinish, notes, null, null, null, List.of());
    }
}
