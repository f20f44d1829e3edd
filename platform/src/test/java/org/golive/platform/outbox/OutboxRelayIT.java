package org.golive.platform.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.golive.contract.EventCatalog;
import org.golive.contract.Topics;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.WaveCreated;
import org.golive.platform.Sample;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.EventTap.WireEvent;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.ProducerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * From the aggregate's document to Kafka: every stored event is published once, in order per aggregate, as a
 * CloudEvent, and leaves the document afterwards, however many relays run and whichever of them holds the lease.
 */
@SpringBootTest(properties = "golive.outbox.sweep-interval=1s")
@Import(GoliveTestInfrastructure.class)
class OutboxRelayIT {

    private static final String SAMPLES = "samples";
    private static final String PENDING = "outbox_pending";
    private static final String LEASE = "outbox_lease";
    private static final int SAMPLE_COUNT = 30;
    private static final int WAVES_PER_UPDATE = 2;

    @RegisterExtension
    static final EventTap tap = EventTap.onTestInfrastructure(Topics.PLANNING);

    @Autowired
    AggregateStore store;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboxRelay relay;

    @Autowired
    PendingAggregates pending;

    @Autowired
    ParkedEvents parked;

    @Autowired
    OutboxProperties properties;

    @Autowired
    ProducerFactory<?, ?> producerFactory;

    @Value("${spring.application.name}-outbox")
    String transactionalId;

    private final String secondOwner = "second-relay-" + UUID.randomUUID();
    private final ExecutorService writers = Executors.newFixedThreadPool(4);
    private OutboxRelay second;

    @AfterEach
    void leaveTheContextsRelayRunningAlone() {
        writers.shutdownNow();
        if (second != null) {
            second.stop();
        }
        if (!relay.isRunning()) {
            relay.start();
        }
    }

    @Test
    void storedEventsReachKafkaAsCloudEventsAndLeaveTheDocument() {
        Sample sample = Sample.create("Northwind EHR");
        store.insert(sample, raised(sample.created(), sample.addWaves(2)));
        Sample loaded = store.find(Sample.class, sample.id()).orElseThrow();
        store.update(loaded, loaded.addWaves(1));

        List<WireEvent> events = tap.awaitEvents(from(sample.id()), 4);

        assertThat(events).extracting(WireEvent::sequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events).extracting(WireEvent::type)
                .containsExactly(ProgramCreated.TYPE, WaveCreated.TYPE, WaveCreated.TYPE, WaveCreated.TYPE);
        assertThat(events).extracting(WireEvent::id).doesNotHaveDuplicates();
        assertThat(events).allSatisfy(event -> {
            assertThat(event.key()).isEqualTo(sample.id());
            assertThat(event.attributes())
                    .containsEntry("specversion", "1.0")
                    .containsEntry("source", "/platform-test/samples/" + sample.id())
                    .containsEntry("subject", sample.id())
                    .containsEntry("datacontenttype", "application/json")
                    .containsEntry("dataschema", EventCatalog.byName(event.type()).orElseThrow().dataSchemaUri())
                    .containsKeys("id", "time");
        });
        assertThat(EventTap.schemaViolations(events)).isEmpty();
        ProgramCreated created = JsonMapper.builder().build().readValue(events.get(0).data(), ProgramCreated.class);
        assertThat(created.programId()).isEqualTo(sample.id());
        assertThat(created.name()).isEqualTo("Northwind EHR");
        awaitOutboxesEmptyAndUnmarked(List.of(sample.id()));
    }

    @Test
    void withTwoRelaysRunningEveryEventOfManyWritersArrivesOnceAndInOrder() throws Exception {
        second = startSecondRelay();
        List<String> ids = newIds();

        insertAll(ids);
        addWavesConcurrently(ids, 4);

        assertEachPublishedOnceInOrder(ids, 1 + 4 * WAVES_PER_UPDATE);
    }

