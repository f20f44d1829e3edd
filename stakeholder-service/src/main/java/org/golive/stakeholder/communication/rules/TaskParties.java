package org.golive.stakeholder.communication.rules;

import org.bson.Document;
import org.golive.platform.consumer.AppliedEvents;
import org.golive.platform.consumer.IncomingEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who is accountable for and informed of each task, from planning's assignment events: a milestone's slip goes to
 * them. Keyed by rollout and task (task ids are unique within a rollout only).
 */
@Component
class TaskParties {

    static final String COLLECTION = "communication_task_parties";

    record Parties(String accountable, List<String> informed) {
    }

    private final MongoTemplate mongo;
    private final AppliedEvents applied;

    TaskParties(MongoTemplate mongo, AppliedEvents applied) {
        this.mongo = mongo;
        this.applied = applied;
    }

    void assigned(IncomingEvent event, String rolloutId, String taskId, String accountable, List<String> informed) {
        applied.apply(event, COLLECTION, rolloutId + "/" + taskId, new Update().set("accountable", accountable)
                .set("informed", informed == null ? List.of() : informed));
    }

    Parties of(String rolloutId, String taskId) {
        Document found = mongo.findById(rolloutId + "/" + taskId, Document.class, COLLECTION);
        if (found == null) {
            return new Parties(null, List.of());
        }
        return new Parties(found.getString("accountable"), found.getList("informed", String.class, List.of()));
    }
}
