package org.golive.tracking;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.golive.contract.Topics;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.TestEvents;
import org.golive.tracking.intake.TrackingListeners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one planning change costs tracking in round trips to MongoDB: every read model (audit, ledger, status, readiness,
 * health) applies a progress event, and each command is a round trip and, when it writes, a commit of the server.
 */
@SpringBootTest
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class PlanningEventRoundTripsIT {

    /**
     * Round trips of one progress event in tracking (session 10: 15; then 14, health reading no plan back, the status
     * kept; 15 again with the rollout's earned-value measures kept, which a wave's or a program's earned value sums; 16
     * with its progress curves kept, which the wave comparison reads instead of its plan).
     */
    private static final int BOUND = 16;

    private static final LocalDate GO_LIVE = LocalDate.of(2027, 6, 7);

    @Autowired
    SentCommands commands;
    @Autowired
    TrackingListeners listeners;

    private long offset;

    @Test
    void aProgressEventWritesEachReadModelOnceAndAdmitsItsEventWithoutReadingTheLedger() {
        String rolloutId = UUID.randomUUID().toString();
        try (TestEvents events = TestEvents.onTestInfrastructure()) {
            String programId = UUID.randomUUID().toString();
            events.send(rolloutId, PortfolioEvents.rolloutCreated(rolloutId, programId, "Harbor", "HOSPITAL", GO_LIVE));
            events.send(rolloutId, PlanEvents.planInstantiated(rolloutId, programId, GO_LIVE, 2,
                    PlanEvents.task("t1", "Build", null, "NOT_STARTED"),
                    PlanEvents.task("t2", "Build", null, "NOT_STARTED")));
            ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING));

            CloudEvent progressed = PlanEvents.taskStatusChanged(rolloutId, "t1", "NOT_STARTED", "IN_PROGRESS", 3);
            commands.start();
            events.send(rolloutId, progressed);
            ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING));
            List<SentCommands.Sent> progress = commands.stop();

            commands.start();
            events.send(rolloutId, progressed);
            ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING));
            List<SentCommands.Sent> redelivered = commands.stop();

            assertThat(writes(progress)).as("%s", progress).containsExactly("update consumer_ledger",
                    "insert audit_trail", "update status_tasks", "update status_plans",
                    "update comparison_series", "update evm_measures", "update portfolio_rollouts",
                    "update progress_curves", "update status_views");
            assertThat(progress).as("the next sequence of its source is admitted by the ledger's guarded write alone")
                    .doesNotContain(new SentCommands.Sent("find", "consumer_ledger"));
            // The generation pointer is re-read once a second, whatever the events: not counted.
            assertThat(progress.stream().filter(sent -> !sent.equals(new SentCommands.Sent("find",
                    "read_model_generations")))).as("%s", progress).hasSizeLessThanOrEqualTo(BOUND);
            assertThat(progress).as("health is judged from the plan kept in memory, checked by its rollout's document")
                    .contains(new SentCommands.Sent("find", "status_plans"))
                    .doesNotContain(new SentCommands.Sent("find", "status_rosters"),
                            new SentCommands.Sent("find", "status_tasks"));
            // A redelivery misses the guarded write, is judged on the ledger as read and handed to the read models'
            // guards, which refuse it.
            assertThat(redelivered).contains(new SentCommands.Sent("find", "consumer_ledger"));
        }
    }

    @Test
    void aPollOfEventsOfManyRolloutsIsAdmittedByOneLedgerWriteAndReadsTheirScorecardsOnce() throws InterruptedException {
        String programId = UUID.randomUUID().toString();
        List<String> rollouts = IntStream.range(0, 5).mapToObj(i -> UUID.randomUUID().toString()).toList();
        List<ConsumerRecord<String, byte[]>> setUp = new ArrayList<>();
        for (String rolloutId : rollouts) {
            setUp.add(record(rolloutId, PortfolioEvents.rolloutCreated(rolloutId, programId, "Harbor", "HOSPITAL",
                    GO_LIVE)));
            setUp.add(record(rolloutId, PlanEvents.planInstantiated(rolloutId, programId, GO_LIVE, 2,
                    PlanEvents.task("t1", "Build", null, "NOT_STARTED"),
                    PlanEvents.task("t2", "Build", null, "NOT_STARTED"))));
        }
        asThePlanningListener(setUp);
        List<ConsumerRecord<String, byte[]>> poll = rollouts.stream().map(rolloutId -> record(rolloutId,
                PlanEvents.taskStatusChanged(rolloutId, "t1", "NOT_STARTED", "IN_PROGRESS", 3))).toList();

        commands.start();
        asThePlanningListener(poll);
        List<SentCommands.Sent> sent = commands.stop();

        assertThat(writes(sent)).as("%s", sent).filteredOn(write -> write.endsWith("consumer_ledger"))
                .containsExactly("update consumer_ledger");
        assertThat(sent).doesNotContain(new SentCommands.Sent("find", "consumer_ledger"));
        assertThat(sent).as("the poll's scorecards read at once by the feed, then their scores by the judgement")
                .filteredOn(new SentCommands.Sent("find", "readiness_scorecards")::equals).hasSize(2);
    }

    /** Hands a poll to the planning listener on a thread named as the container's, whose commands are recorded. */
    private void asThePlanningListener(List<ConsumerRecord<String, byte[]>> poll) throws InterruptedException {
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Thread listener = new Thread(() -> {
            try {
                listeners.onPlanning(poll);
            } catch (RuntimeException e) {
                failed.set(e);
            }
        }, "tracking-planning-events-test");
        listener.start();
        listener.join();
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    private ConsumerRecord<String, byte[]> record(String key, CloudEvent event) {
        return PlanningRecords.record(key, event, offset++);
    }

    private static List<String> writes(List<SentCommands.Sent> sent) {
        return sent.stream().filter(command -> !command.command().equals("find")).map(Object::toString).toList();
    }
}
