package org.golive.planning.msproject;

import net.sf.mpxj.ConstraintType;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectCalendar;
import net.sf.mpxj.Task;
import net.sf.mpxj.TimeUnit;
import org.golive.planning.schedule.Constraint;
import org.golive.planning.schedule.ScheduleDuration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.golive.planning.msproject.MspdiWriter.DAY_FINISH;
import static org.golive.planning.msproject.MspdiWriter.DAY_START;

/**
 * One exported task's fields on an MPXJ task: dates, duration, progress, baseline, constraint, deadline, and the
 * critical flag and slack the schedule engine computed (MS Project would otherwise show every task non-critical with
 * no slack until it reschedules).
 */
final class TaskFields {

    private final ImportedCalendar calendar;
    private final LocalDate projectStart;
    /** The file's calendars, for the tasks that work on one of their own. */
    private final ExportCalendars calendars;

    TaskFields(ImportedCalendar calendar, LocalDate projectStart, ExportCalendars calendars) {
        this.calendar = calendar;
        this.projectStart = projectStart;
        this.calendars = calendars;
    }

    void fill(Task task, ExportTask source, boolean summary) {
        task.setName(source.name());
        if (source.wbs() != null && !source.wbs().isBlank()) {
            task.setWBS(source.wbs());
        }
        task.setSummary(summary);
        boolean milestone = source.milestone() && !summary;
        task.setMilestone(milestone);
        ProjectCalendar own = summary ? null : calendars.of(source.calendar());
        if (own != null) {
            task.setCalendar(own);
        }
        if (milestone) {
            LocalDateTime at = source.finishTime() != null ? source.finishTime()
                    : LocalDateTime.of(source.finish(), DAY_FINISH);
            task.setStart(at);
            task.setFinish(at);
            task.setDuration(Duration.getInstance(0, TimeUnit.DAYS));
        } else {
            task.setStart(source.startTime() != null ? source.startTime() : LocalDateTime.of(source.start(), DAY_START));
            task.setFinish(source.finishTime() != null ? source.finishTime()
                    : LocalDateTime.of(source.finish(), DAY_FINISH));
            task.setDuration(duration(source));
        }
        progress(task, source, summary, milestone);
        baseline(task, source, milestone);
        if (source.notes() != null && !source.notes().isBlank()) {
            task.setNotes(source.notes());
        }
        if (source.deadline() != null) {
            task.setDeadline(LocalDateTime.of(source.deadline(), DAY_FINISH));
        }
        if (!summary) {
            constraint(task, source);
            slack(task, source.slack());
        }
    }

    private void progress(Task task, ExportTask source, boolean summary, boolean milestone) {
        int percent = Math.max(0, Math.min(100, source.percentComplete()));
        task.setPercentageComplete(percent);
        if (!summary) {
            // MS Project derives % complete from actual and remaining duration: keep the three consistent.
            Duration total = milestone ? Duration.getInstance(0, TimeUnit.DAYS) : duration(source);
            double done = total.getDuration() * percent / 100.0;
            task.setActualDuration(Duration.getInstance(done, total.getUnits()));
            task.setRemainingDuration(Duration.getInstance(total.getDuration() - done, total.getUnits()));
        }
        task.setActualStart(at(source.actualStart(), DAY_START));
        task.setActualFinish(at(source.actualFinish(), DAY_FINISH));
    }

    /**
     * The task's duration in the file: its notation's unit, or whole days. A file's day is the site's working day, so
     * whole days on a calendar with other hours (24 a day around the clock) are written as that calendar's hours, as
     * the engine counts them.
     */
    private Duration duration(ExportTask source) {
        if (source.duration() != null) {
            return FileDurations.toFile(ScheduleDuration.parse(source.duration()));
        }
        int minutesPerDay = calendars.minutesPerDay(source.calendar());
        if (minutesPerDay != calendars.siteMinutesPerDay()) {
            return Duration.getInstance(source.durationDays() * minutesPerDay / 60.0, TimeUnit.HOURS);
        }
        return Duration.getInstance(source.durationDays(), TimeUnit.DAYS);
    }

    private void baseline(Task task, ExportTask source, boolean milestone) {
        task.setBaselineStart(at(source.baselineStart(), milestone ? DAY_FINISH : DAY_START));
        task.setBaselineFinish(at(source.baselineFinish(), DAY_FINISH));
        if (source.baselineStart() != null && source.baselineFinish() != null) {
            int days = milestone ? 0 : workingDays(source.baselineStart(), source.baselineFinish());
            task.setBaselineDuration(Duration.getInstance(days, TimeUnit.DAYS));
        }
    }

    /**
     * The task's own constraint; a leaf task without one and without predecessors that starts after the project gets
     * start-no-earlier-than its start, otherwise MS Project would pull it back to the project start.
     */
    private void constraint(Task task, ExportTask source) {
        Constraint constraint = source.constraint();
        if (constraint == null || constraint.type() == org.golive.planning.schedule.ConstraintType.ASAP) {
            if (source.predecessors().isEmpty() && source.start().isAfter(projectStart)) {
                task.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
                task.setConstraintDate(task.getStart());
            }
            return;
        }
        task.setConstraintType(switch (constraint.type()) {
            case ASAP -> ConstraintType.AS_SOON_AS_POSSIBLE;
            case ALAP -> ConstraintType.AS_LATE_AS_POSSIBLE;
            case SNET -> ConstraintType.START_NO_EARLIER_THAN;
            case SNLT -> ConstraintType.START_NO_LATER_THAN;
            case FNET -> ConstraintType.FINISH_NO_EARLIER_THAN;
            case FNLT -> ConstraintType.FINISH_NO_LATER_THAN;
            case MSO -> ConstraintType.MUST_START_ON;
            case MFO -> ConstraintType.MUST_FINISH_ON;
        });
        if (constraint.date() != null) {
            boolean finishes = switch (constraint.type()) {
                case FNET, FNLT, MFO -> true;
                default -> false;
            };
            task.setConstraintDate(LocalDateTime.of(constraint.date(), finishes ? DAY_FINISH : DAY_START));
        }
    }

    /** Slack in working days; MPXJ writes it as MSPDI's tenths of minutes on the file's 480-minute day. */
    private static void slack(Task task, ExportTask.Slack slack) {
        if (slack == null) {
            return;
        }
        task.setCritical(slack.critical());
        task.setTotalSlack(Duration.getInstance(slack.totalDays(), TimeUnit.DAYS));
        if (slack.freeDays() != null) {
            task.setFreeSlack(Duration.getInstance(slack.freeDays(), TimeUnit.DAYS));
        }
    }

    private int workingDays(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (calendar.isWorkingDay(date)) {
                days++;
            }
        }
        return days;
    }

    private static LocalDateTime at(LocalDate date, LocalTime time) {
        return date == null ? null : LocalDateTime.of(date, time);
    }
}
