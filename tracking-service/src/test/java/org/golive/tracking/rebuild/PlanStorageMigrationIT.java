package org.golive.tracking.rebuild;

import org.bson.Document;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.tracking.TrackingTestConfiguration;
import org.golive.tracking.intake.ReadModels;
import org.golive.tracking.status.RolloutPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A plan stored whole, as before tasks had documents of their own, starts a rebuild that stores plans anew. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class PlanStorageMigrationIT {

    @Autowired
    PlanStorageMigration migration;
    @Autowired
    RolloutPlans plans;
    @Autowired
    Rebuilds rebuilds;
    @Autowired
    ReadModels readModels;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aPlanStoredWholeIsMigratedByARebuildFromTheTopics() {
        String rolloutId = UUID.randomUUID().toString();
        long before = readModels.active();
        mongo.insert(new Document("_id", rolloutId).append("siteName", "Old shape")
                .append("tasks", new Document("t1", new Document("taskId", "t1"))),
                readModels.collection("status_plans"));
        assertThat(plans.storedInTheOldShape()).isTrue();

        migration.rebuildPlansOfTheOldShape();

        await().atMost(Duration.ofMinutes(3)).until(() -> rebuilds.last()
                .filter(d -> "tracking (plan storage migration)".equals(d.getString("startedBy")))
                .filter(d -> !Rebuilds.RUNNING.equals(d.getString("state"))).isPresent());
        assertThat(rebuilds.last().orElseThrow().getString("state")).isEqualTo("DONE");
        assertThat(readModels.active()).isGreaterThan(before);
        assertThat(plans.storedInTheOldShape()).isFalse();
        String migrated = rebuilds.last().orElseThrow().getString("runId");

        migration.rebuildPlansOfTheOldShape(); // nothing of the old shape left: no other rebuild
        assertThat(rebuilds.last().orElseThrow().getString("runId")).isEqualTo(migrated);
    }
}
