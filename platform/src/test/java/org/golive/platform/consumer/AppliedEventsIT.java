package org.golive.platform.consumer;

import org.bson.Document;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** An event's effect on a read model, applied exactly once per source and sequence, whatever is redelivered. */
@SpringBootTest(properties = {"golive.outbox.enabled=false", "spring.mongodb.database=platform-store-test"})
@Import(GoliveTestInfrastructure.class)
class AppliedEventsIT {

    private static final String READ_MODEL = "applied_samples";

    @Autowired
    AppliedEvents applied;

    @Autowired
    MongoTemplate mongo;

    private final String documentId = UUID.randomUUID().toString();

    @Test
    void theFirstEventCreatesTheDocument() {
        assertThat(applied.apply(event(source("rollouts"), 1), READ_MODEL, documentId, countAnd("name", "Northwind")))
                .isTrue();

        assertThat(document()).containsEntry("count", 1).containsEntry("name", "Northwind");
    }

    @Test
    void anEventAppliesOnceAndItsRedeliveryChangesNothing() {
        IncomingEvent event = event(source("rollouts"), 1);
        applied.apply(event, READ_MODEL, documentId, countAnd("name", "first"));
        Document afterFirst = document();

        boolean again = applied.apply(event, READ_MODEL, documentId, countAnd("name", "redelivered"));

        assertThat(again).isFalse();
        assertThat(document()).isEqualTo(afterFirst).containsEntry("count", 1).containsEntry("name", "first");
    }

    @Test
    void anOlderSequenceOfTheSameSourceIsIgnoredAndANewerOneApplies() {
        String source = source("rollouts");
        applied.apply(event(source, 3), READ_MODEL, documentId, countAnd("name", "third"));

        assertThat(applied.apply(event(source, 2), READ_MODEL, documentId, countAnd("name", "second"))).isFalse();
        assertThat(document()).containsEntry("count", 1).containsEntry("name", "third");

        assertThat(applied.apply(event(source, 4), READ_MODEL, documentId, countAnd("name", "fourth"))).isTrue();
        assertThat(document()).containsEntry("count", 2).containsEntry("name", "fourth");
    }

    @Test
    void theSequencesOfDifferentSourcesAreIndependent() {
        String rollout = source("rollouts");
        String program = source("programs");
        applied.apply(event(rollout, 5), READ_MODEL, documentId, countAnd("last", "rollout 5"));

        assertThat(applied.apply(event(program, 1), READ_MODEL, documentId, countAnd("last", "program 1"))).isTrue();
        assertThat(applied.apply(event(program, 2), READ_MODEL, documentId, countAnd("last", "program 2"))).isTrue();
        assertThat(applied.apply(event(rollout, 5), READ_MODEL, documentId, countAnd("last", "rollout 5 again")))
                .isFalse();
        assertThat(applied.apply(event(rollout, 6), READ_MODEL, documentId, countAnd("last", "rollout 6"))).isTrue();

        assertThat(document()).containsEntry("count", 4).containsEntry("last", "rollout 6");
    }

    @Test
    void anEventDeliveredTwiceAtTheSameMomentAppliesOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String id = UUID.randomUUID().toString();
                IncomingEvent event = event(source("rollouts"), 1);
                CyclicBarrier start = new CyclicBarrier(2);
                Callable<Boolean> delivery = () -> {
                    start.await();
                    return applied.apply(event, READ_MODEL, id, new Update().inc("count", 1));
                };

                List<Boolean> results = new ArrayList<>();
                for (Future<Boolean> result : threads.invokeAll(Collections.nCopies(2, delivery))) {
                    results.add(result.get());
                }

                assertThat(results).as("round %d", round).containsExactlyInAnyOrder(true, false);
                assertThat(mongo.findById(id, Document.class, READ_MODEL)).containsEntry("count", 1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static IncomingEvent event(String source, long sequence) {
        return new IncomingEvent(UUID.randomUUID().toString(), "org.golive.planning.rollout.created.v1", source,
                sequence, "key", "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static String source(String kind) {
        return "/planning/" + kind + "/" + UUID.randomUUID();
    }

    private static Update countAnd(String field, String value) {
        return new Update().inc("count", 1).set(field, value);
    }

    private Document document() {
        return mongo.findById(documentId, Document.class, READ_MODEL);
    }
}
