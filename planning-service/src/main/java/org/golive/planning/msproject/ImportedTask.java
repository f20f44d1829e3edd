package org.golive.planning.msproject;

import org.golive.planning.schedule.Constraint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One task of an imported plan.
 *
 * @param uid the task's unique id in the file
 * @param wbs the file's WBS code, or the outline number ("1.2.3") when the file's codes are missing or repeated
 * @param outlineLevel 1 at the top (the project summary task is not counted), counted from the hierarchy
 * @param parentUid the enclosing summary task, {@code null} at the top level
 * @param summary whether later tasks sit under it (inferred from outline levels, whatever the file's flag says)
 * @param milestone flagged as a milestone in the file, or a non-summary task of zero duration
 * @param durationDays the duration in working days, rounded half away from zero
 * @param durationHours the same duration in working hours, two decimals
 * @param constraintStartNoEarlierThan the date of a start-no-earlier-than constraint; for a manually scheduled task,
 *        its start (MS Project does not move it)
 * @param predecessors this task's predecessor links; links to or from summary tasks are expanded onto leaf tasks
 * @param baselineStart baseline 0
 * @param notes plain text, {@code null} when blank
 * @param constraint the file's constraint when it is neither ASAP nor SNET (nor on a manually scheduled task), else
 *        {@code null}
 * @param duration the duration in MS Project's notation ({@code 4h}, {@code 90m}, {@code 2ed}) when it is not whole
 *        working days, else {@code null} ({@code durationDays} then holds it)
 * @param calendar {@value org.golive.planning.plan.PlanCalendars#AROUND_THE_CLOCK} for a task on a 24-hour calendar,
 *        the name of one of the file's calendars kept as a site calendar ({@link ImportedPlan#calendars()}), else
 *        {@code null} (the site's)
 * @param resourceDriven its dates come from its resource assignments, not from its Duration (MS Project scheduled it
 *        by their work and units): {@code durationDays} then holds the span the file shows, which the plan keeps when
 *        the assignments cannot schedule it ({@link FileBlueprint})
 */
public record ImportedTask(String uid, String wbs, String name, int outlineLevel, String parentUid, boolean summary,
                           boolean milestone, LocalDate start, LocalDate finish, int durationDays,
                           BigDecimal durationHours, LocalDate constraintStartNoEarlierThan, LocalDate deadline,
                           int percentComplete, LocalDate actualStart, LocalDate actualFinish,
                           List<ImportedLink> predecessors, LocalDate baselineStart, LocalDate baselineFinish,
                           String notes, Constraint constraint, String duration, String calendar,
                           boolean resourceDriven) {

    public ImportedTask {
        predecessors = List.copyOf(predecessors);
    }

    /** The same task on another calendar (null: the site's). */
    public ImportedTask onCalendar(String newCalendar) {
        return new ImportedTask(uid, wbs, name, outlineLevel, parentUid, summary, milestone, start, finish,
                durationDays, durationHours, constraintStartNoEarlierThan, deadline, percentComplete, actualStart,
                actualFinish, predecessors, baselineStart, baselineFinish, notes, constraint, duration, newCalendar,
                resourceDriven);
    }

    /** A task of whole working days on the site's calendar. */
    public ImportedTask(String uid, String wbs, String name, int outlineLevel, String parentUid, boolean summary,
                        boolean milestone, LocalDate start, LocalDate finish, int durationDays,
                        BigDecimal durationHours, LocalDate constraintStartNoEarlierThan, LocalDate deadline,
                        int percentComplete, LocalDate actualStart, LocalDate actualFinish,
                        List<ImportedLink> predecessors, LocalDate baselineStart, LocalDate baselineFinish,
                        String notes, Constraint constraint) {
        this(uid, wbs, name, outlineLevel, parentUid, summary, milestone, start, finish, durationDays, durationHours,
                constraintStartNoEarlierThan, deadline, percentComplete, actualStart, actualFinish, predecessors,
                baselineStart, baselineFinish, notes, constraint, null, null, false);
    }
}
