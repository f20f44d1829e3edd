package org.golive.planning.msproject;

import net.sf.mpxj.ConstraintType;
import org.golive.planning.schedule.Constraint;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectCalendar;
import net.sf.mpxj.ProjectProperties;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.Task;
import net.sf.mpxj.TaskMode;
import net.sf.mpxj.TimeUnit;
import org.golive.planning.plan.PlanCalendars;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.golive.planning.msproject.ImportDates.date;

/** One MPXJ task as an {@link ImportedTask}: its WBS code, duration, dates, constraint, progress and notes. */
final class TaskImport {

    /** MS Project's name for its base calendar that works every minute of every day. */
    static final String AROUND_THE_CLOCK_IN_FILES = "24 Hours";
    /** Ten years of round-the-clock days: any real task is far shorter, and the day count stays an int. */
    private static final int MAX_DURATION_DAYS = 3_650;
    private static final BigDecimal MAX_DURATION_MINUTES = BigDecimal.valueOf(MAX_DURATION_DAYS * 24L * 60);

    private final ProjectProperties properties;
    private final WorkingTime time;
    private final ImportDates dates;
    private final List<String> warnings;
    private final FileCalendars calendars;

    TaskImport(ProjectProperties properties, WorkingTime time, ImportDates dates, List<String> warnings,
               FileCalendars calendars) {
        this.properties = properties;
        this.time = time;
        this.dates = dates;
        this.warnings = warnings;
        this.calendars = calendars;
    }

    ImportedTask task(Task task, int index, Outline outline, List<String> uids, String wbs,
                      List<ImportedLink> predecessors) {
        boolean summary = outline.isSummary(index);
        Duration duration = task.getDuration();
        if (duration == null) {
            warnings.add(describe(task) + " has no duration: imported as 0 days");
        }
        BigDecimal minutes = time.minutes(duration);
        if (minutes.signum() < 0 || minutes.compareTo(MAX_DURATION_MINUTES) > 0) {
            throw new MspdiFormatException(describe(task) + " has a duration below zero or beyond "
                    + MAX_DURATION_DAYS + " days");
        }
        boolean milestone = !summary && (task.getMilestone() || minutes.signum() == 0);
        LocalDate start = date(task.getStart());
        if (start == null) {
            start = date(properties.getStartDate());
            if (start == null) {
                throw new MspdiFormatException(describe(task) + " has no start date (or an unreadable one), "
                        + "and neither has the project");
            }
            warnings.add(describe(task) + " has no start date: the project start is used");
        }
        LocalDate finish = dates.finishDate(task.getStart(), task.getFinish());
        if (finish == null) {
            finish = start;
            warnings.add(describe(task) + " has no finish date: its start is used");
        }
        Duration span = resourceDrivenSpan(task, summary, milestone, duration, finish);
        if (span != null) {
            duration = span;
        }
        int parent = outline.parent(index);
        String calendar = summary ? null : calendar(task);
        return new ImportedTask(uids.get(index), wbs, Objects.toString(task.getName(), ""), outline.depth(index),
                parent < 0 ? null : uids.get(parent), summary, milestone, start, finish, time.days(duration),
                time.hours(duration), startNoEarlierThan(task, summary), date(task.getDeadline()),
                percentComplete(task), date(task.getActualStart()),
                dates.finishDate(task.getActualStart(), task.getActualFinish()), predecessors,
                date(task.getBaselineStart()), dates.finishDate(task.getBaselineStart(), task.getBaselineFinish()),
                notes(task), constraint(task, summary), summary || milestone ? null
                        : FileDurations.notation(duration, time, calendar == null), calendar, span != null);
    }

    /**
     * The task's own calendar: {@value PlanCalendars#AROUND_THE_CLOCK} for a 24-hour one (MS Project's base calendar
     * "24 Hours", or Golive's), else the name of the file calendar kept as a site calendar ({@link FileCalendars});
     * the project's calendar is the site's (null); any other task calendar is not kept, and the warnings say so.
     */
    private String calendar(Task task) {
        ProjectCalendar own = task.getCalendar();
        if (own == null) {
            return null;
        }
        String name = Objects.toString(own.getName(), "").strip();
        if (name.equalsIgnoreCase(AROUND_THE_CLOCK_IN_FILES) || name.equals(PlanCalendars.AROUND_THE_CLOCK)) {
            return PlanCalendars.AROUND_THE_CLOCK;
        }
        String kept = calendars.nameOf(own);
        if (kept != null) {
            return kept;
        }
        if (own == task.getParentFile().getDefaultCalendar()) {
            return null;
        }
        warnings.add(describe(task) + " has its own calendar '" + name + "': scheduled on the site's calendar ("
                + "that calendar is not kept, see the calendar's warning)");
        return null;
    }

