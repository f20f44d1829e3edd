package org.golive.tracking.measureview;

import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.tracking.TrackingTestConfiguration;
import org.golive.tracking.earnedvalue.EarnedValue;
import org.golive.tracking.earnedvalue.Measures;
import org.golive.tracking.health.Colour;
import org.golive.tracking.health.RolloutJudgement;
import org.golive.tracking.status.Plans;
import org.golive.tracking.status.TrackedPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rollout's measures are kept from each judgement of it, for the day judged, and never replaced by a judgement that
 * read an older plan, older costs or an earlier day; one newer in one and older in another leaves none kept.
 */
@SpringBootTest
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class KeptMeasuresIT {

    private static final LocalDate DAY = LocalDate.parse("2027-01-22");

    @Autowired
    MeasureViews kept;

    @Test
    void aJudgementOfOlderInputsNeverReplacesTheKeptMeasures() {
        String rolloutId = UUID.randomUUID().toString();
        kept.judgedAll(List.of(judged(rolloutId, 12, 5, DAY, "100")));
        assertThat(ac(rolloutId, DAY)).isEqualTo("100");
        assertThat(kept.on(List.of(rolloutId), DAY.plusDays(1))).as("another day").isEmpty();

        kept.judgedAll(List.of(judged(rolloutId, 11, 5, DAY, "1"))); // read the plan before planning's event 12
        kept.judgedAll(List.of(judged(rolloutId, 12, 4, DAY, "2"))); // read the costs before budget's last event
        kept.judged(judged(rolloutId, 12, 5, DAY.minusDays(1), "3")); // judged before midnight, late
        assertThat(ac(rolloutId, DAY)).isEqualTo("100");

        kept.judgedAll(List.of(judged(rolloutId, 13, 4, DAY, "4"))); // a newer plan but older costs
        assertThat(kept.on(List.of(rolloutId), DAY)).as("unsettled: worked out until a judgement read both")
                .isEmpty();
        kept.judgedAll(List.of(judged(rolloutId, 12, 5, DAY, "5")));
        assertThat(kept.on(List.of(rolloutId), DAY)).as("the older one stays refused").isEmpty();

        kept.judgedAll(List.of(judged(rolloutId, 13, 5, DAY, "6")));
        assertThat(ac(rolloutId, DAY)).isEqualTo("6");
        kept.judgedAll(List.of(judged(rolloutId, 13, 5, DAY.plusDays(1), "7"))); // the daily re-judge
        assertThat(ac(rolloutId, DAY.plusDays(1))).isEqualTo("7");
        assertThat(kept.on(List.of(rolloutId), DAY)).isEmpty();
    }

    @Test
    void aChunkOfJudgementsIsKeptTogetherAndAJudgementWithoutEarnedValueIsSkipped() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        kept.judgedAll(List.of(judged(second, 3, 2, DAY, "20")));
        kept.judgedAll(List.of(judged(first, 1, 1, DAY, "10"), judged(second, 2, 2, DAY, "21"),
                new RolloutJudgement(Plans.plan(UUID.randomUUID().toString(), List.of()), DAY, Colour.GREEN,
                        Map.of(), null, null, null, null)));
        assertThat(ac(first, DAY)).isEqualTo("10");
        assertThat(ac(second, DAY)).as("the older one in the chunk refused, the rest kept").isEqualTo("20");
    }

    private String ac(String rolloutId, LocalDate on) {
        Measures measures = kept.on(List.of(rolloutId), on).get(rolloutId);
        assertThat(measures).as("measures kept for " + on).isNotNull();
        return measures.ac().toPlainString();
    }

    private static RolloutJudgement judged(String rolloutId, long planSequence, long costsSequence, LocalDate on,
                                           String ac) {
        TrackedPlan example = Plans.workedExample(rolloutId);
        TrackedPlan plan = new TrackedPlan(example.rolloutId(), example.programId(), example.waveId(),
                example.siteName(), example.goLiveDate(), example.baselineName(), example.tasks(),
                example.criticalPath(), example.criticalPathFloat(), example.effortWeighted(), null, planSequence);
        Measures measures = new Measures("USD", new BigDecimal("1000"), new BigDecimal("500"),
                new BigDecimal("400"), new BigDecimal(ac), 1);
        EarnedValue value = new EarnedValue("ROLLOUT", rolloutId, on, 1, "USD", null, null, null, null, null, null,
                null, null, null, null, null, null, measures); // the kept measures are all a listener reads
        return new RolloutJudgement(plan, on, Colour.GREEN, Map.of(), null, value, null, null, costsSequence);
    }
}
