package org.golive.tracking.rebuild;

import org.apache.kafka.common.TopicPartition;
import org.golive.contract.Topics;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.tracking.health.HealthEvaluation;
import org.golive.tracking.health.JudgementSources;
import org.golive.tracking.intake.LiveIntake;
import org.golive.tracking.intake.ReadModelFold;
import org.golive.tracking.intake.ReadModelWrites;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.intake.ReplayFeed;
import org.golive.tracking.status.RolloutPlans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;

/**
 * Rebuilds every read model built from events by replaying tracking's topics from the start into a new generation,
 * while readers keep reading the active one and the live listeners keep it current:
 * <ol>
 * <li>replay up to the end offsets captured at the start, then on to where the topics end now, until little is left;
 * <li>judge every rollout's health in the new generation (the figures the portfolio and the status views keep from
 * judgements), from the fold's documents in memory and into them, then write the fold: each document once, whole;
 * <li>pause the live listeners, replay the last records (everything they applied lies before the topics' ends), and
 * switch the pointer: readers and listeners move to the new generation at once;
 * <li>resume: what arrived meanwhile is applied to the new generation; what both applied, the documents' own guards
 * apply once (idempotence lives in each generation's documents, so the rebuild skips nothing);
 * <li>judge again the rollouts the judgement may be behind on ({@link JudgedMeanwhile}: the last records', and those
 * judged elsewhere meanwhile; it publishes a change only where the rebuilt figures differ), and drop the old generation
 * after a grace period, once readers that looked it up just before the switch are done.
 * </ol>
 * Read models holding people's input (scorecards, training, health rules) are not in generations and stay as they
 * are. One rebuild at a time; a rebuild interrupted by a restart is abandoned and the active generation untouched.
 */
