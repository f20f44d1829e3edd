package org.golive.platform.consumer;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.bson.Document;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.WaveCreated;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every event passes its source's ledger before any handler sees it: a redelivery is applied once and parks nothing,
 * a sequence issued twice is parked and counted, a gap is counted and applied, a late one is parked.
 */
@SpringBootTest(properties = {"golive.outbox.enabled=false", "spring.mongodb.database=platform-intake-test",
        "golive.consumer.ledger-window=4"})
@Import(GoliveTestInfrastructure.class)
class EventIntakeIT {

    private static final String TOPIC = "golive.planning.events";
    private static final String READ_MODEL = "intake_waves";
    private static final AtomicLong OFFSETS = new AtomicLong();

    @Autowired
    EventIntake intake;
    @Autowired
    AppliedEvents applied;
    @Autowired
    RolloutManagers managers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JsonMapper json;

    private final String programId = UUID.randomUUID().toString();
    private final String source = "/planning/programs/" + programId;
    private final List<String> handled = new ArrayList<>();

    /** A service's handlers: each wave event adds the wave to its program's document, guarded as services do. */
    private EventHandlers service() {
        return intake.handlers()
                .on(WaveCreated.class, (event, wave) -> {
                    handled.add(event.id());
                    applied.apply(event, READ_MODEL, programId, new Update().inc("waves", 1));
                })
                .build();
    }

    @Test
    void aRedeliveredEventIsAppliedOnceAndNothingIsParked() {
        EventHandlers handlers = service();
        ConsumerRecord<String, byte[]> first = record(wave(1, UUID.randomUUID().toString()));
        double redeliveredBefore = count("redelivered");

        handlers.handle(first);
        handlers.handle(redelivery(first));

        assertThat(waves()).isEqualTo(1);
        assertThat(parked()).isEmpty();
        assertThat(count("redelivered") - redeliveredBefore).isEqualTo(1);
    }

    @Test
    void aSequenceIssuedTwiceIsParkedWithItsRecordAndCountedNotApplied() {
        EventHandlers handlers = service();
        String original = UUID.randomUUID().toString();
        handlers.handle(record(wave(1, original)));
        handlers.handle(record(wave(2, UUID.randomUUID().toString())));
        double conflictsBefore = count("conflict");

        String reissued = UUID.randomUUID().toString();
        ConsumerRecord<String, byte[]> conflicting = record(wave(1, reissued));
        handlers.handle(conflicting);
        handlers.handle(redelivery(conflicting));

        assertThat(waves()).as("the reissued sequence changed nothing").isEqualTo(2);
        assertThat(handled).doesNotContain(reissued);
        assertThat(parked()).singleElement().satisfies(parked -> {
            assertThat(parked.reason()).isEqualTo("CONFLICT");
            assertThat(parked.eventId()).isEqualTo(reissued);
            assertThat(parked.knownEventId()).isEqualTo(original);
            assertThat(parked.sequence()).isEqualTo(1);
            assertThat(parked.offset()).isEqualTo(conflicting.offset());
            assertThat(parked.headers()).containsEntry("ce_id", reissued).containsKey("ce_sequence");
            assertThat(parked.data()).isEqualTo(new String(conflicting.value(), StandardCharsets.UTF_8));
        });
        assertThat(count("conflict") - conflictsBefore).as("parked and counted once").isEqualTo(1);
    }

    @Test
    void aGapIsCountedAndTheEventApplied() {
        EventHandlers handlers = service();
        handlers.handle(record(wave(1, UUID.randomUUID().toString())));
        double gapsBefore = count("gap");

        handlers.handle(record(wave(4, UUID.randomUUID().toString())));

        assertThat(waves()).isEqualTo(2);
        assertThat(count("gap") - gapsBefore).isEqualTo(1);
        assertThat(parked()).isEmpty();
        assertThat(mongo.findById(source, Document.class, SourceLedger.COLLECTION))
                .containsEntry("sequence", 4L);
    }

    @Test
    void aSequenceSkippedEarlierThatArrivesLateIsParked() {
        EventHandlers handlers = service();
        handlers.handle(record(wave(1, UUID.randomUUID().toString())));
        handlers.handle(record(wave(3, UUID.randomUUID().toString())));

        String late = UUID.randomUUID().toString();
        handlers.handle(record(wave(2, late)));

        assertThat(handled).doesNotContain(late);
        assertThat(parked()).singleElement().satisfies(parked -> assertThat(parked.reason()).isEqualTo("LATE"));
    }

