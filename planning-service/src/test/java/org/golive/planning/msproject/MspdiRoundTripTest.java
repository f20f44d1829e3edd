package org.golive.planning.msproject;

import org.golive.planning.schedule.Constraint;
import org.golive.planning.schedule.ConstraintType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.planning.msproject.Samples.link;

/** What the writer writes, the reader reads back the same. */
class MspdiRoundTripTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 29);
    private static final LocalDate HOLIDAY = LocalDate.of(2026, 7, 3); // a Friday
    private static final LocalDate SATURDAY_WORKED = LocalDate.of(2026, 7, 11);

    private final MspdiReader reader = new MspdiReader();
    private final MspdiWriter writer = new MspdiWriter();

    @Test
    void aPlanWrittenAndReadBack() {
        ImportedCalendar calendar = new ImportedCalendar("Site calendar", EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY), new TreeSet<>(List.of(HOLIDAY)), new TreeSet<>(List.of(SATURDAY_WORKED)));
        List<ExportTask> tasks = List.of(
                task("build", "1", "Build", 1, false, MONDAY, MONDAY.plusDays(10), 8, List.of()),
                new ExportTask("design", "1.1", "Design", 2, false, MONDAY, MONDAY.plusDays(1), 2, 100, MONDAY,
                        MONDAY.plusDays(1), List.of(), MONDAY, MONDAY.plusDays(2), "Signed off, see =SUM(A1)"),
                task("code", "1.2", "Code", 2, false, MONDAY.plusDays(2), MONDAY.plusDays(3), 2,
                        List.of(new ExportLink("design", "FS", 0))),
                task("test", "1.3", "Test", 2, false, MONDAY.plusDays(2), MONDAY.plusDays(8), 4,
                        List.of(new ExportLink("design", "SS", 2), new ExportLink("code", "FF", -1))),
                task("golive", "2", "Go-live", 1, true, MONDAY.plusDays(10), MONDAY.plusDays(10), 0,
                        List.of(new ExportLink("test", "SF", 3))));

        ImportedPlan plan = writeAndRead(new PlanForExport("Clinic A rollout", calendar, tasks));

        assertThat(plan.title()).isEqualTo("Clinic A rollout");
        assertThat(plan.calendar().name()).isEqualTo("Site calendar");
        assertThat(plan.calendar().workingWeekdays()).isEqualTo(calendar.workingWeekdays());
        assertThat(plan.calendar().holidays()).containsExactly(HOLIDAY);
        assertThat(plan.calendar().extraWorkingDays()).containsExactly(SATURDAY_WORKED);
        assertThat(plan.warnings()).isEmpty();

        assertThat(plan.tasks()).extracting(ImportedTask::name).containsExactly("Build", "Design", "Code", "Test",
                "Go-live");
        for (int i = 0; i < tasks.size(); i++) {
            assertSameTask(plan.tasks().get(i), tasks.get(i));
        }
        Map<String, String> uidOf = uidsById(tasks, plan);
        assertThat(plan.tasks().get(0).summary()).isTrue();
        assertThat(plan.tasks().get(1).parentUid()).isEqualTo(uidOf.get("build"));
        assertThat(plan.tasks().get(4).parentUid()).isNull();
        assertThat(plan.tasks().get(4).milestone()).isTrue();
        assertThat(plan.tasks().get(2).predecessors()).containsExactly(link(uidOf.get("design"), "FS", 0));
        assertThat(plan.tasks().get(3).predecessors()).containsExactly(link(uidOf.get("design"), "SS", 2),
                link(uidOf.get("code"), "FF", -1));
        assertThat(plan.tasks().get(4).predecessors()).containsExactly(link(uidOf.get("test"), "SF", 3));
    }

    @Test
    void aSixDayWeek() {
        ImportedCalendar calendar = new ImportedCalendar("Go-live support", EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.SATURDAY), new TreeSet<>(), new TreeSet<>());
        ImportedPlan plan = writeAndRead(new PlanForExport("Six days", calendar, List.of(
                task("a", "1", "Support", 1, false, MONDAY, MONDAY.plusDays(7), 7, List.of()))));
        assertThat(plan.calendar().workingWeekdays()).isEqualTo(calendar.workingWeekdays());
        assertThat(plan.tasks().get(0).durationDays()).isEqualTo(7);
        assertThat(plan.tasks().get(0).finish()).isEqualTo(MONDAY.plusDays(7));
    }

    @Test
    void aHolidayFarFromTheProjectIsReportedNotImported() {
        LocalDate farAway = LocalDate.of(2040, 12, 25);
        ImportedCalendar calendar = new ImportedCalendar("Standard", EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY), new TreeSet<>(List.of(HOLIDAY, farAway)), new TreeSet<>());
        ImportedPlan plan = writeAndRead(new PlanForExport("Far", calendar,
                List.of(task("a", "1", "A", 1, false, MONDAY, MONDAY, 1, List.of()))));
        assertThat(plan.calendar().holidays()).containsExactly(HOLIDAY);
        assertThat(plan.warnings()).containsExactly(
                "calendar 'Standard': 1 exception(s) fall entirely outside 2025-06-29..2028-06-29 and are not imported");
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SAMPLE1, Samples.TASK_LINKS, Samples.BASELINES, Samples.PROJECTLIBRE,
            Samples.SUMMARY_LINKS})
    void aSampleReadWrittenAndReadAgain(String sample) {
        ImportedPlan first = Samples.read(sample);
        List<ExportTask> exported = first.tasks().stream().map(MspdiRoundTripTest::toExport).toList();

        ImportedPlan second = writeAndRead(new PlanForExport(first.title(), first.calendar(), exported));

        assertThat(second.title()).isEqualTo(first.title());
        assertThat(second.calendar()).isEqualTo(first.calendar());
        assertThat(second.tasks()).hasSameSizeAs(first.tasks());
        Map<String, String> newUid = new HashMap<>();
        for (int i = 0; i < first.tasks().size(); i++) {
            newUid.put(first.tasks().get(i).uid(), second.tasks().get(i).uid());
        }
        for (int i = 0; i < first.tasks().size(); i++) {
            ImportedTask before = first.tasks().get(i);
            ImportedTask after = second.tasks().get(i);
            assertSameTask(after, exported.get(i));
            assertThat(after.summary()).as(before.name()).isEqualTo(before.summary());
            assertThat(after.parentUid()).as(before.name())
                    .isEqualTo(before.parentUid() == null ? null : newUid.get(before.parentUid()));
            List<ImportedLink> expected = new ArrayList<>();
            for (ImportedLink link : before.predecessors()) {
                expected.add(link(newUid.get(link.predecessorUid()), link.type(), link.lagDays()));
            }
            assertThat(after.predecessors()).as(before.name()).containsExactlyElementsOf(expected);
            assertThat(after.constraint()).as(before.name()).isEqualTo(before.constraint());
            assertThat(after.deadline()).as(before.name()).isEqualTo(before.deadline());
            if (!before.summary()) {
                assertThat(after.constraintStartNoEarlierThan()).as(before.name())
                        .isEqualTo(before.constraintStartNoEarlierThan());
            }
        }
    }

    @Test
    void aLinkToATaskThatIsNotInThePlan() {
        PlanForExport plan = new PlanForExport("Broken", new ImportedCalendar("Standard",
                EnumSet.of(DayOfWeek.MONDAY), new TreeSet<>(), new TreeSet<>()),
                List.of(task("a", "1", "A", 1, false, MONDAY, MONDAY, 1, List.of(new ExportLink("zz", "FS", 0)))));
        assertThatThrownBy(() -> writer.write(plan, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("task 'a' has a predecessor 'zz' that is not in the plan");
    }

    private ImportedPlan writeAndRead(PlanForExport plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(plan, out);
        return reader.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void assertSameTask(ImportedTask actual, ExportTask expected) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.wbs()).as(expected.name()).isEqualTo(expected.wbs());
        assertThat(actual.outlineLevel()).as(expected.name()).isEqualTo(expected.outlineLevel());
        assertThat(actual.milestone()).as(expected.name()).isEqualTo(expected.milestone());
        assertThat(actual.start()).as(expected.name()).isEqualTo(expected.start());
        assertThat(actual.finish()).as(expected.name()).isEqualTo(expected.finish());
        assertThat(actual.durationDays()).as(expected.name()).isEqualTo(expected.durationDays());
        assertThat(actual.percentComplete()).as(expected.name()).isEqualTo(expected.percentComplete());
        assertThat(actual.actualStart()).as(expected.name()).isEqualTo(expected.actualStart());
        assertThat(actual.actualFinish()).as(expected.name()).isEqualTo(expected.actualFinish());
        assertThat(actual.baselineStart()).as(expected.name()).isEqualTo(expected.baselineStart());
        assertThat(actual.baselineFinish()).as(expected.name()).isEqualTo(expected.baselineFinish());
        assertThat(actual.notes()).as(expected.name()).isEqualTo(expected.notes());
    }

    private static Map<String, String> uidsById(List<ExportTask> tasks, ImportedPlan plan) {
        Map<String, String> uids = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            uids.put(tasks.get(i).id(), plan.tasks().get(i).uid());
        }
        return uids;
    }

    private static ExportTask task(String id, String wbs, String name, int level, boolean milestone, LocalDate start,
                                   LocalDate finish, int days, List<ExportLink> predecessors) {
        return new ExportTask(id, wbs, name, level, milestone, start, finish, days, 0, null, null, predecessors, null,
                null, null);
    }

    private static ExportTask toExport(ImportedTask task) {
        return new ExportTask(task.uid(), task.wbs(), task.name(), task.outlineLevel(), task.milestone(), task.start(),
                task.finish(), task.durationDays(), task.percentComplete(), task.actualStart(), task.actualFinish(),
                task.predecessors().stream().map(l -> new ExportLink(l.predecessorUid(), l.type(), l.lagDays()))
                        .toList(), task.baselineStart(), task.baselineFinish(), task.notes(), constraint(task),
                task.deadline(), null, List.of());
    }

    private static Constraint constraint(ImportedTask task) {
        if (task.constraint() != null) {
            return task.constraint();
        }
        return task.constraintStartNoEarlierThan() == null || task.summary() ? null
                : Constraint.of(ConstraintType.SNET, task.constraintStartNoEarlierThan());
    }
}
