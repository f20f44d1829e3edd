package org.golive.tracking.intake;

import org.bson.Document;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.tracking.TrackingTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk of guarded writes (many events' effects in one bulk write) is idempotent as a whole: cut short by a
 * crash after part of it was written, then written again from its start (the offsets were not committed), every event
 * counts once. (The rebuild folds instead: {@code ReadModelFoldIT}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class ReadModelWritesIT {

    private static final int SOURCES = 10;
    private static final int EVENTS_PER_SOURCE = 10;

    @Autowired
    ReadModelWrites writes;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    UpdateOperators operators;

    @Test
    void aBatchCutShortByACrashThenRunAgainCountsEveryEventOnce() {
        String clean = "batch_clean_" + UUID.randomUUID().toString().replace("-", "");
        String crashed = "batch_crashed_" + UUID.randomUUID().toString().replace("-", "");
        List<IncomingEvent> events = events();

        writes.write(clean, gathered(clean, events));

        // The crash: the first 37 writes of the batch were made, then the process died before the offsets moved.
        writes.write(crashed, gathered(crashed, events).subList(0, 37));
        writes.write(crashed, gathered(crashed, events));

        assertThat(counter(crashed)).isEqualTo(SOURCES * EVENTS_PER_SOURCE);
        assertThat(documents(crashed)).isEqualTo(documents(clean));
        assertThat(counter(clean)).isEqualTo(SOURCES * EVENTS_PER_SOURCE);
    }

    @Test
    void aRefusedWriteInTheMiddleOfABatchDoesNotStopTheWritesAfterIt() {
        String collection = "batch_refused_" + UUID.randomUUID().toString().replace("-", "");
        List<IncomingEvent> events = events();
        writes.write(collection, gathered(collection, events).subList(40, 41)); // applied once before the batch

        writes.write(collection, gathered(collection, events));

        assertThat(counter(collection)).isEqualTo(SOURCES * EVENTS_PER_SOURCE);
    }

    @Test
    void sequencedWritesCutShortThenRunAgainCountEveryEventOnceAndPassOverWhatADocumentHasSeen() {
        String clean = "batch_seq_clean_" + UUID.randomUUID().toString().replace("-", "");
        String crashed = "batch_seq_crashed_" + UUID.randomUUID().toString().replace("-", "");
        List<IncomingEvent> events = events();
        writes.write(clean, sequenced(events));

        List<ReadModelWrite> all = new ArrayList<>();
        events.forEach(event -> all.add(sequencedEffect(event)));
        writes.write(crashed, all.subList(0, 37));                       // the crash, then the batch again
        writes.write(crashed, sequenced(events));
        writes.write(crashed, sequenced(events.subList(50, 60)));  // and a redelivery of a part of it

        assertThat(documents(crashed)).isEqualTo(documents(clean));
        assertThat(documents(clean)).hasSize(SOURCES).allSatisfy(d -> {
            assertThat(d.getInteger("events")).isEqualTo(EVENTS_PER_SOURCE);
            assertThat(d.get(ReadModelWrites.SEQUENCE, Number.class).longValue()).isEqualTo(EVENTS_PER_SOURCE);
        });
    }

    /**
     * A go-live move's task writes delivered again after a crash (every one applied before) are one round trip, as
     * the first delivery was; with an ordered bulk each refusal stopped it and the rest was sent again, n round trips.
     */
    @Test
    void aBulkDeliveredAgainAfterItWasAppliedIsOneRoundTripAndChangesNothing() {
        String collection = "batch_again_" + UUID.randomUUID().toString().replace("-", "");
        List<ReadModelWrite> moves = new ArrayList<>();
        for (int task = 0; task < 300; task++) {
            moves.add(ReadModelWrite.sequenced("rollout-1/task-" + task, 7,
                    new Update().inc("moves", 1).set("start", "2030-01-0" + (task % 9 + 1))));
        }
        writes.write(collection, moves);
        BulkCounting counting = new BulkCounting(mongo);

        new ReadModelWrites(counting, operators,
                new StaticListableBeanFactory().getBeanProvider(BatchWritten.class)).write(collection, moves);

        assertThat(counting.bulks).as("bulk writes").isEqualTo(1);
        assertThat(documents(collection)).hasSize(300).allSatisfy(d -> assertThat(d.getInteger("moves")).isEqualTo(1));
    }

    @Test
    void writesToTheSameDocumentGoInSeparateRunsInTheirOrder() {
        List<ReadModelWrite> writes = List.of(
                ReadModelWrite.sequenced("a", 1, new Update()), ReadModelWrite.sequenced("b", 1, new Update()),
                ReadModelWrite.sequenced("a", 2, new Update()), ReadModelWrite.sequenced("c", 1, new Update()),
                ReadModelWrite.sequenced("c", 2, new Update()));

        assertThat(ReadModelWrites.runsOfDistinctDocuments(writes))
                .extracting(run -> run.stream().map(ReadModelWrite::documentId).toList())
                .containsExactly(List.of("a", "b"), List.of("a", "c"), List.of("c"));
    }

    /** The template with a count of the bulk writes asked of it. */
    private static final class BulkCounting extends MongoTemplate {

        int bulks;

        BulkCounting(MongoTemplate template) {
            super(template.getMongoDatabaseFactory(), template.getConverter());
        }

        @Override
        public BulkOperations bulkOps(BulkOperations.BulkMode mode, String collectionName) {
            bulks++;
            return super.bulkOps(mode, collectionName);
        }
    }

    /** A document per source counts its events: a count shows any double. */
    private static List<ReadModelWrite> sequenced(List<IncomingEvent> events) {
        return events.stream().map(ReadModelWritesIT::sequencedEffect).toList();
    }

    private static ReadModelWrite sequencedEffect(IncomingEvent event) {
        return ReadModelWrite.sequenced(event.source(), event.sequence(),
                new Update().inc("events", 1).set("last", event.id()));
    }

    private List<ReadModelWrite> gathered(String collection, List<IncomingEvent> events) {
        List<ReadModelWrite> all = new ArrayList<>();
        events.forEach(event -> all.addAll(effects(event)));
        return all;
    }

    private static List<ReadModelWrite> effects(IncomingEvent event) {
        return List.of(
                EventGuard.upsert(event, "program", new Update().inc("events", 1)),
                EventGuard.upsert(event, event.source(), new Update().set("last", event.sequence())),
                ReadModelWrite.insertOnce(new Document("_id", event.id()).append("source", event.source())));
    }

    private static List<IncomingEvent> events() {
        List<IncomingEvent> events = new ArrayList<>();
        for (int sequence = 1; sequence <= EVENTS_PER_SOURCE; sequence++) {
            for (int source = 0; source < SOURCES; source++) {
                events.add(new IncomingEvent("e-" + source + "-" + sequence, "test", "/sources/" + source, sequence,
                        "k", new byte[0]));
            }
        }
        return events;
    }

    private int counter(String collection) {
        return mongo.findById("program", Document.class, collection).getInteger("events");
    }

    private List<Document> documents(String collection) {
        return mongo.find(new Query(), Document.class, collection);
    }
}