@Component
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final List<String> TOPICS = List.of(Topics.PLANNING, Topics.BUDGET, Topics.STAKEHOLDER);
    /** Close enough to the live listeners to pause them for the rest. */
    private static final long CATCH_UP = 1_000;
    private static final int CATCH_UP_ROUNDS = 20;
    private static final long PROGRESS_EVERY = 10_000;

    private final Rebuilds rebuilds;
    private final ReadModels readModels;
    private final ReadModelWrites writes;
    private final ReplayFeed feed;
    private final LiveIntake live;
    private final HealthEvaluation health;
    private final JudgementSources sources;
    private final RolloutPlans plans;
    private final JudgedMeanwhile meanwhile;
    private final ConsumerFactory<?, ?> consumers;
    private final Clock clock;
    private final Duration dropAfter;
    private final int foldBound;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ReadModelRebuild(Rebuilds rebuilds, ReadModels readModels, ReadModelWrites writes, ReplayFeed feed, LiveIntake live,
                     HealthEvaluation health, JudgementSources sources, RolloutPlans plans, JudgedMeanwhile meanwhile, ConsumerFactory<?, ?> consumers, Clock clock,
                     @Value("${golive.read-models.drop-after:5s}") Duration dropAfter,
                     @Value("${golive.read-models.rebuild.fold-documents:50000}") int foldBound) {
        this.rebuilds = rebuilds;
        this.readModels = readModels;
        this.writes = writes;
        this.feed = feed;
        this.live = live;
        this.health = health;
        this.sources = sources;
        this.plans = plans;
        this.meanwhile = meanwhile;
        this.consumers = consumers;
        this.clock = clock;
        this.dropAfter = dropAfter;
        this.foldBound = foldBound;
    }

    /** @throws ConflictException (409) while another rebuild runs */
    RebuildStatus start(String by) {
        long previous = readModels.active();
        long generation = Math.max(previous, rebuilds.last().map(d -> d.get("generation", Number.class).longValue())
                .orElse(0L)) + 1;
        String runId = UUID.randomUUID().toString();
        if (!rebuilds.begin(runId, generation, previous, by, clock.instant())) {
            throw new ConflictException("A rebuild of the read models is running: wait for it to finish");
        }
        worker.execute(() -> run(runId, generation, previous));
        return status();
    }

    RebuildStatus status() {
        return rebuilds.last().map(d -> RebuildStatus.of(d, clock.instant()))
                .orElseThrow(() -> new NotFoundException("Rebuild of the read models", "(none started)"));
    }

    /** A rebuild still marked running when tracking starts was interrupted: nothing of it is kept. */
    @EventListener(ApplicationStartedEvent.class)
    public void abandonInterrupted() {
        rebuilds.last().filter(d -> Rebuilds.RUNNING.equals(d.getString("state"))).ifPresent(d -> {
            boolean switched = readModels.active() == d.get("generation", Number.class).longValue();
            rebuilds.close(d.getString("runId"), switched ? "DONE" : "ABANDONED", switched
                    ? "Switched; tracking stopped before the rebuild was recorded as done"
                    : "Tracking stopped during the rebuild: the active generation was kept", clock.instant());
        });
        if (rebuilds.last().map(d -> !Rebuilds.RUNNING.equals(d.getString("state"))).orElse(true)) {
            readModels.inactive().forEach(readModels::drop);
        }
    }

    private void run(String runId, long generation, long previous) {
        try {
            readModels.inactive().forEach(readModels::drop); // what an earlier crash or abandon left behind
            if (replayAndSwitch(runId, generation)) {
                worker.schedule(() -> dropUnlessActive(previous), dropAfter.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                dropUnlessActive(generation);
            }
        } catch (RuntimeException e) {
            log.warn("Rebuild {} of the read models failed; generation {} stays active", runId, previous, e);
            rebuilds.close(runId, "FAILED", String.valueOf(e.getMessage()), clock.instant());
            dropUnlessActive(generation);
        }
    }

    /** @return true once the new generation is active; false if the run was abandoned meanwhile */
    private boolean replayAndSwitch(String runId, long generation) {
        try (TopicReplay replay = new TopicReplay(consumers, TOPICS, feed.start())) {
            // The records are folded into documents in memory and written whole: once, after health's judgement
            // (which sets its figures into the same documents), and whenever the fold holds more documents than its
            // bound (ReadModelFold). A crash loses only this generation, which the next start abandons.
            ReadModelFold fold = writes.fold(foldBound);
            TopicReplay.BatchScope inGeneration = inGeneration(generation, fold, false);
            long began = System.nanoTime();
            Map<TopicPartition, Long> atStart = replay.ends();
            long size = replay.size(atStart);
            long[] reported = {0};
            if (!rebuilds.progress(runId, "REPLAYING", size, 0)
                    || !replay.replayTo(atStart, phase(runId, "REPLAYING", size, reported), inGeneration)
                    || !rebuilds.progress(runId, "CATCHING_UP", size, replay.replayed())) {
                return false;
            }
            LongPredicate catchingUp = phase(runId, "CATCHING_UP", size, reported);
            for (int round = 0; round < CATCH_UP_ROUNDS; round++) {
                Map<TopicPartition, Long> now = replay.ends();
                if (replay.behind(now) <= CATCH_UP) {
                    break;
                }
                if (!replay.replayTo(now, catchingUp, inGeneration)) {
                    return false;
                }
            }
            long replayedAt = System.nanoTime();
            long replayedBefore = replay.replayed();
            replay.noteKeys();
            int judged;
            long judgedAt;
            long writtenAt;
            Set<String> again;
            try {
                meanwhile.watch();
                // Figures kept from health judgements (the portfolio's, the status views) are filled in before
                // readers see the generation, judged from the fold's documents (the plans, costs and engagement in
                // memory, the scorecards and the healths in one read per chunk) and set into the fold's documents,
                // which are then written once. The fold stays the generation's one writer until the switch, so
                // the last records' pass below needs no read.
                judged = readModels.building(generation, () -> {
                    int[] asked = {0};
                    writes.folding(fold, () -> asked[0] = health.judgeAll(plans.ids(fold), sources.from(fold)));
                    return asked[0];
                });
                judgedAt = System.nanoTime();
                fold.flush();
                writtenAt = System.nanoTime();
                if (!rebuilds.progress(runId, "SWITCHING", size, replay.replayed())) {
                    return false;
                }
                LiveIntake.Paused paused = live.pause(Duration.ofSeconds(30));
                try {
                    if (!replay.replayTo(replay.ends(), replayed -> true, inGeneration(generation, fold, true))
                            || !rebuilds.progress(runId, "SWITCHING", size, replay.replayed())) {
                        return false;
                    }
                    readModels.activate(generation);
                } finally {
                    paused.resume();
                }
            } finally {
                again = new HashSet<>(meanwhile.stop());
            }
            // Judged again, now in the active generation, only where the judgement above may be behind: rollouts
            // whose last records were replayed after it, and rollouts judged elsewhere meanwhile (a live event, an
            // assessment, a rule change: something a judgement reads changed). Every other rollout's figures are
            // the ones judged above, from the same records.
            again.addAll(replay.notedKeys());
            again.forEach(this::judgeAgain);
            rebuilds.finish(runId, "DONE", replay.skipped() == 0 ? null : replay.skipped() + " record(s) passed over"
                    + " after failing every attempt, as the live listener dead-lettered them", replay.replayed(),
                    clock.instant());
            log.info("Rebuild {}: {} records replayed into generation {} ({} documents written), now active;"
                    + " {} records replayed in {} ms, health of {} rollouts judged in {} ms, the fold written in {} ms,"
                    + " the rest {} ms ({} judged again); all passes: {}, writing {} ms", runId, replay.replayed(),
                    generation, fold.documentsWritten(), replayedBefore, (replayedAt - began) / 1_000_000, judged,
                    (judgedAt - replayedAt) / 1_000_000, (writtenAt - judgedAt) / 1_000_000,
                    (System.nanoTime() - writtenAt) / 1_000_000, again.size(),
                    replay.timeSpent(), fold.writeMillis());
            return true;
        }
    }

    /**
     * Runs a poll's records inside the generation being built, folded; a fold over its bound is written and let go.
     *
     * @param flushAtEnd whether a pass that reaches its end offsets writes what it folded (the last pass, before the
     *                   switch); the passes before health's judgement leave it to the write after the judgement
     */
    private TopicReplay.BatchScope inGeneration(long generation, ReadModelFold fold, boolean flushAtEnd) {
        return new TopicReplay.BatchScope() {
            @Override
            public void run(Runnable batch) {
                readModels.building(generation, () -> {
                    writes.folding(fold, batch);
                    fold.flushIfFull();
                    return null;
                });
            }

            @Override
            public void passDone() {
                if (flushAtEnd) {
                    fold.flush();
                }
            }
        };
    }

    private void judgeAgain(String rolloutId) {
        try {
            health.reevaluate(rolloutId);
        } catch (RuntimeException e) {
            log.warn("Health of rollout {} not judged again after the rebuild: {}", rolloutId, e.toString());
        }
    }

    /** Reports progress now and then; false (stop) once the run was abandoned. */
    private LongPredicate phase(String runId, String phase, long size, long[] reported) {
        return replayed -> {
            if (replayed - reported[0] < PROGRESS_EVERY) {
                return true;
            }
            reported[0] = replayed;
            return rebuilds.progress(runId, phase, size, replayed);
        };
    }

    private void dropUnlessActive(long generation) {
        try {
            if (readModels.active() != generation) {
                readModels.drop(generation);
            }
        } catch (RuntimeException e) {
            log.warn("Generation {} of the read models could not be dropped; it goes at the next start", generation, e);
        }
    }
}