    @Test
    void whenTheRelayHoldingTheLeaseStopsTheOtherTakesOverAndNothingIsLost() throws Exception {
        second = startSecondRelay();
        List<String> ids = newIds();
        insertAll(ids);
        addWavesConcurrently(ids, 2);

        String holder = await().atMost(Duration.ofSeconds(10)).until(this::leaseHolder, owner -> owner != null);
        OutboxRelay holding = secondOwner.equals(holder) ? second : relay;
        holding.stop();

        assertThat(leaseHolder()).as("stop() gives the lease back").isNotEqualTo(holder);
        await().atMost(properties.leaseTtl().dividedBy(2))
                .alias("taken over long before the lease could have expired")
                .until(() -> leaseHolder() != null && !holder.equals(leaseHolder()));
        addWavesConcurrently(ids, 2);

        assertEachPublishedOnceInOrder(ids, 1 + 4 * WAVES_PER_UPDATE);
    }

    @Test
    void eventsWhosePendingMarkWasLostAreFoundByTheSweep() {
        relay.stop();
        Sample sample = Sample.create("Written just before a crash");
        store.insert(sample, sample.created());
        mongo.remove(query(where("aggregateId").is(sample.id())), PENDING);
        assertThat(outbox(sample.id())).hasSize(1);

        relay.start();

        WireEvent event = tap.awaitEvent(from(sample.id()));
        assertThat(event.type()).isEqualTo(ProgramCreated.TYPE);
        assertThat(event.sequence()).isEqualTo(1L);
        awaitOutboxesEmptyAndUnmarked(List.of(sample.id()));
    }

    /**
     * The sweep reads the aggregates' collections only: a read model (here one whose documents even carry an
     * outbox-shaped field) is never scanned, whatever its size; the mapped aggregate types are swept from the start.
     */
    @Test
    void theSweepReadsTheAggregatesCollectionsOnly() {
        mongo.insert(new org.bson.Document("_id", "not-an-aggregate").append("outbox",
                List.of(new org.bson.Document("state", "PENDING"))), "a_read_model");

        assertThat(relay.sweptCollections()).contains("samples")
                .doesNotContain("a_read_model", PENDING, "outbox_parked", "outbox_lease");
    }

    @Test
    void eventsWhoseCommitWentThroughUnacknowledgedAreNotPublishedAgain() {
        relay.stop();
        Sample sample = Sample.create("Committed while the broker went away");
        store.insert(sample, raised(sample.created(), sample.addWaves(1)));
        // The relay's transaction committed, but the relay never heard so (or crashed before removing the events).
        try (Producer<String, CloudEvent> lastHolder = producer()) {
            lastHolder.initTransactions();
            lastHolder.beginTransaction();
            outbox(sample.id()).forEach(entry ->
                    lastHolder.send(CloudEventRecords.toRecord(OutboxDocuments.fromDocument(entry))));
            lastHolder.commitTransaction();
        }

        relay.start();

        awaitOutboxesEmptyAndUnmarked(List.of(sample.id()));
        tap.awaitEvents(from(sample.id()), 2);
        // Keep reading a moment: a duplicate would arrive after the originals.
        List<WireEvent> events = tap.drain(Duration.ofSeconds(2)).stream().filter(from(sample.id())).toList();
        assertThat(events).extracting(WireEvent::sequence).as("each event once").containsExactly(1L, 2L);
    }

    @Test
    void theRelayTakesTheAggregatesMarkedFirstHoweverOftenTheyAreMarkedAgain() {
        relay.stop();
        Instant now = Instant.now();
        PendingAggregates markedNow = new PendingAggregates(mongo, () -> { }, Clock.fixed(now, ZoneOffset.UTC));
        PendingAggregates markedEarlier = new PendingAggregates(mongo, () -> { },
                Clock.fixed(now.minusSeconds(60), ZoneOffset.UTC));
        PendingAggregates markedLater = new PendingAggregates(mongo, () -> { },
                Clock.fixed(now.plusSeconds(60), ZoneOffset.UTC));
        List<String> ids = newIds().subList(0, 3);
        try {
            markedNow.mark(SAMPLES, ids.get(0));
            markedEarlier.mark(SAMPLES, ids.get(1)); // written second, but by a writer that marked it a minute ago
            markedLater.mark(SAMPLES, ids.get(2));
            markedLater.mark(SAMPLES, ids.get(1)); // marked again: still as old as its first mark

            assertThat(pending.oldest(2)).extracting(PendingAggregates.Mark::aggregateId)
                    .containsExactly(ids.get(1), ids.get(0));
        } finally {
            mongo.remove(query(where("aggregateId").in(ids)), PENDING);
        }
    }

