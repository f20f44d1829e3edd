package org.golive.tracking;

import org.bson.Document;
import org.golive.contract.Topics;
import org.golive.contract.planning.BaselineSet;
import org.golive.contract.planning.PlannedTask;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.golive.tracking.intake.ReadModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The wave comparison reads each site's progress curves kept from its last judgement instead of decoding its plan, and
 * answers the same JSON as from the plan: with the kept curves, without them (removed: worked out from the plan), and
 * after a new baseline, which replaces them. A kept curve altered on purpose shows in the answer (it is what is read)
 * while it is of the plan's sequence now, and not once it is of an older one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class KeptCurvesComparisonIT {

    /** The tests' today (TrackingTestConfiguration). */
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    private static final LocalDate GO_LIVE = LocalDate.parse("2027-02-22");
    private static final String CURVES = "progress_curves";

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModels readModels;

    @Test
    void theComparisonIsTheSameWithAndWithoutTheKeptCurvesAndANewBaselineReplacesThem() {
        HttpJson http = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        String programId = UUID.randomUUID().toString();
        String waveId = UUID.randomUUID().toString();
        String rolloutId = UUID.randomUUID().toString();
        String comparison = "/waves/" + waveId + "/comparison?from=120&to=-10&step=3";
        try (TestEvents events = TestEvents.onTestInfrastructure()) {
            events.send(rolloutId, TestEvents.event(new org.golive.contract.planning.RolloutCreated(rolloutId,
                    programId, "Program", waveId, "Wave", "Curve Hospital", "HOSPITAL", GO_LIVE, null, null, null,
                    List.of(), Instant.now()), "/planning/rollouts/" + rolloutId, 1, rolloutId));
            events.send(rolloutId, PortfolioIT.plan(rolloutId, programId, GO_LIVE,
                    task("design", TODAY.minusDays(40), TODAY.minusDays(29), true, 120),
                    task("build", TODAY.minusDays(26), TODAY.minusDays(10), true, 200),
                    task("test", TODAY.minusDays(9), TODAY.plusDays(12), false, 160),
                    task("train", TODAY.plusDays(5), TODAY.plusDays(47), false, 90),
                    task("cutover", GO_LIVE.minusDays(3), GO_LIVE.minusDays(1), false, 16)));
            Document first = awaitCurves(rolloutId, 2);
            String withCurves = http.get(comparison).body();
            assertThat(withCurves).contains("Curve Hospital", "DERIVED");

            assertThat(withoutCurves(http, rolloutId, comparison)).as("from the plan").isEqualTo(withCurves);
            mongo.upsert(query(where("_id").is(rolloutId)), new Update().set("planSequence", 2)
                    .set("weighted", true).set("doneBy", first.get("doneBy"))
                    .set("planned", new Document("days", List.of((int) TODAY.minusDays(1000).toEpochDay()))
                            .append("tenths", List.of(777))), curves());
            assertThat(http.get(comparison).body()).as("the kept curve is what is read").contains("77.7")
                    .isNotEqualTo(withCurves);
            mongo.updateFirst(query(where("_id").is(rolloutId)), new Update().set("planSequence", 1), curves());
            assertThat(http.get(comparison).body()).as("a curve of an older plan is passed over for the plan")
                    .isEqualTo(withCurves);

            // A new baseline: training planned three weeks later. The judgement after it keeps its curve.
            events.send(rolloutId, TestEvents.event(new BaselineSet(rolloutId, "Rebaselined", List.of(
                    new BaselineSet.BaselineTask("design", TODAY.minusDays(40), TODAY.minusDays(29)),
                    new BaselineSet.BaselineTask("build", TODAY.minusDays(26), TODAY.minusDays(10)),
                    new BaselineSet.BaselineTask("test", TODAY.minusDays(9), TODAY.plusDays(12)),
                    new BaselineSet.BaselineTask("train", TODAY.plusDays(26), TODAY.plusDays(68)),
                    new BaselineSet.BaselineTask("cutover", GO_LIVE.minusDays(3), GO_LIVE.minusDays(1))),
                    Instant.now()), "/planning/rollouts/" + rolloutId, 3, rolloutId));
            Document rebaselined = awaitCurves(rolloutId, 3);
            assertThat(rebaselined.get("planned")).as("the new baseline's curve").isNotEqualTo(first.get("planned"));
            assertThat(rebaselined.get("doneBy")).isEqualTo(first.get("doneBy"));
            String afterBaseline = http.get(comparison).body();
            assertThat(afterBaseline).doesNotContain("77.7").isNotEqualTo(withCurves);
            assertThat(withoutCurves(http, rolloutId, comparison)).as("from the plan").isEqualTo(afterBaseline);
        }
        ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING));
    }

    private static PlannedTask task(String id, LocalDate start, LocalDate finish, boolean done, int effort) {
        return new PlannedTask(id, "1", "build", id, start, finish, 5, false, false, 0, null,
                done ? "DONE" : "NOT_STARTED", done ? 100 : 0, done ? start : null, done ? finish : null,
                BigDecimal.valueOf(effort), null, "Site Project Manager", List.of(), List.of());
    }

    private String curves() {
        return readModels.collection(CURVES);
    }

    /** The rollout's kept curves once a judgement kept them of the plan at {@code planSequence}. */
    private Document awaitCurves(String rolloutId, long planSequence) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> mongo.findById(rolloutId, Document.class, curves()),
                kept -> kept != null && kept.get("planSequence", Number.class).longValue() == planSequence);
    }

    /** The comparison with the rollout's kept curves removed: worked out from its plan. */
    private String withoutCurves(HttpJson http, String rolloutId, String comparison) {
        assertThat(mongo.remove(query(where("_id").is(rolloutId)), curves()).getDeletedCount()).isEqualTo(1);
        return http.get(comparison).body();
    }
}
