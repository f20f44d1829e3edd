package org.golive.platform.outbox;

import org.bson.Document;
import org.golive.platform.Sample;
import org.golive.platform.problem.RuleViolationException;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An event no consumer should have to reassemble, or events too large for the aggregate's document even gzipped, are
 * refused with the change that raised them, instead of waiting in the outbox forever. The ceiling is lowered from its
 * 64 MB default to keep the test's memory small; it is the same check.
 */
@SpringBootTest(properties = {"golive.outbox.enabled=false", "spring.mongodb.database=platform-store-test",
        "golive.outbox.max-event-size=12MB"})
@Import(GoliveTestInfrastructure.class)
class OversizeEventIT {

    private static final int CEILING = 12 * 1024 * 1024;

    @Autowired
    AggregateStore store;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aChangeWhoseEventExceedsTheEventSizeLimitIsRefusedAndNothingIsStored() {
        Sample sample = Sample.create("x".repeat(CEILING));

        assertThatThrownBy(() -> store.insert(sample, sample.created()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("org.golive.planning.program.created.v1")
                .hasMessageContaining("over the limit");
        assertThat(mongo.findById(sample.id(), Sample.class)).isNull();
    }

    @Test
    void aChangeWhoseEventsWouldNotFitItsDocumentEvenGzippedIsRefusedAndNothingIsStored() {
        Sample sample = Sample.create(incompressible(11 * 1024 * 1024));

        assertThatThrownBy(() -> store.insert(sample, sample.created()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("even compressed")
                .hasMessageContaining("over the limit");
        assertThat(mongo.findById(sample.id(), Sample.class)).isNull();
    }

    @Test
    void anEventJustUnderTheLimitIsStoredGzippedForTheRelayToSendInParts() {
        Sample sample = Sample.create("x".repeat(CEILING - 128 * 1024));

        store.insert(sample, sample.created());

        assertThat(mongo.findById(sample.id(), Sample.class)).isNotNull();
        Document entry = mongo.findById(sample.id(), Document.class, "samples").getList("outbox", Document.class)
                .get(0);
        assertThat(entry).containsKey(OutboxDocuments.DATA_GZIP).doesNotContainKey(OutboxDocuments.DATA);
        assertThat(OutboxDocuments.fromDocument(entry).data()).contains("x".repeat(CEILING - 128 * 1024));
    }

    @Test
    void anEventOfUsualSizeIsStoredAsReadableText() {
        Sample sample = Sample.create("Northwind EHR");

        store.insert(sample, sample.created());

        Document entry = mongo.findById(sample.id(), Document.class, "samples").getList("outbox", Document.class)
                .get(0);
        assertThat(entry.getString(OutboxDocuments.DATA)).contains("Northwind EHR");
    }

    @Test
    void aPartialUpdateStoresTheNamedFieldsWithItsEventsAndBumpsTheVersion() {
        Sample sample = Sample.create("Northwind EHR");
        store.insert(sample, sample.created());
        sample.rename("Northwind EHR, phase 2");

        store.update(sample, new Update().set("name", sample.name()),
                sample.addWaves(1));

        Sample stored = mongo.findById(sample.id(), Sample.class);
        assertThat(stored.name()).isEqualTo("Northwind EHR, phase 2");
        assertThat(stored.version()).isEqualTo(1L);
        assertThat(stored.waves()).as("only the named fields are written").isZero();
        assertThat(mongo.findById(sample.id(), Document.class, "samples").getList("outbox", Document.class))
                .hasSize(2);
    }

    @Test
    void aPartialUpdateStoresALargeEventGzippedBesideTheNamedFields() {
        Sample sample = Sample.create("Northwind EHR");
        store.insert(sample, sample.created());
        String longName = "Northwind EHR, every site ".repeat(60_000);
        sample.rename(longName);

        store.update(sample, new Update().set("name", sample.name()), sample.created());

        Document entry = mongo.findById(sample.id(), Document.class, "samples").getList("outbox", Document.class)
                .get(1);
        assertThat(entry).containsKey(OutboxDocuments.DATA_GZIP);
        assertThat(OutboxDocuments.fromDocument(entry).data()).contains(longName);
        assertThat(mongo.findById(sample.id(), Sample.class).name()).isEqualTo(longName);
    }

    /** Printable characters at random: gzip keeps about four fifths of them. */
    private static String incompressible(int length) {
        Random random = new Random(42);
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) ('!' + random.nextInt(90));
        }
        return new String(chars);
    }
}