    @Test
    void beyondItsWindowTheLedgerCannotTellAndHandsTheEventOnToTheGuards() {
        EventHandlers handlers = service();
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int sequence = 1; sequence <= 7; sequence++) {
            records.add(record(wave(sequence, UUID.randomUUID().toString())));
            handlers.handle(records.get(sequence - 1));
        }
        double unverifiableBefore = count("unverifiable");

        handlers.handle(redelivery(records.get(0))); // a replay from old offsets
        handlers.handle(redelivery(records.get(5)));

        assertThat(waves()).as("the guards applied neither twice").isEqualTo(7);
        assertThat(parked()).isEmpty();
        assertThat(count("unverifiable") - unverifiableBefore).isEqualTo(1);
        Document ledger = mongo.findById(source, Document.class, SourceLedger.COLLECTION);
        assertThat(ledger.get("recent", Document.class).keySet()).as("the window of 4")
                .containsExactlyInAnyOrder("4", "5", "6", "7");
    }

    @Test
    void aPollOfNextEventsIsRecordedInOneRunWithItsWindow() {
        EventHandlers handlers = service();
        handlers.handle(record(wave(1, UUID.randomUUID().toString())));
        List<ConsumerRecord<String, byte[]>> poll = new ArrayList<>();
        for (int sequence = 2; sequence <= 6; sequence++) {
            poll.add(record(wave(sequence, UUID.randomUUID().toString())));
        }
        double nextBefore = count("next");

        EventHandlers.Poll admitted = handlers.poll(poll);
        poll.forEach(admitted::handle);

        assertThat(waves()).isEqualTo(6);
        assertThat(count("next") - nextBefore).isEqualTo(5);
        Document ledger = mongo.findById(source, Document.class, SourceLedger.COLLECTION);
        assertThat(ledger).containsEntry("sequence", 6L).containsEntry("first", 1L);
        assertThat(ledger.get("recent", Document.class).keySet()).as("the window of 4")
                .containsExactlyInAnyOrder("3", "4", "5", "6");
    }

    @Test
    void insideAPollEachEventIsJudgedAsItWouldBeAlone() {
        EventHandlers handlers = service();
        String original = UUID.randomUUID().toString();
        ConsumerRecord<String, byte[]> second = record(wave(2, UUID.randomUUID().toString()));
        String late = UUID.randomUUID().toString();
        String reissued = UUID.randomUUID().toString();
        List<ConsumerRecord<String, byte[]>> poll = List.of(record(wave(1, original)), second, redelivery(second),
                record(wave(4, UUID.randomUUID().toString())), record(wave(3, late)), record(wave(1, reissued)),
                record(wave(5, UUID.randomUUID().toString())));
        double gapsBefore = count("gap");
        double redeliveredBefore = count("redelivered");

        EventHandlers.Poll admitted = handlers.poll(poll);
        poll.forEach(admitted::handle);

        assertThat(waves()).as("1, 2, 4 and 5 applied once each").isEqualTo(4);
        assertThat(handled).doesNotContain(late, reissued);
        assertThat(parked()).extracting(ParkedDeliveries.Parked::reason).containsExactlyInAnyOrder("LATE", "CONFLICT");
        assertThat(count("gap") - gapsBefore).isEqualTo(1);
        assertThat(count("redelivered") - redeliveredBefore).isEqualTo(1);
        assertThat(mongo.findById(source, Document.class, SourceLedger.COLLECTION)).containsEntry("sequence", 5L);
    }

    @Test
    void aPollDeliveredAgainAppliesOnceAndAPollAfterItsGapParksTheLateOne() {
        EventHandlers handlers = service();
        List<ConsumerRecord<String, byte[]>> poll = List.of(record(wave(1, UUID.randomUUID().toString())),
                record(wave(2, UUID.randomUUID().toString())), record(wave(4, UUID.randomUUID().toString())));
        EventHandlers.Poll first = handlers.poll(poll);
        poll.forEach(first::handle);

        List<ConsumerRecord<String, byte[]>> again = poll.stream().map(EventIntakeIT::redelivery).toList();
        EventHandlers.Poll second = handlers.poll(again);
        again.forEach(second::handle);
        String late = UUID.randomUUID().toString();
        List<ConsumerRecord<String, byte[]>> after = List.of(record(wave(3, late)));
        EventHandlers.Poll third = handlers.poll(after);
        after.forEach(third::handle);

        assertThat(waves()).isEqualTo(3);
        assertThat(parked()).singleElement().satisfies(parked -> assertThat(parked.eventId()).isEqualTo(late));
    }

    @Test
    void aPollOfManySourcesRecordsTheirNextRunsInOneWriteAndStillTellsARedeliveredRunFromThem() {
        EventHandlers handlers = service();
        String other = "/planning/programs/" + UUID.randomUUID();
        String third = "/planning/programs/" + UUID.randomUUID();
        for (String each : List.of(source, other, third)) {
            handlers.handle(record(wave(each, 1, UUID.randomUUID().toString())));
        }
        List<ConsumerRecord<String, byte[]>> earlier = List.of(record(wave(other, 2, UUID.randomUUID().toString())),
                record(wave(other, 3, UUID.randomUUID().toString())));
        EventHandlers.Poll first = handlers.poll(earlier);
        earlier.forEach(first::handle);
        double nextBefore = count("next");
        double redeliveredBefore = count("redelivered");

        List<ConsumerRecord<String, byte[]>> poll = List.of(record(wave(source, 2, UUID.randomUUID().toString())),
                redelivery(earlier.get(0)), record(wave(third, 2, UUID.randomUUID().toString())),
                record(wave(source, 3, UUID.randomUUID().toString())), redelivery(earlier.get(1)),
                record(wave(third, 3, UUID.randomUUID().toString())));
        EventHandlers.Poll admitted = handlers.poll(poll);
        poll.forEach(admitted::handle);

        assertThat(waves()).as("3 first events, 2 earlier, 4 new; the redelivered 2 once").isEqualTo(9);
        assertThat(count("next") - nextBefore).as("the two runs that follow on").isEqualTo(4);
        assertThat(count("redelivered") - redeliveredBefore).as("the run its ledger already held").isEqualTo(2);
        for (String each : List.of(source, other, third)) {
            assertThat(mongo.findById(each, Document.class, SourceLedger.COLLECTION)).containsEntry("sequence", 3L);
        }
    }

    @Test
    void aPollRecordsEachSourcesOutcomeInOneWriteWhateverTheOthersLedgersHold() {
        EventHandlers handlers = service();
        String moved = "/planning/programs/" + UUID.randomUUID();
        String unknown = "/planning/programs/" + UUID.randomUUID();
        handlers.handle(record(wave(source, 1, UUID.randomUUID().toString())));
        handlers.handle(record(wave(moved, 1, UUID.randomUUID().toString())));
        // Another instance recorded sequence 2 of `moved` (a rebalance) with an event this poll has under another id.
        String reissued = UUID.randomUUID().toString();
        handlers.handle(record(wave(moved, 2, UUID.randomUUID().toString())));
        double nextBefore = count("next");
        double gapsBefore = count("gap");

        List<ConsumerRecord<String, byte[]>> poll = List.of(record(wave(source, 2, UUID.randomUUID().toString())),
                record(wave(moved, 2, reissued)), record(wave(unknown, 5, UUID.randomUUID().toString())),
                record(wave(moved, 3, UUID.randomUUID().toString())),
                record(wave(unknown, 6, UUID.randomUUID().toString())));
        EventHandlers.Poll admitted = handlers.poll(poll);
        poll.forEach(admitted::handle);

        assertThat(handled).doesNotContain(reissued);
        assertThat(count("next") - nextBefore).as("source's 2, moved's 3, unknown's 6").isEqualTo(3);
        assertThat(count("gap") - gapsBefore).as("a source first seen at 5").isEqualTo(1);
        assertThat(new ParkedDeliveries(mongo).list()).filteredOn(p -> p.eventId().equals(reissued))
                .extracting(ParkedDeliveries.Parked::reason).containsExactly("CONFLICT");
        assertThat(mongo.findById(unknown, Document.class, SourceLedger.COLLECTION))
                .containsEntry("first", 5L).containsEntry("sequence", 6L);
        assertThat(mongo.findById(unknown, Document.class, SourceLedger.COLLECTION).get("recent", Document.class))
                .containsOnlyKeys("5", "6");
        assertThat(mongo.findById(moved, Document.class, SourceLedger.COLLECTION)).containsEntry("sequence", 3L)
                .containsEntry("first", 1L);
        assertThat(mongo.findById(source, Document.class, SourceLedger.COLLECTION)).containsEntry("sequence", 2L)
                .containsEntry("first", 1L);
    }

    @Test
    void aBatchListenersPollIsJudgedFirstThenHandledInOrderAndARecordThatFailsIsNamedByItsIndex() {
        EventHandlers handlers = service();
        List<Long> observed = new ArrayList<>();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<KafkaRecordReceiverContext>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return context instanceof KafkaRecordReceiverContext;
            }

            @Override
            public void onStop(KafkaRecordReceiverContext context) {
                observed.add(context.getRecord().offset());
            }
        });
        RecordObservation observation = new RecordObservation(registry, "golive-test");
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String third = UUID.randomUUID().toString();
        ConsumerRecord<String, byte[]> garbage = new ConsumerRecord<>(TOPIC, 0, OFFSETS.incrementAndGet(), "key",
                "not an event".getBytes(StandardCharsets.UTF_8));
        List<ConsumerRecord<String, byte[]>> poll = List.of(record(wave(1, first)), record(wave(2, second)), garbage,
                record(wave(3, third)));
        double redeliveredBefore = count("redelivered");

        assertThatThrownBy(() -> handlers.handlePoll("test-listener", poll, observation))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
                    assertThat(failed.getIndex()).as("the record the container must retry or dead-letter").isEqualTo(2);
                    assertThat(failed.getCause()).isInstanceOf(MalformedEventException.class);
                });
        assertThat(handled).as("the records before it, in order; none after it").containsExactly(first, second);
        assertThat(observed).as("each record observed as a record listener's")
                .containsExactly(poll.get(0).offset(), poll.get(1).offset(), garbage.offset());
        assertThat(mongo.findById(source, Document.class, SourceLedger.COLLECTION))
                .as("the poll's events judged before any was handled").containsEntry("sequence", 3L);

        // The container dead-letters the malformed record and goes on from the one after it.
        handlers.handlePoll("test-listener", List.of(redelivery(poll.get(3))), observation);

        assertThat(handled).containsExactly(first, second, third);
        assertThat(waves()).isEqualTo(3);
        assertThat(count("redelivered") - redeliveredBefore).as("judged with the first poll").isEqualTo(1);
    }

    @Test
    void thePlatformLearnsWhoManagesARolloutFromEveryServicesIntake() {
        String rolloutId = UUID.randomUUID().toString();
        EventHandlers handlersWithoutRolloutCode = service();

        handlersWithoutRolloutCode.handle(record(CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create("/planning/rollouts/" + rolloutId))
                .withType("org.golive.planning.rollout.created.v1")
                .withExtension("sequence", 1L)
                .withData(json.writeValueAsBytes(new RolloutCreated(rolloutId, programId, "Northwind EHR", null,
                        null, "Northwind General", "HOSPITAL", LocalDate.of(2027, 5, 1), 420, 3100, "pm.north",
                        List.of(), Instant.now())))
                .build()));

        assertThat(managers.managerOf(rolloutId)).contains("pm.north");
        assertThat(managers.rolloutsManagedBy("pm.north")).contains(rolloutId);
        assertThat(managers.unknownAmong(List.of(rolloutId, "never-announced"))).containsExactly("never-announced");
    }

    private io.cloudevents.CloudEvent wave(long sequence, String id) {
        return wave(source, sequence, id);
    }

    private io.cloudevents.CloudEvent wave(String from, long sequence, String id) {
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create(from))
                .withType("org.golive.planning.wave.created.v1")
                .withExtension("sequence", sequence)
                .withData(json.writeValueAsBytes(new WaveCreated(UUID.randomUUID().toString(), programId,
                        "Wave " + sequence, (int) sequence, Instant.now())))
                .build();
    }

    private static ConsumerRecord<String, byte[]> record(io.cloudevents.CloudEvent event) {
        ProducerRecord<String, byte[]> sent = KafkaMessageFactory.createWriter(TOPIC, 0, "key").writeBinary(event);
        return new ConsumerRecord<>(TOPIC, 0, OFFSETS.incrementAndGet(), 0L, TimestampType.CREATE_TIME, -1, -1,
                sent.key(), sent.value(), sent.headers(), Optional.empty());
    }

    /** The same record read again (after a crash or a rebalance): same offset, same bytes. */
    private static ConsumerRecord<String, byte[]> redelivery(ConsumerRecord<String, byte[]> record) {
        return new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), 0L, TimestampType.CREATE_TIME,
                -1, -1, record.key(), record.value(), record.headers(), Optional.empty());
    }

    private int waves() {
        Document document = mongo.findById(programId, Document.class, READ_MODEL);
        return document == null ? 0 : document.getInteger("waves");
    }

    private List<ParkedDeliveries.Parked> parked() {
        return new ParkedDeliveries(mongo).list().stream().filter(p -> p.source().equals(source)).toList();
    }

    private double count(String outcome) {
        var counter = meters.find(EventIntake.METER).tags("topic", TOPIC, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
