package org.golive.planning.template;

import org.golive.planning.plan.Blueprint;
import org.golive.planning.plan.Source;
import org.golive.planning.msproject.FileBlueprint;
import org.golive.planning.msproject.MspdiWriter;
import org.golive.planning.msproject.PlanExport;
import org.golive.planning.plan.Dependency;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.SitePlan;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard plan, with its cutover by the hour, written as Microsoft Project XML and read back: every task keeps
 * its duration (hours, elapsed), lags and 24-hour calendar, and schedules to the same minutes.
 */
class CutoverFileRoundTripTest {

    private static final LocalDate GO_LIVE = LocalDate.of(2027, 6, 7); // a Monday; no "today" check in the engine

    @Test
    void theHourlyCutoverKeepsItsDurationsLagsCalendarsAndTimesThroughAFile() {
        PlanTemplate template = StandardTemplateTest.standard();
        SitePlan plan = SitePlan.create(template.blueprint(template.version(1)), PlanCalendar.MONDAY_TO_FRIDAY,
                GO_LIVE);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new MspdiWriter().write(PlanExport.of("Harbor Hospital", plan, GO_LIVE), file);
        String xml = file.toString(StandardCharsets.UTF_8);
        assertThat(xml).contains("<Name>24 Hours</Name>");

        FileBlueprint read = FileBlueprint.read(file.toByteArray(), null);
        SitePlan back = SitePlan.create(new Blueprint(new Source(null, null, null, "harbor.xml"),
                read.tasks()), read.calendar(), read.anchorDate());
        Map<String, PlanTask> byTitle = back.tasks().stream()
                .collect(Collectors.toMap(t -> t.definition().title(), Function.identity()));
        Map<String, String> titleById = back.tasks().stream()
                .collect(Collectors.toMap(PlanTask::id, t -> t.definition().title()));
        Map<String, String> originalTitleById = plan.tasks().stream()
                .collect(Collectors.toMap(PlanTask::id, t -> t.definition().title()));

        List<PlanTask> cutover = plan.tasks().stream().filter(t -> "cutover".equals(t.definition().phase())).toList();
        assertThat(cutover).hasSizeGreaterThanOrEqualTo(10)
                .anyMatch(t -> t.definition().duration() != null)
                .anyMatch(t -> t.definition().calendar() != null);
        for (PlanTask original : cutover) {
            PlanTask copy = byTitle.get(original.definition().title());
            String what = original.id();
            assertThat(copy).as(what).isNotNull();
            assertThat(copy.definition().scheduleDuration()).as(what + " duration")
                    .isEqualTo(original.definition().scheduleDuration());
            assertThat(copy.definition().calendar()).as(what + " calendar").isEqualTo(original.definition().calendar());
            assertThat(copy.scheduled().startTime()).as(what + " start").isEqualTo(original.scheduled().startTime());
            assertThat(copy.scheduled().finishTime()).as(what + " finish")
                    .isEqualTo(original.scheduled().finishTime());
            assertThat(copy.definition().dependencies()).as(what + " links")
                    .extracting(d -> titleById.get(d.taskId()) + " " + d.type() + " " + d.scheduleLag())
                    .containsExactlyInAnyOrderElementsOf(original.definition().dependencies().stream()
                            .map(d -> originalTitleById.get(d.taskId()) + " " + d.type() + " " + d.scheduleLag())
                            .toList());
        }
        assertThat(plan.tasks()).allSatisfy(original -> assertThat(byTitle.get(original.definition().title())
                .scheduled().start()).as(original.id()).isEqualTo(original.scheduled().start()));
    }
}
