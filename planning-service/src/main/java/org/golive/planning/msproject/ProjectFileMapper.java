package org.golive.planning.msproject;

import net.sf.mpxj.ConstraintType;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectCalendar;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.ProjectProperties;
import net.sf.mpxj.Relation;
import net.sf.mpxj.Task;
import net.sf.mpxj.TaskMode;
import org.golive.platform.input.InputBounds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Maps what MPXJ read from an MSPDI file onto the neutral model; one instance per file. */
final class ProjectFileMapper {

    /** Ten years of round-the-clock days: any real task is far shorter, and the day count stays an int. */
    private static final int MAX_DURATION_DAYS = 3_650;
    private static final BigDecimal MAX_DURATION_MINUTES = BigDecimal.valueOf(MAX_DURATION_DAYS * 24L * 60);

    private final ProjectFile file;
    private final ProjectProperties properties;
    private final WorkingTime time;
    private final List<String> warnings = new ArrayList<>();
    private final ProjectCalendar calendar;

    ProjectFileMapper(ProjectFile file) {
        this.file = file;
        this.properties = file.getProjectProperties();
        this.time = WorkingTime.of(properties);
        this.calendar = defaultCalendar();
    }

    /** The project's default calendar alone, over the given range or the default one around the project dates. */
    ImportedCalendar mapCalendar(LocalDate calendarFrom, LocalDate calendarTo) {
        LocalDate start = date(properties.getStartDate());
        LocalDate finish = finishDate(properties.getStartDate(), properties.getFinishDate());
        LocalDate from = calendarFrom != null ? calendarFrom
                : (start != null ? start : LocalDate.now()).minusYears(1);
        LocalDate to = calendarTo != null ? calendarTo
                : (finish != null ? finish : from.plusYears(1)).plusYears(2);
        return CalendarImport.expand(calendar, from, to, warnings);
    }

    /**
     * @param calendarFrom first date of the calendar expansion, {@code null} for a year before the project start
     * @param calendarTo last date of the calendar expansion, {@code null} for two years after the project finish
     */
    ImportedPlan map(LocalDate calendarFrom, LocalDate calendarTo) {
        Task projectSummary = null;
        List<Task> tasks = new ArrayList<>();
        Map<Integer, String> skipped = new HashMap<>();
        for (Task task : file.getTasks()) {
            if (isProjectSummary(task)) {
                projectSummary = task;
                skipped.put(task.getUniqueID(), "the project summary task");
            } else if (task.getNull()) {
                skipped.put(task.getUniqueID(), "a blank row");
            } else if (task.getExternalTask()) {
                skipped.put(task.getUniqueID(), "a task of another project");
                warnings.add(describe(task) + " belongs to another project and is not imported");
            } else if (!task.getActive()) {
                skipped.put(task.getUniqueID(), "an inactive task");
                warnings.add(describe(task) + " is inactive in the file and is not imported");
            } else {
                tasks.add(task);
            }
        }
        if (tasks.isEmpty()) {
            throw new MspdiFormatException("the project has no tasks");
        }

        Outline outline = new Outline(tasks.stream().map(this::outlineLevel).toList());
        Map<Integer, Integer> indexByUid = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            indexByUid.put(tasks.get(i).getUniqueID(), i);
        }
        List<String> uids = tasks.stream().map(t -> String.valueOf(t.getUniqueID())).toList();
        List<String> names = tasks.stream().map(t -> Objects.toString(t.getName(), "")).toList();
        List<List<ImportedLink>> predecessors = new SummaryLinks(outline, uids, names)
                .expand(links(tasks, indexByUid, skipped), warnings);
        List<String> wbs = wbs(tasks, outline);

