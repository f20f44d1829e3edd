package org.golive.planning.msproject;

import org.golive.planning.plan.Baseline;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.Raci;
import org.golive.planning.plan.ScheduledDates;
import org.golive.planning.plan.SitePlan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A site plan in the shape the MSPDI and CSV writers take: each phase becomes a summary task over its tasks, in the
 * order phases first appear; baseline dates come from the latest baseline; constraints, the critical flag and float
 * come from the schedule engine, and the RACI becomes resources and assignments.
 */
public final class PlanExport {

    private PlanExport() {
    }

    public static PlanForExport of(String title, SitePlan plan, LocalDate goLive) {
        Map<String, List<PlanTask>> byPhase = new LinkedHashMap<>();
        plan.tasks().forEach(task -> byPhase.computeIfAbsent(
                task.definition().phase() == null ? "" : task.definition().phase(), k -> new ArrayList<>()).add(task));
        Optional<Baseline> baseline = plan.latestBaseline();
        Map<String, String> names = new HashMap<>();
        plan.phases().forEach(p -> names.put(p.key(), p.name()));
        List<ExportTask> tasks = new ArrayList<>();
        byPhase.forEach((phase, members) -> {
            int level = 1;
            if (!phase.isEmpty()) {
                LocalDate start = members.stream().map(t -> t.scheduled().start()).min(LocalDate::compareTo).orElseThrow();
                LocalDate finish = members.stream().map(t -> t.scheduled().finish()).max(LocalDate::compareTo)
                        .orElseThrow();
                tasks.add(new ExportTask("phase-" + phase, null, names.getOrDefault(phase, phase), 1, false, start,
                        finish, 0, 0, null, null, List.of(), null, null, null));
                level = 2;
            }
            for (PlanTask task : members) {
                tasks.add(task(task, level, baseline, goLive, plan.calendar().workingTimes() != null));
            }
        });
        return new PlanForExport(title, calendar("Site calendar", plan.calendar(), goLive), tasks, goLive,
                plan.namedCalendars().stream().map(named -> calendar(named.name(), named.calendar(), goLive)).toList(),
                plan.statusDate());
    }

    /** A calendar with its own working hours; the go-live day is worked on every calendar of the site. */
    private static ImportedCalendar calendar(String name, PlanCalendar calendar, LocalDate goLive) {
        return new ImportedCalendar(name, calendar.workingWeekdays(), new TreeSet<>(calendar.holidays()),
                new TreeSet<>(withGoLive(calendar.extraWorkingDays(), goLive)), calendar.workingTimes(),
                calendar.weekdayWorkingTimes(), new TreeMap<>(calendar.dateWorkingTimes()));
    }

    /** The plan's tasks alone, for a flat CSV export. */
    public static List<ExportTask> tasks(SitePlan plan) {
        Optional<Baseline> baseline = plan.latestBaseline();
        return plan.tasks().stream().map(task -> task(task, 1, baseline, null, false)).toList();
    }

    /**
     * {@code goLive} null leaves the constraint out (the CSV has no column for it); {@code ownHours}: the site's
     * calendar is not on the standard day, so every task carries the engine's times.
     */
    private static ExportTask task(PlanTask task, int level, Optional<Baseline> baseline, LocalDate goLive,
                                   boolean ownHours) {
        Optional<Baseline.TaskDates> planned = baseline.flatMap(b -> b.tasks().stream()
                .filter(t -> t.taskId().equals(task.id())).findFirst());
        ScheduledDates scheduled = task.scheduled();
        // Day-level tasks keep MS Project's 08:00-17:00 days; hour-level ones (and 24-hour ones) their own times.
        boolean hourLevel = ownHours || task.definition().duration() != null || task.definition().calendar() != null;
        return new ExportTask(task.id(), task.definition().wbs(), task.definition().title(), level, task.milestone(),
                scheduled.start(), scheduled.finish(), task.definition().durationDays(),
                task.percentComplete(), task.actualStart(), task.actualFinish(),
                task.definition().dependencies().stream()
                        .map(d -> new ExportLink(d.taskId(), d.type().name(), d.lagDays(), d.lag())).toList(),
                planned.map(Baseline.TaskDates::start).orElse(null),
                planned.map(Baseline.TaskDates::finish).orElse(null), null,
                goLive == null ? null : task.definition().constraint(goLive),
                goLive == null ? null : task.definition().deadline(goLive),
                new ExportTask.Slack(scheduled.critical(), scheduled.totalFloat(), scheduled.freeFloat()),
                task.definition().raci().assignments().stream().map(cell -> new ExportTask.Assignment(cell.party(),
                        roleName(cell.role()))).toList(), task.definition().duration(), task.definition().calendar(),
                hourLevel ? scheduled.startTime() : null, hourLevel ? scheduled.finishTime() : null);
    }

    private static String roleName(Raci.Role role) {
        String name = role.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static List<LocalDate> withGoLive(List<LocalDate> extra, LocalDate goLive) {
        List<LocalDate> days = new ArrayList<>(extra);
        days.add(goLive);
        return days;
    }
}
