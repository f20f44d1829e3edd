package org.golive.planning.msproject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan's assignments from the program's pool through an MS Project file and back, beside the RACI. */
class PoolAssignmentsFileTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final ImportedResource ANALYST = new ImportedResource("pool-1", "Dana Analyst", null,
            "Application analyst", false, BigDecimal.ONE);
    private static final ImportedResource TRAINERS = new ImportedResource("pool-2", "Credentialed trainers", null,
            "Credentialed trainer", true, new BigDecimal("3"));

    @Test
    void unitsAndEffortComeBackAndTheRaciStaysApart() {
        List<ExportTask> tasks = List.of(
                task("a", "Build interfaces", MONDAY, MONDAY.plusDays(9), 8, List.of(
                        new ExportTask.Assignment("Dr. Lee", "Responsible"),
                        new ExportTask.Assignment("Dana Analyst", "Accountable"))),
                task("b", "Train the super-users", MONDAY.plusDays(14), MONDAY.plusDays(18), 5, List.of()),
                task("c", "Go-live", MONDAY.plusDays(21), MONDAY.plusDays(21), 0, List.of()));
        FileStaffing staffing = new FileStaffing(List.of(ANALYST, TRAINERS), List.of(
                new FileStaffing.Work("a", "pool-1", new BigDecimal("0.5"), null),
                new FileStaffing.Work("a", "pool-2", new BigDecimal("2"), null),
                new FileStaffing.Work("b", "pool-2", null, new BigDecimal("60"))));
        PlanForExport plan = new PlanForExport("Clinic C", new ImportedCalendar("Site calendar",
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new TreeSet<>(), new TreeSet<>()), tasks)
                .withStaffing(staffing);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MspdiWriter().write(plan, out);
        String xml = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        ImportedPlan read = new MspdiReader().read(new ByteArrayInputStream(out.toByteArray()));
        FileStaffing back = FileStaffing.of(read);

        Map<String, String> nameOf = new HashMap<>();
        back.resources().forEach(r -> nameOf.put(r.uid(), r.name()));
        Map<String, String> taskOf = new HashMap<>();
        read.tasks().forEach(t -> taskOf.put(FileBlueprint.taskId(t.uid()), t.name()));
        assertThat(back.assignments()).extracting(w -> taskOf.get(w.taskId()) + " / " + nameOf.get(w.resourceUid())
                        + " / " + w.units() + " / " + w.effortHours())
                .containsExactlyInAnyOrder(
                        "Build interfaces / Dana Analyst / 0.5 / null",
                        "Build interfaces / Credentialed trainers / 2 / null",
                        "Train the super-users / Credentialed trainers / null / 60");
        assertThat(back.resources()).extracting(ImportedResource::name, ImportedResource::group,
                        ImportedResource::generic, ImportedResource::maxUnits)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Dana Analyst", "Application analyst", false,
                                BigDecimal.ONE),
                        org.assertj.core.groups.Tuple.tuple("Credentialed trainers", "Credentialed trainer", true,
                                new BigDecimal("3")));
        assertThat(xml).as("the RACI is still written, apart from the pool's work").contains("RACI: Responsible")
                .contains("<Name>Dr. Lee</Name>");
        assertThat(xml).as("one assignment per resource and task: the pool's stands").doesNotContain(
                "RACI: Accountable");
    }

    /** The samples with named resources: every work assignment on a leaf task is read, units or effort. */
    @ParameterizedTest
    @ValueSource(strings = {Samples.SAMPLE1, Samples.PROJECTLIBRE})
    void aSamplesAssignmentsAreRead(String sample) {
        ImportedPlan plan = Samples.read(sample);
        FileStaffing staffing = FileStaffing.of(plan);

        assertThat(staffing.assignments()).isNotEmpty();
        assertThat(staffing.assignments()).allSatisfy(work -> {
            assertThat(work.units() != null ^ work.effortHours() != null).as(work.toString()).isTrue();
            assertThat(staffing.resources()).anyMatch(r -> r.uid().equals(work.resourceUid()));
        });
        assertThat(staffing.resources()).allSatisfy(r -> assertThat(r.name()).isNotBlank());
    }

    /** MS Project 2019's samples assign only its "unassigned" placeholder: nobody to bring into a pool. */
    @ParameterizedTest
    @ValueSource(strings = {Samples.TASK_LINKS, Samples.BASELINES})
    void aSampleWithoutNamedResourcesHasNoAssignments(String sample) {
        assertThat(FileStaffing.of(Samples.read(sample))).isEqualTo(FileStaffing.NONE);
    }

    private static ExportTask task(String id, String name, LocalDate start, LocalDate finish, int days,
                                   List<ExportTask.Assignment> raci) {
        return new ExportTask(id, null, name, 1, days == 0, start, finish, days, 0, null, null, List.of(), null,
                null, null, null, null, null, raci);
    }
}