        List<ImportedTask> imported = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            imported.add(task(tasks.get(i), i, outline, uids, wbs.get(i), predecessors.get(i)));
        }

        LocalDate start = date(properties.getStartDate());
        if (start == null) {
            start = imported.stream().map(ImportedTask::start).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElseThrow();
        }
        LocalDate finish = finishDate(properties.getStartDate(), properties.getFinishDate());
        if (finish == null) {
            finish = imported.stream().map(ImportedTask::finish).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(start);
        }
        ImportedCalendar importedCalendar = CalendarImport.expand(calendar,
                calendarFrom != null ? calendarFrom : start.minusYears(1),
                calendarTo != null ? calendarTo : finish.plusYears(2), warnings);
        return new ImportedPlan(title(projectSummary), start, finish, importedCalendar, imported, warnings);
    }

    private ImportedTask task(Task task, int index, Outline outline, List<String> uids, String wbs,
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
        LocalDate finish = finishDate(task.getStart(), task.getFinish());
        if (finish == null) {
            finish = start;
            warnings.add(describe(task) + " has no finish date: its start is used");
        }
        int parent = outline.parent(index);
        return new ImportedTask(uids.get(index), wbs, Objects.toString(task.getName(), ""), outline.depth(index),
                parent < 0 ? null : uids.get(parent), summary, milestone, start, finish, time.days(duration),
                time.hours(duration), startNoEarlierThan(task, summary), date(task.getDeadline()),
                percentComplete(task), date(task.getActualStart()),
                finishDate(task.getActualStart(), task.getActualFinish()), predecessors,
                date(task.getBaselineStart()), finishDate(task.getBaselineStart(), task.getBaselineFinish()),
                notes(task));
    }

    private List<SummaryLinks.Link> links(List<Task> tasks, Map<Integer, Integer> indexByUid,
                                          Map<Integer, String> skipped) {
        List<SummaryLinks.Link> links = new ArrayList<>();
        for (int successor = 0; successor < tasks.size(); successor++) {
            Task task = tasks.get(successor);
            for (Relation relation : task.getPredecessors()) {
                Task predecessorTask = relation.getPredecessorTask();
                Integer predecessor = predecessorTask == null ? null : indexByUid.get(predecessorTask.getUniqueID());
                if (predecessor == null) {
                    String why = predecessorTask == null ? "an unknown task"
                            : skipped.getOrDefault(predecessorTask.getUniqueID(), "a task that is not imported");
                    warnings.add("the link to " + describe(task) + " from " + why + " is dropped");
                    continue;
                }
                String type = LinkTypes.of(relation.getType());
                int lag = time.lagDays(relation.getLag(), predecessorTask.getDuration());
                if (WorkingTime.isElapsed(relation.getLag())) {
                    warnings.add("the elapsed lag " + relation.getLag() + " of the link " + describe(predecessorTask)
                            + " " + type + " " + describe(task) + " is approximated as " + lag + " working day(s)");
                }
                links.add(new SummaryLinks.Link(predecessor, successor, type, lag));
            }
        }
        return links;
    }

    /** The file's WBS codes when every task has its own; otherwise outline numbers for all, never a mix. */
    private List<String> wbs(List<Task> tasks, Outline outline) {
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

    private int percentComplete(Task task) {
        Number percent = task.getPercentageComplete();
        return percent == null ? 0 : Math.max(0, Math.min(100, (int) Math.round(percent.doubleValue())));
    }

    private static String notes(Task task) {
        String notes = task.getNotes();
        return notes == null || notes.isBlank() ? null : notes.strip();
    }

    private String title(Task projectSummary) {
        for (String candidate : new String[]{properties.getProjectTitle(),
                projectSummary == null ? null : projectSummary.getName(), properties.getName()}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "Untitled project";
    }

    private ProjectCalendar defaultCalendar() {
        ProjectCalendar found = file.getDefaultCalendar();
        if (found != null) {
            return found;
        }
        warnings.add("the file names no project calendar: a standard Monday-to-Friday calendar is used");
        return file.getCalendars().addDefaultBaseCalendar();
    }

    private int outlineLevel(Task task) {
        Integer level = task.getOutlineLevel();
        if (level == null || level < 1) {
            warnings.add(describe(task) + " has no outline level: taken as a top-level task");
            return 1;
        }
        return level;
    }

    /** MS Project's project summary is UID 0; ProjectLibre writes it as the task at outline level 0. */
    private static boolean isProjectSummary(Task task) {
        return Integer.valueOf(0).equals(task.getUniqueID()) || Integer.valueOf(0).equals(task.getOutlineLevel());
    }

    private static LocalDate date(LocalDateTime dateTime) {
        return dateTime == null ? null : inBounds(dateTime.toLocalDate());
    }

    /** A file's dates go into the schedule's arithmetic: year 0 or 99999 is refused like it is in a request. */
    private static LocalDate inBounds(LocalDate date) {
        String problem = InputBounds.dateProblem(date);
        if (problem != null) {
            throw new MspdiFormatException("the file has a date that " + problem + " (" + date + ")");
        }
        return date;
    }

    /**
     * A finish at or before the first working minute of a working day means the work ended on the previous working
     * day (MS Project writes such finishes, e.g. 08:00 after an SF link); anything else keeps its date.
     */
    private LocalDate finishDate(LocalDateTime start, LocalDateTime finish) {
        if (finish == null) {
            return null;
        }
        LocalDate day = inBounds(finish.toLocalDate());
        if (start != null && finish.isAfter(start) && calendar.isWorkingDate(day)) {
            LocalTime firstWorkingMinute = calendar.getStartTime(day);
            if (firstWorkingMinute != null && !finish.toLocalTime().isAfter(firstWorkingMinute)) {
                LocalDateTime previous = calendar.getPreviousWorkFinish(finish);
                if (previous != null && !previous.isBefore(start)) {
                    return previous.toLocalDate();
                }
            }
        }
        return day;
    }

    private static String describe(Task task) {
        return "task UID " + task.getUniqueID() + " '" + Objects.toString(task.getName(), "") + "'";
    }
}
