package org.golive.tracking.audit;

import org.bson.Document;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.tracking.TrackingTestConfiguration;
import org.golive.tracking.intake.ReadModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * A database from before the audit trail left the generations: its entries in the active generation's collection are
 * copied once beside those the live listeners recorded in the new trail meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class AuditTrailMoveIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModels readModels;
    @Autowired
    AuditTrailMove move;

    @Test
    void theActiveGenerationsEntriesAreCopiedOnceBesideTheOnesRecordedSince() {
        String subject = UUID.randomUUID().toString();
        String old = ReadModels.nameIn(AuditTrail.GENERATIONAL, readModels.active());
        String before = UUID.randomUUID().toString();
        String both = UUID.randomUUID().toString();
        mongo.insert(entry(before, subject), old);
        mongo.insert(entry(both, subject), old);
        mongo.insert(entry(both, subject), AuditTrail.COLLECTION); // a live listener recorded it again meanwhile
        mongo.remove(query(where("_id").is(AuditTrailMove.MOVED)), AuditTrailMove.MARKERS);

        move.moveOnce();
        assertThat(mongo.count(query(where("subject").is(subject)), AuditTrail.COLLECTION)).isEqualTo(2);

        mongo.insert(entry(UUID.randomUUID().toString(), subject), old); // nothing writes there any more
        move.moveOnce();
        assertThat(mongo.count(query(where("subject").is(subject)), AuditTrail.COLLECTION)).isEqualTo(2);
    }

    private static Document entry(String eventId, String subject) {
        return new Document("_id", eventId).append("subject", subject).append("type", "org.golive.planning.task"
                + ".completed.v1").append("time", "2026-12-07T08:00:00Z");
    }
}
