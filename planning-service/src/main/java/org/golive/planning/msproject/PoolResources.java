package org.golive.planning.msproject;

import net.sf.mpxj.Availability;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Resource;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.ResourceType;
import net.sf.mpxj.Task;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.common.LocalDateTimeHelper;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's assignments from the program's pool as MS Project resources and assignments: each pool resource a work
 * resource (its role in Group, a generic role flagged Generic, its weekly hours as maximum units of a 40-hour week),
 * each assignment with its units and work, the task's working hours at those units. An assignment of effort hours
 * carries its hours as work and the units they make over the task, its notes {@value #EFFORT} so that an import takes
 * the hours back.
 */
final class PoolResources {

    static final String EFFORT = "Golive: effort hours";
    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    private PoolResources() {
    }

    /** @return the resources written, by name, for the RACI to share */
    static Map<String, Resource> write(ProjectFile file, FileStaffing staffing, List<ExportTask> tasks,
                                       Map<String, Task> byId, ExportCalendars calendars) {
        Map<String, Resource> byUid = new HashMap<>();
        Map<String, Resource> byName = new LinkedHashMap<>();
        for (ImportedResource pooled : staffing.resources()) {
            Resource resource = file.addResource();
            resource.setName(pooled.name());
            resource.setType(ResourceType.WORK);
            resource.setGroup(pooled.group());
            resource.setGeneric(pooled.generic());
            resource.setEmailAddress(pooled.email());
            if (pooled.maxUnits() != null) {
                resource.getAvailability().add(new Availability(LocalDateTimeHelper.START_DATE_NA,
                        LocalDateTimeHelper.END_DATE_NA, pooled.maxUnits().multiply(PERCENT).doubleValue()));
            }
            byUid.put(pooled.uid(), resource);
            byName.putIfAbsent(pooled.name(), resource);
        }
        Map<String, ExportTask> sources = new HashMap<>();
        tasks.forEach(task -> sources.put(task.id(), task));
        for (FileStaffing.Work work : staffing.assignments()) {
            Task task = byId.get(work.taskId());
            Resource resource = byUid.get(work.resourceUid());
            if (task == null || resource == null) {
                throw new IllegalArgumentException("an assignment names task '" + work.taskId() + "' and resource '"
                        + work.resourceUid() + "', which the plan or its resources do not have");
            }
            ExportTask source = sources.get(work.taskId());
            double taskHours = task.getMilestone() ? 0
                    : RaciResources.workHours(source, calendars.minutesPerDay(source.calendar()));
            double units = work.units() != null ? work.units().doubleValue()
                    : taskHours > 0 ? work.effortHours().doubleValue() / taskHours : 0;
            double hours = work.units() != null ? units * taskHours : work.effortHours().doubleValue();
            ResourceAssignment assignment = task.addResourceAssignment(resource);
            assignment.setUnits(units * 100);
            assignment.setWork(Duration.getInstance(hours, TimeUnit.HOURS));
            assignment.setRemainingWork(Duration.getInstance(hours * (100 - source.percentComplete()) / 100.0,
                    TimeUnit.HOURS));
            assignment.setStart(task.getStart());
            assignment.setFinish(task.getFinish());
            if (work.effortHours() != null) {
                assignment.setNotes(EFFORT);
            }
        }
        return byName;
    }
}
