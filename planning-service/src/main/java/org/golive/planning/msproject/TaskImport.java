package org.golive.planning.msproject;

import net.sf.mpxj.ConstraintType;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectProperties;
import net.sf.mpxj.Task;
import net.sf.mpxj.TaskMode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.golive.planning.msproject.ImportDates.date;

/** One MPXJ task as an {@link ImportedTask}: its WBS code, duration, dates, constraint, progress and notes. */
final class TaskImport {

    /** Ten years of round-the-clock days: any real task is far shorter, and the day count stays an int. */
    private static final int MAX_DURATION_DAYS = 3_650;
    private static final BigDecimal MAX_DURATION_MINUTES = BigDecimal.valueOf(MAX_DURATION_DAYS * 24L * 60);

    private final ProjectProperties properties;
    private final WorkingTime time;
    private final ImportDates dates;
    private final List<String> warnings;

    TaskImport(ProjectProperties properties, WorkingTime time, ImportDates dates, List<String> warnings) {
        this.properties = properties;
        this.time = time;
        this.dates = dates;
        this.warnings = warnings;
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
        int parent = outline.parent(index);
        return new ImportedTask(uids.get(index), wbs, Objects.toString(task.getName(), ""), outline.depth(index),
                parent < 0 ? null : uids.get(parent), summary, milestone, start, finish, time.days(duration),
                time.hours(duration), startNoEarlierThan(task, summary), date(task.getDeadline()),
                percentComplete(task), date(task.getActualStart()),
                dates.finishDate(task.getActualStart(), task.getActualFinish()), predecessors,
                date(task.getBaselineStart()), dates.finishDate(task.getBaselineStart(), task.getBaselineFinish()),
                notes(task));
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

    private LocalDate startNoEarlierThan(Task task, boolean summary) {
        ConstraintType type = task.getConstraintType();
        LocalDate date = date(task.getConstraintDate());
        if (type == null || type == ConstraintType.AS_SOON_AS_POSSIBLE) {
            // MS Project does not move a manually scheduled task: keep it where it is.
            boolean manual = task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED;
            return manual && !summary ? date(task.getStart()) : null;
        }
        switch (type) {
            case START_NO_EARLIER_THAN, MUST_START_ON, START_ON -> {
                if (date == null) {
                    warnings.add(describe(task) + " has a " + type + " constraint without a date: ignored");
                }
                return date;
            }
            case AS_LATE_AS_POSSIBLE -> warnings.add(describe(task)
                    + " is scheduled as late as possible in the file: imported as soon as possible");
            default -> warnings.add(describe(task) + " has a " + type + " constraint"
                    + (date == null ? "" : " on " + date) + ", which is not imported");
        }
        return null;
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
