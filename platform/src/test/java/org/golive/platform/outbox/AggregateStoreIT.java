package org.golive.platform.outbox;

import org.bson.Document;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.WaveCreated;
import org.golive.platform.Sample;
import org.golive.testsupport.EventSchemaValidator;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * What the store writes, read back from MongoDB as it lies there. The relay is off and the database is this class's
 * own, so the pending events stay in the documents to be looked at.
 */
@SpringBootTest(properties = {"golive.outbox.enabled=false", "spring.mongodb.database=platform-store-test"})
@Import(GoliveTestInfrastructure.class)
class AggregateStoreIT {

    private static final String SAMPLES = "samples";

    @Autowired
    AggregateStore store;

    @Autowired
    MongoTemplate mongo;

    @Test
    void anInsertStoresTheStateAtVersionZeroWithItsEventsNumberedFromOne() {
        Sample sample = Sample.create("Northwind EHR");

        Sample stored = store.insert(sample, raised(sample.created(), sample.addWaves(2)));

        assertThat(stored.version()).isZero();
        Document document = document(sample.id());
        assertThat(document)
                .containsEntry("name", "Northwind EHR")
                .containsEntry("sponsor", "Dr. Maria Alvarez")
                .containsEntry("waves", 2)
                .containsEntry("version", 0L)
                .containsEntry("eventSequence", 3L);
        List<Document> outbox = outbox(sample.id());
        assertThat(outbox).extracting(event -> event.get("sequence")).containsExactly(1L, 2L, 3L);
        assertThat(outbox).extracting(event -> event.getString("type"))
                .containsExactly(ProgramCreated.TYPE, WaveCreated.TYPE, WaveCreated.TYPE);
        assertThat(outbox).allSatisfy(event -> {
            assertThat(event.getString("eventId")).isNotBlank();
            assertThat(event).containsEntry("key", sample.id())
                    .containsEntry("subject", sample.id())
                    .containsEntry("source", "/platform-test/samples/" + sample.id())
                    .containsEntry("topic", "golive.planning.events");
            assertThat(EventSchemaValidator.violations(event.getString("type"), event.getString("data"))).isEmpty();
        });
        assertThat(outbox).extracting(event -> event.getString("eventId")).doesNotHaveDuplicates();
        assertThat(mongo.exists(query(where("_id").is(SAMPLES + "/" + sample.id())), "outbox_pending"))
                .as("the relay is told where to look").isTrue();
    }

    @Test
    void anUpdateBumpsTheVersionAndAppendsEventsThatContinueTheSequence() {
        Sample sample = Sample.create("Northwind EHR");
        store.insert(sample, raised(sample.created(), sample.addWaves(1)));

        sample.rename("Northwind Health EHR");
        store.update(sample, sample.addWaves(1)); // the inserted instance: the store recorded its version on it
        Sample reloaded = load(sample.id());
        store.update(reloaded, reloaded.addWaves(2));

        assertThat(reloaded.version()).isEqualTo(2L);
        assertThat(document(sample.id()))
                .containsEntry("name", "Northwind Health EHR")
                .containsEntry("waves", 4)
                .containsEntry("version", 2L)
                .containsEntry("eventSequence", 5L);
        assertThat(outbox(sample.id())).extracting(event -> event.get("sequence"))
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(load(sample.id()).waves()).isEqualTo(4);
    }

    @Test
    void anUpdateWithoutEventsChangesTheStateAndLeavesTheOutboxAlone() {
        Sample sample = Sample.create("Northwind EHR");
        store.insert(sample, sample.created());

        Sample loaded = load(sample.id());
        loaded.rename("Renamed");
        store.update(loaded, List.of());

        assertThat(document(sample.id())).containsEntry("name", "Renamed")
                .containsEntry("version", 1L)
                .containsEntry("eventSequence", 1L);
        assertThat(outbox(sample.id())).extracting(event -> event.get("sequence")).containsExactly(1L);
    }

