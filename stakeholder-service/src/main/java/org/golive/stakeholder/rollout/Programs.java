package org.golive.stakeholder.rollout;

import org.bson.Document;
import org.golive.contract.planning.ProgramCreated;
import org.golive.platform.consumer.AppliedEvents;
import org.golive.platform.consumer.IncomingEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The programs planning has announced, learned from its events. A program is also known through any rollout of it
 * the platform recorded ({@code rollout_managers}): a register that started consuming after a program's creation
 * still knows the programs of the rollouts it knows.
 */
@Component
public class Programs {

    static final String COLLECTION = "programs";
    private static final String ROLLOUTS = "rollout_managers";

    private final MongoTemplate mongo;
    private final AppliedEvents applied;

    Programs(MongoTemplate mongo, AppliedEvents applied) {
        this.mongo = mongo;
        this.applied = applied;
    }

    void record(IncomingEvent event, ProgramCreated program) {
        applied.apply(event, COLLECTION, program.programId(), new Update().set("name", program.name()));
    }

    public boolean knows(String programId) {
        return mongo.exists(query(where("_id").is(programId)), COLLECTION)
                || mongo.exists(query(where("programId").is(programId)), ROLLOUTS);
    }

    /** The ids of the program's rollouts this service knows. */
    public List<String> rolloutsOf(String programId) {
        Query rollouts = query(where("programId").is(programId));
        rollouts.fields().include("_id");
        return mongo.find(rollouts, Document.class, ROLLOUTS).stream().map(d -> d.getString("_id")).toList();
    }

    /** The program a known rollout belongs to, or null. */
    public String programOf(String rolloutId) {
        Document rollout = mongo.findById(rolloutId, Document.class, ROLLOUTS);
        return rollout == null ? null : rollout.getString("programId");
    }
}
