package org.golive.tracking.readiness;

import org.golive.platform.outbox.AggregateStore;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.tracking.TrackingTestConfiguration;
import org.golive.tracking.health.HealthEvaluation;
import org.golive.tracking.intake.ReadModelWrites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness feed reads a scorecard once for a poll's events and writes it once, under its version check: an
 * assessment through the API that writes between that read and that write is kept, and the poll's changes are
 * applied again on top of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class ScorecardFeedRaceIT {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    @Autowired
    Scorecards scorecards;
    @Autowired
    AggregateStore store;
    @Autowired
    ObjectProvider<HealthEvaluation> health;
    @Autowired
    ReadModelWrites writes;
    @Autowired
    Clock clock;
    @Autowired
    MongoTemplate mongo;

    @Test
    void anAssessmentWrittenBetweenTheFeedsReadAndWriteIsKeptAndThePollsChangesApplyOnTopOfIt() {
        String rolloutId = UUID.randomUUID().toString();
        LocalDate goLive = GoLiveDates.mondayWeeksAhead(20);
        new ReadinessFeed(scorecards, writes, clock).write(rolloutId, List.of(new ReadinessFeed.FeedChange(1,
                () -> Scorecard.seed(rolloutId, "p-race", goLive, ScorecardMother.standardTags(), Map.of(), 1, AT),
                card -> { throw new AssertionError("seeded, not changed"); }, true)));
        String fed = criterionOf(scorecards.get(rolloutId), "device-install");
        String assessed = scorecards.get(rolloutId).criteria().stream().map(Criterion::id)
                .filter(id -> !id.equals(fed)).findFirst().orElseThrow();
        Scorecards racing = new Scorecards(store, health, mongo) {
            private boolean raced;

            @Override
            public Optional<Scorecard> find(String id) {
                Optional<Scorecard> read = super.find(id);
                if (!raced) {
                    raced = true;
                    scorecards.change(id, card -> card.assess(assessed, 40, "walk-through", null, "pmo", AT),
                            card -> null);
                }
                return read;
            }
        };

        new ReadinessFeed(racing, writes, clock).write(rolloutId, List.of(
                new ReadinessFeed.FeedChange(2, null, card -> card.taskProgressed(2, "device-install", true, AT),
                        false),
                new ReadinessFeed.FeedChange(3, null, card -> card.goLiveMoved(3, goLive.plusDays(7)), true)));

        Scorecard stored = scorecards.get(rolloutId);
        assertThat(stored.criterion(assessed).attainment()).as("the assessment").isEqualTo(40);
        assertThat(stored.criterion(fed).attainment()).as("the poll's task done").isEqualTo(100);
        assertThat(stored.goLiveDate()).isEqualTo(goLive.plusDays(7));
        assertThat(stored.history()).extracting(Revision::cause)
                .containsExactly(Revision.Cause.PLAN, Revision.Cause.ASSESSMENT, Revision.Cause.TASK_PROGRESS);
        assertThat(stored.version()).as("seeded, assessed, then the poll's one write").isEqualTo(2L);
    }

    /** The criterion a task evidences: the one its progress moves. */
    private static String criterionOf(Scorecard seeded, String taskId) {
        Scorecard copy = Scorecard.seed("copy", "p", seeded.goLiveDate(), ScorecardMother.standardTags(), Map.of(), 1,
                AT).result();
        return copy.taskProgressed(2, taskId, true, AT).events().isEmpty() ? null : copy.history()
                .get(copy.history().size() - 1).changes().get(0).criterionId();
    }
}
