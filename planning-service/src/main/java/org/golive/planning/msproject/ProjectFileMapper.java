package org.golive.planning.msproject;

import net.sf.mpxj.ProjectCalendar;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.ProjectProperties;
import net.sf.mpxj.Task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.golive.planning.msproject.ImportDates.date;
import static org.golive.planning.msproject.TaskImport.describe;

/**
 * Maps what MPXJ read from an MSPDI file onto the neutral model; one instance per file. It picks the tasks to import
 * and the project's dates, title and calendar, and leaves each task to {@link TaskImport} and the links to
 * {@link LinkImport} and {@link SummaryLinks}.
 */
final class ProjectFileMapper {

    private final ProjectFile file;
    private final ProjectProperties properties;
    private final List<String> warnings = new ArrayList<>();
    private final ProjectCalendar calendar;
    private final ImportDates dates;
    private final TaskImport taskImport;
    private final LinkImport linkImport;
    private final FileCalendars calendars;
    private final WorkingTime time;

    ProjectFileMapper(ProjectFile file) {
        this.file = file;
        this.properties = file.getProjectProperties();
        this.time = WorkingTime.of(properties);
        this.calendar = defaultCalendar();
        this.dates = new ImportDates(calendar);
        this.calendars = FileCalendars.of(file, calendar, warnings);
        this.taskImport = new TaskImport(properties, time, dates, warnings, calendars);
        this.linkImport = new LinkImport(time, warnings);
    }

    /**
     * One calendar of the file alone ({@code name} null: the project's default), over the given range or the default
     * one around the project dates.
     *
     * @throws MspdiFormatException when the file holds no calendar of that name
     */
    ImportedCalendar mapCalendar(String name, LocalDate calendarFrom, LocalDate calendarTo) {
        ProjectCalendar chosen = calendar;
        if (name != null && !name.isBlank()) {
            chosen = file.getCalendars().stream().filter(c -> name.strip().equalsIgnoreCase(c.getName()))
                    .findFirst().orElseThrow(() -> new MspdiFormatException("the file has no calendar named '"
                            + name.strip() + "'; it has " + file.getCalendars().stream()
                            .map(c -> "'" + c.getName() + "'").toList()));
        }
        LocalDate start = date(properties.getStartDate());
        LocalDate finish = dates.finishDate(properties.getStartDate(), properties.getFinishDate());
        LocalDate from = calendarFrom != null ? calendarFrom
                : (start != null ? start : LocalDate.now()).minusYears(1);
        LocalDate to = calendarTo != null ? calendarTo
                : (finish != null ? finish : from.plusYears(1)).plusYears(2);
        return CalendarImport.expand(chosen, from, to, warnings);
    }

    /** What the reader could not carry over faithfully, so far. */
    List<String> warnings() {
        return List.copyOf(warnings);
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
            long exceptions = file.getCalendars().stream().mapToLong(c -> c.getCalendarExceptions().size()).sum();
            throw new MspdiFormatException(exceptions == 0 ? "the project has no tasks"
                    : "the project has no tasks, only calendars (" + exceptions + " exception(s)): a calendar alone "
                    + "cannot be imported as a plan; import it into a site's calendar (…/plan/calendars/{name}/import)");
        }

        Outline outline = new Outline(tasks.stream().map(this::outlineLevel).toList());
        Map<Integer, Integer> indexByUid = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            indexByUid.put(tasks.get(i).getUniqueID(), i);
        }
        List<String> uids = tasks.stream().map(t -> String.valueOf(t.getUniqueID())).toList();
        List<String> names = tasks.stream().map(t -> Objects.toString(t.getName(), "")).toList();
        List<List<ImportedLink>> predecessors = new SummaryLinks(outline, uids, names)
                .expand(linkImport.links(tasks, indexByUid, skipped), warnings);
        List<String> wbs = taskImport.wbs(tasks, outline);

        List<ImportedTask> imported = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            imported.add(taskImport.task(tasks.get(i), i, outline, uids, wbs.get(i), predecessors.get(i)));
        }

        LocalDate start = date(properties.getStartDate());
        if (start == null) {
            start = imported.stream().map(ImportedTask::start).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElseThrow();
        }
        LocalDate finish = dates.finishDate(properties.getStartDate(), properties.getFinishDate());
        if (finish == null) {
            finish = imported.stream().map(ImportedTask::finish).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(start);
        }
        LocalDate from = calendarFrom != null ? calendarFrom : start.minusYears(1);
        LocalDate to = calendarTo != null ? calendarTo : finish.plusYears(2);
        ImportedCalendar importedCalendar = CalendarImport.expand(calendar, from, to, warnings);
        List<ImportedCalendar> named = calendars.expand(from, to, warnings);
        FileResources resources = FileResources.of(tasks, imported, time, warnings);
        return new ImportedPlan(title(projectSummary), start, finish, importedCalendar, imported, warnings,
                GoLiveSubject.parse(properties.getSubject()), date(properties.getStatusDate()), named,
                resources.resources(), resources.assignments());
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
}
