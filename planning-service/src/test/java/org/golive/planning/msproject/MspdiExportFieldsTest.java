package org.golive.planning.msproject;

import org.golive.planning.schedule.Constraint;
import org.golive.planning.schedule.ConstraintType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the export adds to dates and links: critical flags, slack, every constraint type, and the RACI. */
class MspdiExportFieldsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 29);
    private static final ImportedCalendar WEEKDAYS = new ImportedCalendar("Site calendar",
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new TreeSet<>(), new TreeSet<>());

    @Test
    void criticalFlagsAndSlackAreTheEnginesInTenthsOfMinutes() {
        String xml = write(List.of(
                task("a", MONDAY, MONDAY.plusDays(1), 2, null, new ExportTask.Slack(true, 0, 0), List.of()),
                task("b", MONDAY, MONDAY, 1, null, new ExportTask.Slack(false, 3, 1), List.of()),
                // A deadline the plan misses: the critical path has -2 days of float, a task with none is not on it
                // in Golive, but MPXJ writes MS Project's rule (slack at or below the critical slack limit, 0, is
                // critical) for it: the file calls it critical, as MS Project would on opening it.
                task("c", MONDAY, MONDAY, 1, null, new ExportTask.Slack(true, -2, 0), List.of()),
                task("d", MONDAY, MONDAY, 1, null, new ExportTask.Slack(false, 0, 0), List.of())));

        assertThat(values(xml, "Critical")).containsExactly("1", "0", "1", "1");
        // 3 working days of 480 minutes, in tenths of a minute (MPXJ leaves out a zero, MSPDI's default).
        assertThat(values(xml, "TotalSlack")).containsExactly("14400", "-9600");
        assertThat(values(xml, "FreeSlack")).containsExactly("4800");
    }

    @Test
    void everyConstraintTypeIsWrittenAndReadBack() {
        List<ExportTask> tasks = new ArrayList<>();
        LocalDate date = MONDAY.plusDays(7);
        for (ConstraintType type : ConstraintType.values()) {
            Constraint constraint = Constraint.of(type, type.dated() ? date : null);
            tasks.add(task(type.name(), MONDAY.plusDays(7), MONDAY.plusDays(7), 1, constraint, null, List.of()));
        }

        ImportedPlan read = read(write(tasks));

        for (int i = 0; i < tasks.size(); i++) {
            ConstraintType type = ConstraintType.values()[i];
            ImportedTask task = read.tasks().get(i);
            switch (type) {
                case ASAP -> assertThat(task.constraint()).as(type.name()).isNull();
                case SNET -> assertThat(task.constraintStartNoEarlierThan()).as(type.name()).isEqualTo(date);
                default -> assertThat(task.constraint()).as(type.name()).isEqualTo(tasks.get(i).constraint());
            }
        }
    }

    @Test
    void theRaciBecomesResourcesAndAssignmentsThatNameTheirRole() {
        String xml = write(List.of(task("a", MONDAY, MONDAY.plusDays(1), 2, null, null, List.of(
                new ExportTask.Assignment("Dana Analyst", "Responsible"),
                new ExportTask.Assignment("Dr. Lee", "Accountable"))),
                task("b", MONDAY, MONDAY, 1, null, null, List.of(
                        new ExportTask.Assignment("Dana Analyst", "Consulted")))));

        assertThat(values(xml, "Name")).contains("Dana Analyst", "Dr. Lee");
        assertThat(xml.split("<Resource>", -1)).as("one resource per party").hasSize(3);
        assertThat(values(xml, "Notes")).containsExactly("RACI: Responsible", "RACI: Accountable", "RACI: Consulted");
        // Only the responsible party works on the task, so MS Project keeps its duration: 2 days of 8 hours.
        assertThat(values(xml, "Work")).contains("PT16H0M0S");
        ImportedPlan read = read(xml);
        assertThat(read.tasks().get(0).durationDays()).isEqualTo(2);
        assertThat(read.warnings()).noneMatch(w -> w.contains("resource assignment"));
    }

    @Test
    void theGoLiveIsTheSubjectSoThatAnImportAnchorsTheSameDates() {
        LocalDate goLive = MONDAY.plusDays(12); // a Saturday
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MspdiWriter().write(new PlanForExport("Fields", WEEKDAYS, List.of(task("a", MONDAY, MONDAY.plusDays(14),
                11, null, null, List.of())), goLive), out);
        String xml = out.toString(StandardCharsets.UTF_8);

        assertThat(values(xml, "Subject")).containsExactly("Go-live 2026-07-11");
        assertThat(read(xml).goLive()).isEqualTo(goLive);
        assertThat(FileBlueprint.of(read(xml), null).anchorDate()).as("not the file's finish").isEqualTo(goLive);
        assertThat(read(write(List.of(task("a", MONDAY, MONDAY, 1, null, null, List.of())))).goLive()).isNull();
    }

    private static ExportTask task(String id, LocalDate start, LocalDate finish, int days, Constraint constraint,
                                   ExportTask.Slack slack, List<ExportTask.Assignment> raci) {
        return new ExportTask(id, null, "Task " + id, 1, false, start, finish, days, 0, null, null, List.of(), null,
                null, null, constraint, null, slack, raci);
    }

    private static String write(List<ExportTask> tasks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MspdiWriter().write(new PlanForExport("Fields", WEEKDAYS, tasks), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ImportedPlan read(String xml) {
        return new MspdiReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The values of every element of that name, in document order. */
    private static List<String> values(String xml, String element) {
        Matcher matcher = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(xml);
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }
}
