package org.golive.planning.msproject;

import net.sf.mpxj.ChildTaskContainer;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.ProjectProperties;
import net.sf.mpxj.Relation;
import net.sf.mpxj.Task;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.mspdi.MSPDIWriter;
import org.golive.planning.schedule.ScheduleDuration;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a plan as a Microsoft Project XML (MSPDI) file that MS Project, ProjectLibre and MPXJ open. Stateless and
 * thread-safe.
 *
 * <p>On the standard day (08:00-12:00 and 13:00-17:00) a day-level task starts at 08:00 on its start date and finishes
 * at 17:00 on its finish date, a milestone sits at 17:00 on its date; tasks on other hours carry the engine's own
 * times. The site's calendar and its named ones are written with their own working hours ({@link ExportCalendars}),
 * the plan's status date as the file's StatusDate. The hierarchy comes from the outline levels (a task
 * followed by deeper tasks is their summary). Each task's fields, its constraint, critical flag and slack are
 * {@link TaskFields}'; the assignments from the program's pool ({@link PoolResources}) and the RACI
 * ({@link RaciResources}) become resources and assignments.
 */
public final class MspdiWriter {

    static final LocalTime DAY_START = LocalTime.of(8, 0);
    static final LocalTime DAY_FINISH = LocalTime.of(17, 0);
    private static final int DAYS_PER_MONTH = 20;

    /**
     * Writes {@code plan} to {@code out}, which is flushed but left open.
     *
     * @throws IllegalArgumentException when the plan cannot be written: a link to an unknown task id, two tasks with one
     *         id, an outline level below 1, a calendar without working weekdays
     * @throws UncheckedIOException when {@code out} fails
     */
    public void write(PlanForExport plan, OutputStream out) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(out, "out");
        ProjectFile file = new ProjectFile();
        ExportCalendars calendars = ExportCalendars.write(file, plan);
        LocalDate projectStart = plan.tasks().stream().map(ExportTask::start).min(Comparator.naturalOrder())
                .orElse(LocalDate.now());
        properties(file.getProjectProperties(), plan, calendars, projectStart);
        Map<String, Task> byId = tasks(file, plan.tasks(), plan.calendar(), calendars, projectStart);
        links(plan.tasks(), byId);
        RaciResources.write(file, plan.tasks(), byId, calendars,
                PoolResources.write(file, plan.staffing(), plan.tasks(), byId, calendars));
        try {
            MSPDIWriter writer = new MSPDIWriter();
            writer.setWriteTimephasedData(false);
            writer.write(file, new FilterOutputStream(out) {
                @Override
                public void close() throws IOException {
                    flush(); // the caller owns the stream
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the Microsoft Project XML", e);
        }
    }

    private static void properties(ProjectProperties properties, PlanForExport plan, ExportCalendars calendars,
                                   LocalDate projectStart) {
        String title = plan.title() == null || plan.title().isBlank() ? "Untitled project" : plan.title();
        properties.setProjectTitle(title);
        properties.setName(title);
        properties.setDefaultCalendar(calendars.site());
        // A file's day is the site's working day, so that durations in days mean the same in both.
        properties.setMinutesPerDay(calendars.siteMinutesPerDay());
        properties.setMinutesPerWeek(calendars.siteMinutesPerDay() * plan.calendar().workingWeekdays().size());
        properties.setDaysPerMonth(DAYS_PER_MONTH);
        properties.setDefaultStartTime(DAY_START);
        properties.setDefaultEndTime(DAY_FINISH);
        properties.setNewTasksAreManual(false);
        if (plan.goLive() != null) {
            properties.setSubject(GoLiveSubject.of(plan.goLive()));
        }
        if (plan.statusDate() != null) {
            properties.setStatusDate(LocalDateTime.of(plan.statusDate(), DAY_FINISH));
        }
        properties.setStartDate(LocalDateTime.of(projectStart, DAY_START));
        plan.tasks().stream().map(ExportTask::finish).max(Comparator.naturalOrder())
                .ifPresent(finish -> properties.setFinishDate(LocalDateTime.of(finish, DAY_FINISH)));
    }

    private static Map<String, Task> tasks(ProjectFile file, List<ExportTask> tasks, ImportedCalendar calendar,
                                           ExportCalendars calendars, LocalDate projectStart) {
        Map<String, Task> byId = new HashMap<>();
        TaskFields fields = new TaskFields(calendar, projectStart, calendars);
        Deque<Task> open = new ArrayDeque<>();
        Deque<Integer> openLevels = new ArrayDeque<>();
        for (int i = 0; i < tasks.size(); i++) {
            ExportTask source = tasks.get(i);
            if (source.outlineLevel() < 1) {
                throw new IllegalArgumentException("task '" + source.id() + "' has outline level "
                        + source.outlineLevel() + ": levels start at 1");
            }
            while (!openLevels.isEmpty() && openLevels.peek() >= source.outlineLevel()) {
                open.pop();
                openLevels.pop();
            }
            ChildTaskContainer parent = open.isEmpty() ? file : open.peek();
            Task task = parent.addTask();
            boolean summary = i + 1 < tasks.size() && tasks.get(i + 1).outlineLevel() > source.outlineLevel();
            fields.fill(task, source, summary);
            if (byId.put(source.id(), task) != null) {
                throw new IllegalArgumentException("two tasks have the id '" + source.id() + "'");
            }
            open.push(task);
            openLevels.push(source.outlineLevel());
        }
        return byId;
    }

    private static void links(List<ExportTask> tasks, Map<String, Task> byId) {
        for (ExportTask source : tasks) {
            Task successor = byId.get(source.id());
            for (ExportLink link : source.predecessors()) {
                Task predecessor = byId.get(link.predecessorId());
                if (predecessor == null) {
                    throw new IllegalArgumentException("task '" + source.id() + "' has a predecessor '"
                            + link.predecessorId() + "' that is not in the plan");
                }
                Duration lag = link.lag() != null ? FileDurations.toFile(ScheduleDuration.parse(link.lag()))
                        : Duration.getInstance(link.lagDays(), TimeUnit.DAYS);
                successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor)
                        .type(LinkTypes.toMpxj(link.type())).lag(lag));
            }
        }
    }
}
