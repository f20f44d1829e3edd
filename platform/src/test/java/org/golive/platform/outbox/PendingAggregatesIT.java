package org.golive.platform.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.golive.infra.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The relay clears a round's marks in one bulk write, and still keeps the mark of an aggregate written meanwhile. */
class PendingAggregatesIT {

    private final EmbeddedMongo server = EmbeddedMongo.inMemory();
    private final MongoClient client = MongoClients.create(server.connectionString());
    private final MongoTemplate mongo = new MongoTemplate(client, "pending-test");
    private final PendingAggregates pending = new PendingAggregates(mongo, () -> { }, Clock.systemUTC());

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void aRoundClearsItsMarksButKeepsOneMarkedAgainWhileItPublished() {
        pending.mark("rollouts", "r-1");
        pending.mark("rollouts", "r-2");
        pending.mark("waves", "w-1");
        List<PendingAggregates.Mark> round = pending.oldest(10);
        assertThat(round).hasSize(3);

        pending.mark("rollouts", "r-2"); // a change to r-2 while the round published its earlier events

        pending.clear(round);
        pending.clear(List.of());

        assertThat(mongo.findAll(Document.class, PendingAggregates.COLLECTION))
                .extracting(d -> d.getString("_id")).containsExactly("rollouts/r-2");
    }
}
