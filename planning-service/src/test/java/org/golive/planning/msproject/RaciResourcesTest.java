package org.golive.planning.msproject;

import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.Task;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RACI beside the pool's assignments in the file's model. MPXJ's MSPDI writer happens to drop a second assignment
 * of one resource to one task (keeping the first), so the file alone does not show this rule
 * ({@code PoolAssignmentsFileTest}); here the model is read before any writer sees it.
 */
class RaciResourcesTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final ImportedCalendar WEEKDAYS = new ImportedCalendar("Site calendar",
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new TreeSet<>(), new TreeSet<>());

    @Test
    void aPoolAssignmentStandsOverTheRaciCellOfTheSameResource() {
        ExportTask source = new ExportTask("a", null, "Build interfaces", 1, false, MONDAY, MONDAY.plusDays(4), 5, 0,
                null, null, List.of(), null, null, null, null, null, null, List.of(
                new ExportTask.Assignment("Dana Analyst", "Accountable"),
                new ExportTask.Assignment("Dr. Lee", "Responsible")));
        PlanForExport plan = new PlanForExport("Clinic C", WEEKDAYS, List.of(source));
        ProjectFile file = new ProjectFile();
        ExportCalendars calendars = ExportCalendars.write(file, plan);
        Task task = file.addTask();
        task.setName(source.name());
        Map<String, Task> byId = Map.of("a", task);
        FileStaffing staffing = new FileStaffing(List.of(new ImportedResource("pool-1", "Dana Analyst", null,
                "Application analyst", false, BigDecimal.ONE)), List.of(
                new FileStaffing.Work("a", "pool-1", new BigDecimal("0.5"), null)));

        RaciResources.write(file, List.of(source), byId, calendars,
                PoolResources.write(file, staffing, List.of(source), byId, calendars));

        List<ResourceAssignment> dana = task.getResourceAssignments().stream()
                .filter(a -> "Dana Analyst".equals(a.getResource().getName())).toList();
        assertThat(dana).as("MS Project assigns a resource to a task once").hasSize(1);
        assertThat(dana.get(0).getUnits().doubleValue()).as("the pool's units, not the RACI's 0 %").isEqualTo(50.0);
        assertThat(dana.get(0).getNotes()).as("not a RACI cell").isNullOrEmpty();
        assertThat(task.getResourceAssignments()).extracting(ResourceAssignment::getNotes)
                .as("a party outside the pool still gets its RACI cell").contains("RACI: Responsible");
        assertThat(file.getResources()).filteredOn(r -> "Dana Analyst".equals(r.getName()))
                .as("the party is the pool's resource, not a second one of the same name").hasSize(1);
    }
}