    /** A second instance of the service, as OutboxAutoConfiguration would build it, on the same database. */
    private OutboxRelay startSecondRelay() {
        RelayLease lease = new RelayLease(mongo, secondOwner, properties.leaseTtl(), Clock.systemUTC());
        OutboxRelay started = new OutboxRelay(mongo, pending, lease, this::producer,
                producerFactory.getConfigurationProperties(), parked, properties, new SimpleMeterRegistry());
        started.start();
        return started;
    }

    private Producer<String, CloudEvent> producer() {
        return OutboxProducers.transactional(producerFactory.getConfigurationProperties(), transactionalId).get();
    }

    private void insertAll(List<String> ids) throws Exception {
        List<Callable<Void>> inserts = ids.stream().<Callable<Void>>map(id -> () -> {
            Sample sample = Sample.create(id, "Sample " + id, null);
            store.insert(sample, sample.created());
            return null;
        }).toList();
        runAll(inserts);
    }

    /** Several threads add waves to the same aggregates at once; a writer that loses a race reloads and retries. */
    private void addWavesConcurrently(List<String> ids, int updatesEach) throws Exception {
        List<Callable<Void>> updates = new ArrayList<>();
        for (String id : ids) {
            for (int i = 0; i < updatesEach; i++) {
                updates.add(() -> {
                    while (true) {
                        Sample sample = store.find(Sample.class, id).orElseThrow();
                        try {
                            store.update(sample, sample.addWaves(WAVES_PER_UPDATE));
                            return null;
                        } catch (OptimisticLockingFailureException lostTheRace) {
                            // reload and try again
                        }
                    }
                });
            }
        }
        Collections.shuffle(updates);
        runAll(updates);
    }

    private void runAll(List<Callable<Void>> work) throws Exception {
        for (Future<Void> done : writers.invokeAll(work)) {
            done.get();
        }
    }

    private void assertEachPublishedOnceInOrder(List<String> ids, int eventsEach) {
        awaitOutboxesEmptyAndUnmarked(ids);
        Set<String> sources = ids.stream().map(id -> "/platform-test/samples/" + id).collect(Collectors.toSet());
        Predicate<WireEvent> ours = event -> sources.contains(event.source());
        tap.awaitEvents(ours, ids.size() * eventsEach);

        // Keep reading a moment: a duplicate would arrive after the last original.
        List<WireEvent> events = tap.drain(Duration.ofSeconds(1)).stream().filter(ours).toList();

        assertThat(events).extracting(WireEvent::id).doesNotHaveDuplicates().hasSize(ids.size() * eventsEach);
        List<Long> oneToN = LongStream.rangeClosed(1, eventsEach).boxed().toList();
        for (String id : ids) {
            assertThat(events.stream().filter(from(id)).map(WireEvent::sequence).toList())
                    .as("sequences of %s in arrival order", id).isEqualTo(oneToN);
            assertThat(events.stream().filter(from(id))).allSatisfy(event -> assertThat(event.key()).isEqualTo(id));
        }
        assertThat(EventTap.schemaViolations(events)).isEmpty();
        assertThat(mongo.find(query(where("_id").in(ids)), Document.class, SAMPLES))
                .allSatisfy(sample -> assertThat(sample.get("eventSequence")).isEqualTo((long) eventsEach));
    }

    private void awaitOutboxesEmptyAndUnmarked(Collection<String> ids) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(mongo.count(query(where("_id").in(ids).and("outbox.0").exists(true)), SAMPLES)).isZero();
            assertThat(mongo.count(query(where("aggregateId").in(ids)), PENDING)).isZero();
        });
    }

    private String leaseHolder() {
        Document lease = mongo.findById("relay", Document.class, LEASE);
        return lease == null ? null : lease.getString("owner");
    }

    private List<Document> outbox(String id) {
        return mongo.findById(id, Document.class, SAMPLES).getList("outbox", Document.class);
    }

    private static Predicate<WireEvent> from(String sampleId) {
        String source = "/platform-test/samples/" + sampleId;
        return event -> source.equals(event.source());
    }

    private static List<String> newIds() {
        return Stream.generate(() -> UUID.randomUUID().toString()).limit(SAMPLE_COUNT).toList();
    }

    @SafeVarargs
    private static List<RaisedEvent> raised(List<RaisedEvent>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
