package org.golive.tracking.intake;

import com.mongodb.MongoBulkWriteException;
import org.bson.Document;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.tracking.TrackingTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rebuild's fold gives the documents the database gives: the same stream of guarded, sequenced and insert-once
 * writes, with every operator the read models use, written one by one to the database and folded in memory (with
 * flushes in the middle, documents let go and read back, and another writer in between) ends in equal collections;
 * a stream folded again in part after a crash counts every event once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class ReadModelFoldIT {

    private static final int SOURCES = 7;
    private static final int EVENTS_PER_SOURCE = 12;

    @Autowired
    ReadModelWrites writes;
    @Autowired
    MongoTemplate mongo;

    @Test
    void foldedWritesEqualTheDatabasesOwnWhateverTheFlushes() {
        String direct = fresh("fold_direct");
        List<IncomingEvent> events = events();
        events.forEach(event -> effects(event).forEach(write -> writes.write(direct, List.of(write))));

        for (int bound : new int[] {1_000_000, 5, 0}) {
            String folded = fresh("fold_" + bound);
            ReadModelFold fold = writes.fold(bound);
            for (int from = 0; from < events.size(); from += 10) {
                List<IncomingEvent> poll = events.subList(from, Math.min(events.size(), from + 10));
                writes.folding(fold, () -> poll.forEach(event -> writes.write(folded, effects(event))));
                fold.flushIfFull();
                if (from == 40) {
                    fold.flush();
                    fold.othersWrite(); // another writer from here on: the fold reads before it replaces
                    mongo.updateFirst(Query.query(where("_id").is("program")), new Update().set("judged", true), folded);
                    mongo.updateFirst(Query.query(where("_id").is("program")), new Update().set("judged", true), direct);
                }
            }
            fold.flush();
            assertThat(documents(folded)).as("bound %d", bound).isEqualTo(documents(direct));
        }
        Document program = mongo.findById("program", Document.class, direct);
        assertThat(program.getInteger("events")).isEqualTo(SOURCES * EVENTS_PER_SOURCE);
        assertThat(program.get("judged")).isEqualTo(true);
        Document unset = mongo.findById("/sources/3/b", Document.class, direct);
        assertThat(unset).doesNotContainKey("third");
        assertThat(unset.get("detail", Document.class)).isEmpty();
        assertThat(mongo.findById("/sources/3", Document.class, direct).getList("seen", Integer.class))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void aFoldCutShortByACrashThenFoldedAgainWithARedeliveryCountsEveryEventOnce() {
        String collection = fresh("fold_crashed");
        List<IncomingEvent> events = events();
        // The crash: a first fold flushed part of the stream, then the process died.
        ReadModelFold first = writes.fold(1_000);
        writes.folding(first, () -> events.subList(0, 37).forEach(e -> writes.write(collection, effects(e))));
        first.flush();
        // After it, a fold that reads the documents (as after health wrote) gets the whole stream, part twice.
        ReadModelFold again = writes.fold(1_000);
        again.othersWrite();
        writes.folding(again, () -> {
            events.forEach(e -> writes.write(collection, effects(e)));
            events.subList(20, 60).forEach(e -> writes.write(collection, effects(e)));
        });
        again.flush();

        assertThat(mongo.findById("program", Document.class, collection).getInteger("events"))
                .isEqualTo(SOURCES * EVENTS_PER_SOURCE);
        assertThat(mongo.count(new Query(), collection)).isEqualTo(1 + 2L * SOURCES + events.size());
        assertThat(documents(collection)).filteredOn(d -> d.getString("_id").matches("/sources/\\d+"))
                .allSatisfy(d -> assertThat(d.getInteger("count")).isEqualTo(EVENTS_PER_SOURCE));
    }

    @Test
    void anOperatorTheFoldDoesNotKnowFailsInsteadOfFoldingWrongly() {
        ReadModelFold fold = writes.fold(10);
        IncomingEvent event = events().get(0);
        assertThatThrownBy(() -> writes.folding(fold, () -> writes.write("fold_refused", List.of(
                EventGuard.upsert(event, "x", new Update().push("list", 1))))))
                .isInstanceOf(ReadModelFold.Unfoldable.class).hasMessageContaining("$push");
    }

    /**
     * The fold's writes run on writer threads ({@code FoldWriter}); one that fails there fails the flush (the rebuild
     * then fails and the active generation stays), after the other parts were waited for.
     */
    @Test
    void aWriteThatFailsOnAWriterThreadFailsTheFlush() {
        String clashing = fresh("fold_clash");
        String plain = fresh("fold_plain");
        mongo.insert(new Document("_id", "taken"), clashing); // written by something the fold does not know of
        ReadModelFold fold = writes.fold(1_000);
        writes.folding(fold, () -> {
            writes.write(clashing, List.of(ReadModelWrite.insertOnce(new Document("_id", "taken"))));
            writes.write(plain, List.of(ReadModelWrite.insertOnce(new Document("_id", "other"))));
        });

        assertThatThrownBy(fold::flush).isInstanceOf(MongoBulkWriteException.class);
        assertThat(mongo.findById("other", Document.class, plain)).as("the other part, written").isNotNull();
    }

    /** Every operator the read models use, on a program-wide document, one per source and an entry per event. */
    private static List<ReadModelWrite> effects(IncomingEvent event) {
        long n = event.sequence();
        return List.of(
                EventGuard.upsert(event, "program", new Update().inc("events", 1)
                        .setOnInsert("name", "first " + event.source())
                        .set("bySource." + event.source().replace("/", "_") + ".last", n)
                        .inc("byParity." + (n % 2 == 0 ? "even" : "odd"), 1)),
                ReadModelWrite.sequenced(event.source(), n, new Update().inc("count", 1)
                        .addToSet("seen", (int) n).addToSet("parities", (int) (n % 2))
                        .set("detail", new Document("at", n).append("tags", List.of("a", "b" + n)))
                        .set(n % 3 == 0 ? "third" : "other", n)),
                ReadModelWrite.sequenced(event.source() + "/b", n, n % 4 == 0 ? new Update().unset("third")
                        .unset("detail.tags") : new Update().set("third", n).set("detail.tags", List.of(n))),
                ReadModelWrite.insertOnce(new Document("_id", event.id()).append("source", event.source())
                        .append("nested", new Document("n", n))));
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

    private static String fresh(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    }

    private List<Document> documents(String collection) {
        List<Document> all = new ArrayList<>(mongo.find(new Query(), Document.class, collection));
        all.sort(Comparator.comparing(d -> d.get("_id").toString()));
        return all;
    }
}
