package org.golive.planning.msproject;

import org.golive.planning.plan.Blueprint;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.plan.Source;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mspdi-handwritten/short-friday.xml}: a project calendar whose Friday is four hours long and whose Thursday 18
 * March 2027 is a half day (an exception with working times of its own). The dates below were counted by hand on that
 * calendar (see the file's comment); the engine must land on them, and on them again after an export and import.
 */
class ShortFridayFileTest {

    private static final String FILE = "mspdi-handwritten/short-friday.xml";
    private static final LocalDate HALF_DAY = LocalDate.of(2027, 3, 18);

    /** Task name, start, finish: Monday 15 March 2027 is the project's first day. */
    private static final Map<String, LocalDateTime[]> BY_HAND = Map.of(
            "Build", span(15, 8, 0, 17, 17, 0),
            "Test", span(18, 8, 0, 22, 17, 0),
            "Sign-off", span(23, 8, 0, 23, 12, 0),
            "Go-live", span(23, 12, 0, 23, 12, 0),
            "Interfaces", span(19, 8, 0, 22, 12, 0),
            "Data load", span(22, 13, 0, 23, 10, 0));

    private static LocalDateTime[] span(int startDay, int startHour, int startMinute, int finishDay, int finishHour,
                                        int finishMinute) {
        return new LocalDateTime[] {LocalDateTime.of(2027, 3, startDay, startHour, startMinute),
                LocalDateTime.of(2027, 3, finishDay, finishHour, finishMinute)};
    }

    @Test
    void theImportKeepsFridaysAndTheHalfDaysOwnHoursWithoutAWarning() {
        ImportedPlan read = Samples.read(FILE);

        assertThat(read.warnings()).isEmpty();
        assertThat(read.calendar().workingTimes()).as("the standard day").isNull();
        assertThat(read.calendar().weekdayWorkingTimes()).containsExactly(Map.entry(DayOfWeek.FRIDAY, "08:00-12:00"));
        assertThat(read.calendar().dateWorkingTimes()).containsExactly(Map.entry(HALF_DAY, "08:00-12:00"));
        assertThat(read.calendar().holidays()).isEmpty();
    }

    @Test
    void theEngineLandsOnTheDatesCountedByHand() {
        assertDatesByHand(planOf(Samples.read(FILE)));
    }

    @Test
    void anExportAndImportGiveTheSameCalendarAndDates() {
        SitePlan plan = planOf(Samples.read(FILE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MspdiWriter().write(PlanExport.of("Short Friday", plan, LocalDate.of(2027, 3, 23)), out);

        ImportedPlan again = new MspdiReader().read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(again.warnings()).noneMatch(w -> w.contains("hours"));
        assertThat(again.calendar().weekdayWorkingTimes()).isEqualTo(Map.of(DayOfWeek.FRIDAY, "08:00-12:00"));
        assertThat(again.calendar().dateWorkingTimes()).isEqualTo(Map.of(HALF_DAY, "08:00-12:00"));
        SitePlan replanned = planOf(again);
        assertThat(replanned.calendar()).isEqualTo(plan.calendar());
        assertDatesByHand(replanned);
    }

    private static SitePlan planOf(ImportedPlan read) {
        FileBlueprint blueprint = FileBlueprint.of(read, null);
        return SitePlan.create(new Blueprint(new Source(null, null, null, FILE), blueprint.tasks()),
                blueprint.calendar(), blueprint.anchorDate());
    }

    private static void assertDatesByHand(SitePlan plan) {
        List<PlanTask> tasks = plan.tasks();
        assertThat(tasks).extracting(task -> task.definition().title())
                .containsExactlyInAnyOrderElementsOf(BY_HAND.keySet());
        for (PlanTask task : tasks) {
            LocalDateTime[] expected = BY_HAND.get(task.definition().title());
            assertThat(task.scheduled().startTime()).as(task.definition().title() + " start").isEqualTo(expected[0]);
            assertThat(task.scheduled().finishTime()).as(task.definition().title() + " finish")
                    .isEqualTo(expected[1]);
            assertThat(task.scheduled().finish()).isEqualTo(expected[1].toLocalDate());
        }
    }
}
