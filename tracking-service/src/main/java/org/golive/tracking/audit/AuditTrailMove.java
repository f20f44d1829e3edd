package org.golive.tracking.audit;

import com.mongodb.bulk.BulkWriteError;
import org.bson.Document;
import org.golive.tracking.intake.ReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Copies the audit trail once from the active generation's {@value AuditTrail#GENERATIONAL} (where it was kept while
 * every rebuild replayed it) into {@value AuditTrail#COLLECTION}, outside the generations. Entries are inserted by
 * their event's id, so the live listeners may record into the new trail meanwhile and a copy cut short by a crash
 * is simply done again; a marker says it is done. The old collection goes with its generation at the next rebuild.
 */
@Component
class AuditTrailMove {

    private static final Logger log = LoggerFactory.getLogger(AuditTrailMove.class);
    static final String MARKERS = "tracking_migrations";
    static final String MOVED = "audit-trail-outside-generations";
    private static final int CHUNK = 1_000;
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final ReadModels readModels;

    AuditTrailMove(MongoTemplate mongo, ReadModels readModels) {
        this.mongo = mongo;
        this.readModels = readModels;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void moveOnce() {
        if (mongo.findById(MOVED, Document.class, MARKERS) != null) {
            return;
        }
        String from = ReadModels.nameIn(AuditTrail.GENERATIONAL, readModels.active());
        long copied = 0;
        if (mongo.collectionExists(from)) {
            Object after = null;
            while (true) {
                Query chunk = new Query(after == null ? new Criteria()
                        : where("_id").gt(after)).with(Sort.by("_id")).limit(CHUNK);
                List<Document> entries = mongo.find(chunk, Document.class, from);
                if (entries.isEmpty()) {
                    break;
                }
                insertMissing(entries);
                copied += entries.size();
                after = entries.get(entries.size() - 1).get("_id");
            }
        }
        mongo.save(new Document("_id", MOVED).append("copied", copied).append("from", from), MARKERS);
        if (copied > 0) {
            log.info("Audit trail: {} entries copied from {} to {}", copied, from, AuditTrail.COLLECTION);
        }
    }

    private void insertMissing(List<Document> entries) {
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AuditTrail.COLLECTION).insert(entries).execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e; // the marker stays unwritten: the next start copies again
                }
            }
        }
    }
}
