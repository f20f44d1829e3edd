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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An event Kafka would refuse is refused with the change that raised it, instead of waiting in the outbox forever. */
@SpringBootTest(properties = {"golive.outbox.enabled=false", "spring.mongodb.database=platform-store-test"})
@Import(GoliveTestInfrastructure.class)
class OversizeEventIT {

    @Autowired
    AggregateStore store;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aChangeWhoseEventExceedsTheEventSizeLimitIsRefusedAndNothingIsStored() {
        Sample sample = Sample.create("x".repeat(OutboxAutoConfiguration.MAX_EVENT_BYTES));

        assertThatThrownBy(() -> store.insert(sample, sample.created()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("org.golive.planning.program.created.v1")
                .hasMessageContaining("over the limit");
        assertThat(mongo.findById(sample.id(), Sample.class)).isNull();
    }

    @Test
    void anEventJustUnderTheLimitIsStored() {
        Sample sample = Sample.create("x".repeat(OutboxAutoConfiguration.MAX_EVENT_BYTES - 128 * 1024));

        store.insert(sample, sample.created());

        assertThat(mongo.findById(sample.id(), Sample.class)).isNotNull();
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
}
