package org.golive.planning.msproject;

import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Resource;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.ResourceType;
import net.sf.mpxj.Task;
import net.sf.mpxj.TimeUnit;
import org.golive.planning.schedule.ScheduleDuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's RACI as MS Project resources and assignments: each party is a work resource, each RACI cell an assignment
 * whose notes name the role. The responsible parties do the task's work (100 %, work = duration); the accountable,
 * consulted and informed ones are assigned at 0 % with no work, so that no assignment changes a task's duration when
 * MS Project reschedules it. Work is the task's duration in hours ({@link #workHours}).
 */
final class RaciResources {

    static final String RESPONSIBLE = "Responsible";
    private static final String NOTES_PREFIX = "RACI: ";

    private RaciResources() {
    }

    /**
     * @param pool the pool resources already written, by name: a party of that name is that resource, and a cell of a
     *             task the resource already works on is left to its pool assignment (MS Project assigns a resource to
     *             a task once)
     */
    static void write(ProjectFile file, List<ExportTask> tasks, Map<String, Task> byId, ExportCalendars calendars,
                      Map<String, Resource> pool) {
        Map<String, Resource> parties = new LinkedHashMap<>(pool);
        for (ExportTask source : tasks) {
            Task task = byId.get(source.id());
            for (ExportTask.Assignment cell : source.assignments()) {
                Resource resource = parties.computeIfAbsent(cell.party(), party -> {
                    Resource created = file.addResource();
                    created.setName(party);
                    created.setType(ResourceType.WORK);
                    return created;
                });
                if (task.getResourceAssignments().stream().anyMatch(a -> a.getResource() == resource)) {
                    continue;
                }
                ResourceAssignment assignment = task.addResourceAssignment(resource);
                boolean works = RESPONSIBLE.equals(cell.role()) && !task.getMilestone();
                double hours = works ? workHours(source, calendars.minutesPerDay(source.calendar())) : 0;
                assignment.setUnits(works ? 100 : 0);
                assignment.setWork(Duration.getInstance(hours, TimeUnit.HOURS));
                assignment.setRemainingWork(Duration.getInstance(hours * (100 - source.percentComplete()) / 100.0,
                        TimeUnit.HOURS));
                assignment.setStart(task.getStart());
                assignment.setFinish(task.getFinish());
                assignment.setNotes(NOTES_PREFIX + cell.role());
            }
        }
    }

    /**
     * The task's duration in hours of work: its calendar's hours a day (8 on the standard day, 24 around the clock),
     * and an hour-level or elapsed duration as its own hours (a 90-minute task is 1.5 hours of work, not a day's 8).
     */
    static double workHours(ExportTask source, int minutesPerDay) {
        if (source.duration() != null) {
            return ScheduleDuration.parse(source.duration()).minutes(minutesPerDay) / 60.0;
        }
        return source.durationDays() * minutesPerDay / 60.0;
    }

    /** The RACI role an assignment's notes name, or null when it was not written by {@link #write}. */
    static String role(String notes) {
        if (notes == null || !notes.strip().startsWith(NOTES_PREFIX)) {
            return null;
        }
        return notes.strip().substring(NOTES_PREFIX.length()).strip();
    }
}
