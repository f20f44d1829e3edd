package org.golive.tracking.intake;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poll's writes go out collection by collection; the order is what a reader between two collections sees. The
 * poll of a new rollout, its plan and a baseline: the rollout's document is written by the first event and by the
 * last, last each time, so it goes after the roster and the tasks it vouches for (it went first, and a status read
 * in between showed the baseline over a plan without tasks).
 */
class WriteBatchTest {

    private static final String PLANS = "status_plans";
    private static final String ROSTERS = "status_rosters";
    private static final String TASKS = "status_tasks";

    @Test
    void collectionsGoInTheOrderOfTheirLastWrites() {
        WriteBatch batch = new WriteBatch();
        write(batch, PLANS, "r", 1); // rollout created
        write(batch, TASKS, "r/1", 2); // plan instantiated: tasks, roster, rollout
        write(batch, ROSTERS, "r", 2);
        write(batch, PLANS, "r", 2);
        write(batch, TASKS, "r/1", 3); // baseline set: tasks, rollout
        write(batch, PLANS, "r", 3);

        assertThat(batch.byCollection().keySet()).containsExactly(ROSTERS, TASKS, PLANS);
        assertThat(batch.byCollection().get(PLANS).get("r")).hasSize(3);
    }

    @Test
    void aRecordTakenBackOutLeavesTheOrderOfTheRecordsBeforeIt() {
        WriteBatch batch = new WriteBatch();
        write(batch, TASKS, "r/1", 2);
        write(batch, PLANS, "r", 2);
        int savepoint = batch.savepoint();
        write(batch, TASKS, "r/2", 3); // a record that fails after its first write
        batch.rollBackTo(savepoint);

        assertThat(batch.byCollection().keySet()).containsExactly(TASKS, PLANS);
        assertThat(batch.byCollection().get(TASKS)).containsOnlyKeys("r/1");

        WriteBatch failedAlone = new WriteBatch();
        int start = failedAlone.savepoint();
        write(failedAlone, ROSTERS, "r", 1);
        failedAlone.rollBackTo(start);
        assertThat(failedAlone.byCollection()).isEmpty();
    }

    private static void write(WriteBatch batch, String collection, String documentId, long sequence) {
        batch.add(collection, ReadModelWrite.sequenced(documentId, sequence, new Update().set("x", sequence)));
    }
}
