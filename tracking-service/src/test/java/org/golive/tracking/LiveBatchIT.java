package org.golive.tracking;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.bson.Document;
import org.golive.contract.Topics;
import org.golive.platform.consumer.MalformedEventException;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.TestEvents;
import org.golive.tracking.audit.AuditTrail;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.intake.TrackingListeners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The live listeners take a poll's records as one batch: its writes are held, merged per document and written once,
 * with the guarantees of one record at a time: a redelivered event applies once, a malformed record is named to the
 * container's error handler (dead-letter topic) without losing the records around it, and a poll written but not
 * committed (a crash before the offsets) applies once when it comes again, whole or as part of a larger poll.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "golive.tracking.live.writes-per-part=" + LiveBatchIT.WRITES_PER_PART)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class LiveBatchIT {

    /** Small, so that a poll of a few events is written in several parts. */
    static final int WRITES_PER_PART = 3;

    private static final String PLANNING_LISTENER = "tracking-planning-events";
    private static final byte[] POISON = "{not a cloud event".getBytes(StandardCharsets.UTF_8);

    @Autowired
    TrackingListeners listeners;
    @Autowired
    KafkaListenerEndpointRegistry registry;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModels readModels;

    private long offset;

    @Test
    void aPollWithADuplicateAndAMalformedRecordInTheMiddleWritesTheRecordsBeforeItOnceAndNamesIt() {
        String programId = UUID.randomUUID().toString();
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        CloudEvent createdA = created(a, programId);
        List<ConsumerRecord<String, byte[]>> poll = List.of(record(a, createdA), record(b, created(b, programId)),
                record(a, createdA), garbage(c), record(c, created(c, programId)));

        assertThatThrownBy(() -> listeners.onPlanning(poll))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
                    assertThat(failed.getIndex()).isEqualTo(3);
                    assertThat(failed.getCause()).isInstanceOf(MalformedEventException.class);
                });
        assertThat(rolloutCount(programId)).isEqualTo(2);
        assertThat(rollout(a)).isPresent();
        assertThat(rollout(b)).isPresent();
        assertThat(rollout(c)).isEmpty();
        assertThat(mongo.count(query(where("subject").in(a, b)), AuditTrail.COLLECTION)).isEqualTo(2);

        // The container commits the offsets before the malformed record, dead-letters it and delivers the rest.
        listeners.onPlanning(poll.subList(4, 5));
        assertThat(rolloutCount(programId)).isEqualTo(3);
    }

    @Test
    void aPollWrittenButNotCommittedAppliesOnceWhenItComesAgainWholeOrInsideALargerPoll() {
        String programId = UUID.randomUUID().toString();
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        LocalDate goLive = GoLiveDates.mondayWeeksAhead(26);
        List<ConsumerRecord<String, byte[]>> first = List.of(record(a, created(a, programId)),
                record(b, created(b, programId)),
                record(a, PortfolioEvents.goLiveRescheduled(a, programId, goLive, goLive.plusDays(7), 2)));

        listeners.onPlanning(first);
        listeners.onPlanning(first); // a crash after the writes, before the offsets were committed
        assertThat(rolloutCount(programId)).isEqualTo(2);
        assertThat(rollout(a).orElseThrow().getInteger("goLiveMoves")).isEqualTo(1);

        // Delivered again with more behind it: each document's merged write is refused (it is past the first
        // events) and its events are written one by one, so only the new ones apply.
        listeners.onPlanning(List.of(first.get(0), first.get(1), first.get(2),
                record(a, PortfolioEvents.goLiveRescheduled(a, programId, goLive.plusDays(7), goLive.plusDays(14),
                        3)), record(c, created(c, programId))));
        assertThat(rolloutCount(programId)).isEqualTo(3);
        Document moved = rollout(a).orElseThrow();
        assertThat(moved.getInteger("goLiveMoves")).isEqualTo(2);
        assertThat(moved.getString("goLiveDate")).isEqualTo(goLive.plusDays(14).toString());
    }

    @Test
    void aPollOverItsWritesPerPartIsWrittenPartByPartInOrderAndAppliesOnceWhenItComesAgain() {
        String programId = UUID.randomUUID().toString();
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        LocalDate goLive = GoLiveDates.mondayWeeksAhead(30);
        List<ConsumerRecord<String, byte[]>> poll = List.of(record(a, created(a, programId)),
                record(b, created(b, programId)),
                record(a, PortfolioEvents.goLiveRescheduled(a, programId, goLive, goLive.plusDays(7), 2)),
                record(c, created(c, programId)),
                record(a, PortfolioEvents.goLiveRescheduled(a, programId, goLive.plusDays(7), goLive.plusDays(14), 3)),
                record(b, PortfolioEvents.goLiveRescheduled(b, programId, goLive, goLive.plusDays(21), 2)));

        listeners.onPlanning(poll);
        listeners.onPlanning(poll); // a crash after the writes, before the offsets were committed

        assertThat(rolloutCount(programId)).isEqualTo(3);
        Document movedTwice = rollout(a).orElseThrow();
        assertThat(movedTwice.getInteger("goLiveMoves")).isEqualTo(2);
        assertThat(movedTwice.getString("goLiveDate")).isEqualTo(goLive.plusDays(14).toString());
        assertThat(rollout(b).orElseThrow().getString("goLiveDate")).isEqualTo(goLive.plusDays(21).toString());
        assertThat(rollout(c)).isPresent();
    }

    @Test
    void throughTheBrokerTheMalformedRecordGoesToTheDeadLetterTopicAndTheRecordsAroundItApplyOnce() {
        String programId = UUID.randomUUID().toString();
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        MessageListenerContainer planning = registry.getListenerContainer(PLANNING_LISTENER);
        try (EventTap deadLetters = EventTap.onTestInfrastructure("golive.tracking.dlt");
             TestEvents events = TestEvents.onTestInfrastructure()) {
            planning.stop(); // so that the records below come in one poll
            CloudEvent createdA = created(a, programId);
            events.send(a, createdA);
            events.sendGarbage(Topics.PLANNING, b, POISON);
            events.send(b, created(b, programId));
            events.send(a, createdA);
            planning.start();

            await().atMost(Duration.ofSeconds(30)).until(() -> rollout(b).isPresent());
            assertThat(deadLetters.awaitEvent(e -> b.equals(e.key())).data())
                    .isEqualTo(new String(POISON, StandardCharsets.UTF_8));
            assertThat(rolloutCount(programId)).isEqualTo(2);
        } finally {
            if (!planning.isRunning()) {
                planning.start();
            }
        }
    }

    private static CloudEvent created(String rolloutId, String programId) {
        return PortfolioEvents.rolloutCreated(rolloutId, programId, "Site " + rolloutId, "HOSPITAL",
                GoLiveDates.mondayWeeksAhead(26));
    }

    private int rolloutCount(String programId) {
        Document program = mongo.findById(programId, Document.class, readModels.collection("portfolio_programs"));
        return program == null ? 0 : program.getInteger("rolloutCount", 0);
    }

    private Optional<Document> rollout(String rolloutId) {
        return Optional.ofNullable(mongo.findById(rolloutId, Document.class,
                readModels.collection("portfolio_rollouts")));
    }

    private ConsumerRecord<String, byte[]> record(String key, CloudEvent event) {
        return PlanningRecords.record(key, event, offset++);
    }

    private ConsumerRecord<String, byte[]> garbage(String key) {
        return new ConsumerRecord<>(Topics.PLANNING, 0, offset++, 0L, TimestampType.CREATE_TIME, key.length(),
                POISON.length, key, POISON, new RecordHeaders(), Optional.empty());
    }
}