    /**
     * The working time from the file's Start to its Finish, when those dates come from the task's resource assignments
     * rather than from its Duration: the span differs from the Duration by a working day or more, and the Finish is
     * that of an assignment whose work at its units lasts that span (less than a day apart). MS Project (or the tool
     * that wrote the file) scheduled such a task by the assignments' work and units; the plan schedules it so too
     * when it can import them, else keeps this span ({@link FileBlueprint}, which says which in the warnings). Null
     * for any other task.
     */
    private Duration resourceDrivenSpan(Task task, boolean summary, boolean milestone, Duration duration,
                                        LocalDate finish) {
        if (summary || milestone || task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED || task.getStart() == null
                || task.getFinish() == null || duration == null) {
            return null;
        }
        Duration span = task.getEffectiveCalendar().getWork(task.getStart(), task.getFinish(), TimeUnit.MINUTES);
        if (span == null || !apart(time.minutes(span), time.minutes(duration))) {
            return null; // less than a day apart: the rounding of a day count, not another schedule
        }
        List<String> drivers = task.getResourceAssignments().stream()
                .filter(a -> a.getResource() != null && task.getFinish().equals(a.getFinish()))
                .filter(a -> lasts(a, time.minutes(span)))
                .map(a -> Objects.toString(a.getResource().getName(), "?")).distinct().toList();
        if (drivers.isEmpty()) {
            return null;
        }
        warnings.add(describe(task) + ": its dates come from its resource assignment (" + String.join(", ", drivers)
                + "), not from its Duration of " + time.days(duration) + " days: " + time.days(span)
                + " working days ending " + finish);
        return span;
    }

    /** Whether the assignment's work at its units (a percentage) takes {@code minutes}, less than a day apart. */
    private boolean lasts(ResourceAssignment assignment, BigDecimal minutes) {
        Number units = assignment.getUnits();
        if (assignment.getWork() == null || units == null || units.doubleValue() <= 0) {
            return false;
        }
        BigDecimal atUnits = time.minutes(assignment.getWork()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(units.doubleValue()), 2, RoundingMode.HALF_UP);
        return !apart(atUnits, minutes);
    }

    /** Whether two amounts of working minutes lie a working day or more apart. */
    private boolean apart(BigDecimal minutes, BigDecimal otherMinutes) {
        BigDecimal oneDay = time.minutes(Duration.getInstance(1, TimeUnit.DAYS));
        return minutes.subtract(otherMinutes).abs().compareTo(oneDay) >= 0;
    }

    /** The file's WBS codes when every task has its own; otherwise outline numbers for all, never a mix. */
    List<String> wbs(List<Task> tasks, Outline outline) {
        Set<String> seen = new HashSet<>();
        boolean usable = true;
        for (Task task : tasks) {
            String code = task.getWBS();
            if (code == null || code.isBlank() || !seen.add(code.strip())) {
                usable = false;
                break;
            }
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            codes.add(usable ? tasks.get(i).getWBS().strip() : outline.number(i));
        }
        if (!usable) {
            warnings.add("the file's WBS codes are missing or repeated: outline numbers are used as WBS codes");
        }
        return codes;
    }

    /**
     * The date of a start-no-earlier-than constraint, or for a manually scheduled task its start: MS Project does not
     * move it, whatever its constraint, so it is pinned there.
     */
    private LocalDate startNoEarlierThan(Task task, boolean summary) {
        ConstraintType type = task.getConstraintType();
        if (task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED && !summary
                && type != ConstraintType.START_NO_EARLIER_THAN) {
            return date(task.getStart());
        }
        if (type != ConstraintType.START_NO_EARLIER_THAN) {
            return null;
        }
        LocalDate date = date(task.getConstraintDate());
        if (date == null) {
            warnings.add(describe(task) + " has a " + type + " constraint without a date: ignored");
        }
        return date;
    }

    /** Any other constraint of an automatically scheduled task, as the engine knows it; null for ASAP and SNET. */
    private Constraint constraint(Task task, boolean summary) {
        ConstraintType type = task.getConstraintType();
        if (type == null || (task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED && !summary)) {
            return null;
        }
        org.golive.planning.schedule.ConstraintType engineType = switch (type) {
            case AS_SOON_AS_POSSIBLE, START_NO_EARLIER_THAN -> null;
            case AS_LATE_AS_POSSIBLE -> org.golive.planning.schedule.ConstraintType.ALAP;
            case MUST_START_ON, START_ON -> org.golive.planning.schedule.ConstraintType.MSO;
            case MUST_FINISH_ON, FINISH_ON -> org.golive.planning.schedule.ConstraintType.MFO;
            case START_NO_LATER_THAN -> org.golive.planning.schedule.ConstraintType.SNLT;
            case FINISH_NO_EARLIER_THAN -> org.golive.planning.schedule.ConstraintType.FNET;
            case FINISH_NO_LATER_THAN -> org.golive.planning.schedule.ConstraintType.FNLT;
        };
        if (engineType == null || !engineType.dated()) {
            return engineType == null ? null : Constraint.ALAP;
        }
        LocalDate date = date(task.getConstraintDate());
        if (date == null) {
            warnings.add(describe(task) + " has a " + type + " constraint without a date: ignored");
            return null;
        }
        return Constraint.of(engineType, date);
    }

    private static int percentComplete(Task task) {
        Number percent = task.getPercentageComplete();
        return percent == null ? 0 : Math.max(0, Math.min(100, (int) Math.round(percent.doubleValue())));
    }

    private static String notes(Task task) {
        String notes = task.getNotes();
        return notes == null || notes.isBlank() ? null : notes.strip();
    }

    /** How warnings and errors name a task of the file. */
    static String describe(Task task) {
        return "task UID " + task.getUniqueID() + " '" + Objects.toString(task.getName(), "") + "'";
    }
}
