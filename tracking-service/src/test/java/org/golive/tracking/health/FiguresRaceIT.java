package org.golive.tracking.health;

import org.bson.Document;
import org.golive.platform.outbox.AggregateStore;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.tracking.TrackingTestConfiguration;
import org.golive.tracking.earnedvalue.EarnedValues;
import org.golive.tracking.earnedvalue.RolloutCosts;
import org.golive.tracking.status.RolloutPlans;
import org.golive.tracking.status.StatusDate;
import org.golive.tracking.status.TrackedPlan;
import org.golive.tracking.status.TrackedTask;
import org.golive.tracking.status.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Healths whose figures alone moved are written in one version-checked bulk; when someone stores one of them between
 * the judge's read and that bulk, every one of them is judged again on fresh inputs: the raced one ends with this
 * judgement's figures over the other writer's, the others are not written twice, and each judgement reaches the
 * listeners once.
 */
@SpringBootTest
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class FiguresRaceIT {

    private static final String HEALTHS = "rollout_health";

    @Autowired
    RolloutPlans plans;
    @Autowired
    JudgementSources sources;
    @Autowired
    EarnedValues earnedValues;
    @Autowired
    HealthRulesStore rules;
    @Autowired
    AggregateStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    StatusDate statusDate;
    @Autowired
    Clock clock;

    @Test
    void aHealthStoredBetweenTheReadAndTheFiguresBulkIsJudgedAgainAndNothingIsLost() {
        String raced = UUID.randomUUID().toString();
        String quiet = UUID.randomUUID().toString();
        Map<String, RolloutInputs> inputs = new HashMap<>();
        for (String id : List.of(raced, quiet)) {
            inputs.put(id, new RolloutInputs(lateBuild(id), RolloutCosts.NONE, Optional.empty(), Optional.empty()));
        }
        JudgementInputs fixed = ids -> {
            Map<String, RolloutInputs> asked = new HashMap<>();
            ids.forEach(id -> asked.put(id, inputs.get(id)));
            return asked;
        };
        AtomicReference<Runnable> betweenReadAndBulk = new AtomicReference<>();
        List<RolloutJudgement> heard = new ArrayList<>();
        HealthEvaluation judge = judge(betweenReadAndBulk, heard);

        judge.judge(List.of(raced, quiet), fixed);
        String schedule = Dimension.SCHEDULE.name();
        String judgedValue = value(raced, schedule);
        assertThat(judgedValue).as("the late build's SPI").isNotNull();
        assertThat(value(quiet, schedule)).isEqualTo(judgedValue);

        // Figures that moved within their colours since: both healths are written in the figures-only bulk.
        for (String id : List.of(raced, quiet)) {
            mongo.updateFirst(query(where("_id").is(id)), new Update().set("dimensions." + schedule + ".value", "0.0001"),
                    HEALTHS);
        }
        long quietVersion = version(quiet);
        long racedVersion = version(raced);
        betweenReadAndBulk.set(() -> mongo.updateFirst(query(where("_id").is(raced)),
                new Update().inc("version", 1).set("dimensions." + schedule + ".value", "0.0002"), HEALTHS));
        heard.clear();

        judge.judge(List.of(raced, quiet), fixed);

        assertThat(value(raced, schedule)).as("judged again over the other writer's figures").isEqualTo(judgedValue);
        assertThat(version(raced)).as("the other writer's version, then the new judgement's").isEqualTo(racedVersion + 2);
        assertThat(value(quiet, schedule)).isEqualTo(judgedValue);
        assertThat(version(quiet)).as("written once: judged again, it held").isEqualTo(quietVersion + 1);
        assertThat(heard).as("every judgement heard once, after it was stored")
                .extracting(judged -> judged.plan().rolloutId()).containsExactlyInAnyOrder(raced, quiet);
    }

    /** The judge, its healths running {@code betweenReadAndBulk} once right after their read, telling {@code heard}. */
    private HealthEvaluation judge(AtomicReference<Runnable> betweenReadAndBulk, List<RolloutJudgement> heard) {
        RolloutHealths racing = new RolloutHealths(store, mongo) {
            @Override
            Map<String, RolloutHealth> findAll(Collection<String> rolloutIds) {
                Map<String, RolloutHealth> read = super.findAll(rolloutIds);
                Runnable meanwhile = betweenReadAndBulk.getAndSet(null);
                if (meanwhile != null) {
                    meanwhile.run();
                }
                return read;
            }
        };
        StaticListableBeanFactory listeners = new StaticListableBeanFactory();
        listeners.addBean("heard", (JudgementListener) heard::add);
        return new HealthEvaluation(plans, sources, earnedValues, rules, racing, statusDate, clock,
                listeners.getBeanProvider(JudgementListener.class));
    }

    /** A build that should be half done by today and is a tenth done: a schedule figure, amber or red. */
    private TrackedPlan lateBuild(String rolloutId) {
        LocalDate today = statusDate.today();
        LocalDate start = today.minusDays(14);
        LocalDate finish = today.plusDays(14);
        TrackedTask build = new TrackedTask("build", "Task build", "Build", start, finish,
                (int) WorkingDays.inclusive(start, finish), false, false, "IN_PROGRESS", 10, null, null,
                BigDecimal.valueOf(200), start, finish);
        return new TrackedPlan(rolloutId, "program-" + rolloutId, "wave-1", "Site " + rolloutId,
                GoLiveDates.saturdayWeeksAhead(8), "Approved plan", List.of(build), List.of(), 0);
    }

    private String value(String rolloutId, String dimension) {
        Document health = mongo.findById(rolloutId, Document.class, HEALTHS);
        assertThat(health).as("health of " + rolloutId).isNotNull();
        return health.get("dimensions", Document.class).get(dimension, Document.class).getString("value");
    }

    private long version(String rolloutId) {
        return ((Number) mongo.findById(rolloutId, Document.class, HEALTHS).get("version")).longValue();
    }
}
