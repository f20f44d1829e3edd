package org.golive.tracking.statusview;

import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.tracking.TrackingTestConfiguration;
import org.golive.tracking.health.Colour;
import org.golive.tracking.health.RolloutJudgement;
import org.golive.tracking.status.Plans;
import org.golive.tracking.status.StatusCalculator;
import org.golive.tracking.status.TrackedPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rollout's status is kept from each judgement of it, on its own status date, and read from there: the same figures
 * the calculation gives, only for that date, and never replaced by a judgement that read an older plan or an earlier
 * day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class StatusViewsIT {

    private static final LocalDate DAY = LocalDate.parse("2027-01-22");

    @LocalServerPort
    int port;
    @Autowired
    StatusViews views;

    @Test
    void theStatusKeptAtAJudgementIsTheCalculatedOneOnItsDateAndNoneOnAnother() {
        String rolloutId = UUID.randomUUID().toString();
        TrackedPlan plan = plan(rolloutId, 7, 30, null);

        views.judged(judged(plan, DAY));

        assertThat(views.find(rolloutId, null, DAY)).contains(StatusCalculator.status(plan, DAY));
        assertThat(views.find(rolloutId, DAY, DAY)).contains(StatusCalculator.status(plan, DAY));
        assertThat(views.find(rolloutId, DAY.plusDays(3), DAY)).as("another date asked for").isEmpty();
        assertThat(views.find(rolloutId, null, DAY.plusDays(1))).as("a new day not judged yet").isEmpty();

        TrackedPlan withStatusDate = plan(rolloutId, 8, 30, DAY.minusDays(7));
        views.judged(judged(withStatusDate, DAY));
        assertThat(views.find(rolloutId, null, DAY.plusDays(1))).as("taken on the plan's status date whatever today")
                .contains(StatusCalculator.status(withStatusDate, DAY.minusDays(7)));
    }

    @Test
    void aJudgementOfAnOlderPlanOrAnEarlierDayNeverReplacesTheKeptStatus() {
        String rolloutId = UUID.randomUUID().toString();
        TrackedPlan later = plan(rolloutId, 12, 80, null);
        views.judged(judged(later, DAY));

        views.judged(judged(plan(rolloutId, 11, 10, null), DAY)); // read the plan before event 12
        views.judged(judged(plan(rolloutId, 12, 10, null), DAY.minusDays(1))); // judged before midnight, late
        assertThat(views.find(rolloutId, null, DAY)).contains(StatusCalculator.status(later, DAY));

        views.judged(judged(later, DAY.plusDays(1))); // the daily re-judge
        assertThat(views.find(rolloutId, null, DAY.plusDays(1))).contains(StatusCalculator.status(later,
                DAY.plusDays(1)));

        TrackedPlan unknown = plan(rolloutId, 0, 90, null); // built without its sequence: the day alone decides
        views.judged(judged(unknown, DAY));
        assertThat(views.find(rolloutId, null, DAY.plusDays(1))).as("an earlier day").contains(
                StatusCalculator.status(later, DAY.plusDays(1)));
        views.judged(judged(unknown, DAY.plusDays(1)));
        assertThat(views.find(rolloutId, null, DAY.plusDays(1))).contains(StatusCalculator.status(unknown,
                DAY.plusDays(1)));
    }

    @Test
    void theStatusEndpointAnswersFromTheKeptStatusWithoutReadingThePlan() {
        String rolloutId = UUID.randomUUID().toString(); // a plan tracking never stored: only its kept status
        TrackedPlan plan = plan(rolloutId, 3, 30, LocalDate.parse("2026-11-20"));
        views.judged(judged(plan, LocalDate.parse("2026-11-25")));
        HttpJson admin = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");

        HttpJson.Reply kept = admin.get("/rollouts/" + rolloutId + "/status");
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.json().get("percentComplete").decimalValue())
                .isEqualByComparingTo(StatusCalculator.status(plan, plan.statusDate()).percentComplete());
        assertThat(admin.get("/rollouts/" + rolloutId + "/status?asOf=2026-11-27").status())
                .as("another date is worked out from the plan, which tracking does not have").isEqualTo(404);
    }

    /** The README's worked example with its second task {@code percent} done, as of planning's event {@code sequence}. */
    private static TrackedPlan plan(String rolloutId, long sequence, int percent, LocalDate statusDate) {
        TrackedPlan example = Plans.plan(rolloutId, List.of(
                Plans.task("design", "2027-01-04", "2027-01-15", 100, "DONE", 100),
                Plans.task("build", "2027-01-18", "2027-01-29", 200, "IN_PROGRESS", percent),
                Plans.task("test", "2027-02-01", "2027-02-12", 100, "NOT_STARTED", 0)));
        return new TrackedPlan(example.rolloutId(), example.programId(), example.waveId(), example.siteName(),
                example.goLiveDate(), example.baselineName(), example.tasks(), example.criticalPath(),
                example.criticalPathFloat(), example.effortWeighted(), statusDate, sequence);
    }

    private static RolloutJudgement judged(TrackedPlan plan, LocalDate on) {
        return new RolloutJudgement(plan, on, Colour.GREEN, Map.of(), null, null, null, null);
    }
}
