package org.golive.planning.template;

import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.SitePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter template the product ships (and the demo uses) makes a sound plan for any go-live weekday. */
class StandardTemplateTest {

    static PlanTemplate standard() {
        try (InputStream in = StandardTemplateTest.class.getResourceAsStream("standard-ehr-rollout.json")) {
            TemplateForms.CreateTemplate form = JsonMapper.builder().build()
                    .readValue(in, TemplateForms.CreateTemplate.class);
            PlanTemplate template = PlanTemplate.create(form.name(), form.description(), List.of(),
                    form.content().toContent(), Instant.parse("2026-11-25T09:00:00Z"));
            template.publish(1, Instant.parse("2026-11-25T09:00:00Z"));
            return template;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, PlanTask> plan(LocalDate goLive) {
        PlanTemplate template = standard();
        SitePlan plan = SitePlan.create(template.blueprint(template.version(1)), PlanCalendar.MONDAY_TO_FRIDAY,
                goLive);
        return plan.tasks().stream().collect(Collectors.toMap(PlanTask::id, Function.identity()));
    }

    @Test
    void itCoversTheSevenEhrPhasesAndTheCutoverWithAtLeastFortyTasks() {
        TemplateVersion version = standard().version(1);
        assertThat(version.tasks()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(version.tasks()).extracting(t -> t.definition().phase()).containsOnly(
                "assess", "plan", "design-build", "test", "train", "go-live", "cutover", "stabilize");
        assertThat(version.phases()).hasSize(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-06-05", "2027-06-06", "2027-06-07", "2027-06-09", "2027-06-11"})
    void theCutoverRunsByTheHourThroughTheNightBeforeGoLiveWhateverItsWeekday(String date) {
        LocalDate goLive = LocalDate.parse(date);
        Map<String, PlanTask> tasks = plan(goLive);

        assertThat(tasks.get("downtime-window").scheduled().startTime()).isEqualTo(goLive.minusDays(1).atTime(22, 0));
        assertThat(tasks.get("downtime-window").scheduled().finishTime()).isEqualTo(goLive.atTime(6, 0));
        assertThat(tasks.get("conversion-load").scheduled().startTime()).isEqualTo(goLive.atTime(2, 0));
        assertThat(tasks.get("go-no-go-call").scheduled().startTime()).isEqualTo(goLive.atTime(5, 30));
        assertThat(tasks.get("rollback-closes").scheduled().startTime()).isEqualTo(goLive.plusDays(1).atTime(8, 0));
        assertThat(tasks.get("go-live").scheduled().start()).isEqualTo(goLive);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-06-05", "2027-06-06", "2027-06-07", "2027-06-08", "2027-06-09", "2027-06-10",
            "2027-06-11"})
    void goLiveLandsOnTheGoLiveDateEvenAtAWeekendAndGoNoGoAboutAWeekBeforeWithoutNegativeFloat(String date) {
        LocalDate goLive = LocalDate.parse(date);
        Map<String, PlanTask> tasks = plan(goLive);

        assertThat(tasks.get("go-live").scheduled().start()).isEqualTo(goLive);
        assertThat(tasks.get("go-no-go").scheduled().start()).isEqualTo(
                PlanCalendar.MONDAY_TO_FRIDAY.toWorkCalendar(goLive).onOrAfter(goLive.minusDays(7)));
        assertThat(tasks.get("kickoff").scheduled().start()).isEqualTo(
                PlanCalendar.MONDAY_TO_FRIDAY.toWorkCalendar(goLive).onOrAfter(goLive.minusDays(180)));
        assertThat(tasks.values()).allSatisfy(task -> assertThat(task.scheduled().totalFloat())
                .as(task.id()).isGreaterThanOrEqualTo(0));
        assertThat(tasks.get("go-live").scheduled().critical()).isTrue();
    }
}
