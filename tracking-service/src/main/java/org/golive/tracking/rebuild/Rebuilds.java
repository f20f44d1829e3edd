package org.golive.tracking.rebuild;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The last rebuild, one document: starting one is a conditional write that only succeeds when none is running (one
 * at a time, across instances), and every later write names the run, so a run that was abandoned meanwhile (tracking
 * restarted) finds out at its next step and never switches.
 */
@Component
class Rebuilds {

    static final String COLLECTION = "read_model_rebuilds";
    static final String RUNNING = "RUNNING";
    private static final String ID = "last";

    private final MongoTemplate mongo;

    Rebuilds(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<Document> last() {
        return Optional.ofNullable(mongo.findById(ID, Document.class, COLLECTION));
    }

    /** @return false when a rebuild is running */
    boolean begin(String runId, long generation, long previousGeneration, String by, Instant now) {
        Update started = new Update().set("runId", runId).set("state", RUNNING).set("phase", "REPLAYING")
                .set("generation", generation).set("previousGeneration", previousGeneration)
                .set("recordsAtStart", 0L).set("recordsReplayed", 0L).set("startedBy", by)
                .set("startedAt", Date.from(now)).unset("finishedAt").unset("detail");
        try {
            // Running: the filter misses the document, and the upsert's insert of a second one with its id fails.
            mongo.upsert(query(where("_id").is(ID).and("state").ne(RUNNING)), started, COLLECTION);
            return true;
        } catch (DuplicateKeyException running) {
            return false;
        }
    }

    /** @return false when the run was abandoned meanwhile */
    boolean progress(String runId, String phase, long recordsAtStart, long recordsReplayed) {
        return mongo.updateFirst(query(ofRun(runId)), new Update().set("phase", phase)
                .set("recordsAtStart", recordsAtStart).set("recordsReplayed", recordsReplayed), COLLECTION)
                .getMatchedCount() > 0;
    }

    /** @return false when the run was abandoned meanwhile */
    boolean finish(String runId, String state, String detail, long recordsReplayed, Instant now) {
        return mongo.updateFirst(query(ofRun(runId)), new Update().set("state", state).unset("phase")
                .set("recordsReplayed", recordsReplayed).set("detail", detail).set("finishedAt", Date.from(now)),
                COLLECTION).getMatchedCount() > 0;
    }

    /** Marks a rebuild left running by a stopped instance as {@code state}. */
    boolean close(String runId, String state, String detail, Instant now) {
        return mongo.updateFirst(query(ofRun(runId)), new Update().set("state", state).unset("phase")
                .set("detail", detail).set("finishedAt", Date.from(now)), COLLECTION).getMatchedCount() > 0;
    }

    private static Criteria ofRun(String runId) {
        return where("_id").is(ID).and("runId").is(runId).and("state").is(RUNNING);
    }
}