    @Test
    void updatesWithoutEventsGoTogetherAndAStaleOneAmongThemIsToldWithoutRecordingAny() {
        Sample a = Sample.create("A");
        Sample b = Sample.create("B");
        store.insert(a, a.created());
        store.insert(b, b.created());
        Sample loadedA = load(a.id());
        Sample loadedB = load(b.id());
        loadedA.rename("A, renamed");
        loadedB.rename("B, renamed");

        assertThat(store.updateAll(List.of(loadedA, loadedB))).isTrue();

        assertThat(document(a.id())).containsEntry("name", "A, renamed").containsEntry("version", 1L)
                .containsEntry("eventSequence", 1L);
        assertThat(document(b.id())).containsEntry("name", "B, renamed").containsEntry("version", 1L);
        assertThat(outbox(a.id())).extracting(event -> event.get("sequence")).containsExactly(1L);
        assertThat(loadedA.version()).isEqualTo(1L);

        Sample stale = load(a.id());
        Sample fresh = load(b.id());
        Sample meanwhile = load(a.id());
        meanwhile.rename("Someone else");
        store.update(meanwhile, List.of());
        stale.rename("Stale");
        fresh.rename("Fresh");

        assertThat(store.updateAll(List.of(stale, fresh))).isFalse();

        assertThat(document(a.id())).containsEntry("name", "Someone else").containsEntry("version", 2L);
        assertThat(document(b.id())).as("the other may be stored").containsEntry("name", "Fresh")
                .containsEntry("version", 2L);
        assertThat(fresh.version()).as("not recorded: the caller loads them again").isEqualTo(1L);
    }

    @Test
    void aFieldSetToNullIsRemovedFromTheDocument() {
        Sample sample = Sample.create("Northwind EHR");
        store.insert(sample, sample.created());

        Sample loaded = load(sample.id());
        loaded.withdrawSponsor();
        store.update(loaded, List.of());

        assertThat(document(sample.id())).doesNotContainKey("sponsor").containsEntry("name", "Northwind EHR");
    }

    @Test
    void anUpdateFromAStaleCopyIsRefusedAndNothingIsWritten() {
        Sample sample = Sample.create("Northwind EHR");
        store.insert(sample, sample.created());
        Sample first = load(sample.id());
        Sample second = load(sample.id());

        first.rename("First");
        store.update(first, first.addWaves(1));
        Document afterFirst = document(sample.id());

        second.rename("Second");
        assertThatThrownBy(() -> store.update(second, second.addWaves(3)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(document(sample.id())).isEqualTo(afterFirst);
        assertThat(second.version()).as("the refused copy still says what it was loaded at").isZero();
    }

    @Test
    void ofTwoThreadsRacingFromTheSameVersionExactlyOneWins() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                Sample sample = Sample.create("Race " + round);
                store.insert(sample, sample.created());
                Sample a = load(sample.id());
                Sample b = load(sample.id());
                CyclicBarrier start = new CyclicBarrier(2);

                List<Future<Boolean>> outcomes = threads.invokeAll(List.of(racer(start, a, "A"), racer(start, b, "B")));

                List<Boolean> won = new ArrayList<>();
                for (Future<Boolean> outcome : outcomes) {
                    won.add(outcome.get());
                }
                assertThat(won).as("round %d", round).containsExactlyInAnyOrder(true, false);
                Document document = document(sample.id());
                String winner = won.get(0) ? "A" : "B";
                assertThat(document).containsEntry("name", winner).containsEntry("version", 1L)
                        .containsEntry("eventSequence", 2L);
                assertThat(outbox(sample.id())).extracting(event -> event.get("sequence")).containsExactly(1L, 2L);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anUpdateOfAnAggregateRemovedMeanwhileIsRefused() {
        Sample sample = Sample.create("Northwind EHR");
        store.insert(sample, sample.created());
        Sample loaded = load(sample.id());
        mongo.remove(query(where("_id").is(sample.id())), SAMPLES);

        assertThatThrownBy(() -> store.update(loaded, loaded.addWaves(1)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(document(sample.id())).as("not brought back to life by an upsert").isNull();
    }

    @Test
    void insertingAnExistingIdIsRefusedAndTheStoredAggregateIsKept() {
        String id = UUID.randomUUID().toString();
        Sample original = Sample.create(id, "Original", null);
        store.insert(original, original.created());
        Sample twin = Sample.create(id, "Twin", "Someone");

        assertThatThrownBy(() -> store.insert(twin, twin.created())).isInstanceOf(DuplicateKeyException.class);

        assertThat(document(id)).containsEntry("name", "Original").containsEntry("eventSequence", 1L);
        assertThat(outbox(id)).hasSize(1);
    }

    private Callable<Boolean> racer(CyclicBarrier start, Sample copy, String name) {
        return () -> {
            copy.rename(name);
            List<RaisedEvent> raised = copy.addWaves(1);
            start.await();
            try {
                store.update(copy, raised);
                return true;
            } catch (OptimisticLockingFailureException lost) {
                return false;
            }
        };
    }

    private Sample load(String id) {
        return store.find(Sample.class, id).orElseThrow();
    }

    private Document document(String id) {
        return mongo.findById(id, Document.class, SAMPLES);
    }

    private List<Document> outbox(String id) {
        return document(id).getList("outbox", Document.class);
    }

    @SafeVarargs
    private static List<RaisedEvent> raised(List<RaisedEvent>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
