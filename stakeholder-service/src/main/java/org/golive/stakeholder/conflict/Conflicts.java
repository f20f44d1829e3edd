package org.golive.stakeholder.conflict;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.NotFoundException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** The stored conflict log; every write stores a conflict with the events its change raised, version-checked. */
@Repository
class Conflicts {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    Conflicts(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    Conflict get(String id) {
        return store.find(Conflict.class, id).orElseThrow(() -> new NotFoundException("Conflict", id));
    }

    Conflict insert(Changed<Conflict> raised) {
        return store.insert(raised.result(), raised.events());
    }

    /** @throws org.springframework.dao.OptimisticLockingFailureException when it changed since it was loaded */
    Conflict update(Changed<Conflict> changed) {
        return store.update(changed.result(), changed.events());
    }

    /**
     * The conflicts of a rollout, of a program's rollouts or of every rollout, in any of the statuses (empty: any), the
     * caller may read.
     */
    List<Conflict> find(String rolloutId, String programId, Collection<ConflictStatus> statuses,
                        Predicate<String> readableRollout) {
        Criteria criteria = new Criteria();
        if (rolloutId != null) {
            criteria = criteria.and("rolloutId").is(rolloutId);
        }
        if (programId != null) {
            criteria = criteria.and("programId").is(programId);
        }
        if (!statuses.isEmpty()) {
            criteria = criteria.and("status").in(statuses.stream().map(Enum::name).toList());
        }
        return mongo.find(query(criteria), Conflict.class).stream()
                .filter(c -> readableRollout.test(c.rolloutId())).toList();
    }

    /** Ids of the unresolved conflicts whose next escalation is due at {@code now}. */
    List<String> dueForEscalation(Instant now) {
        return mongo.find(query(where("escalatesAt").lte(now).and("status").ne(ConflictStatus.RESOLVED.name())),
                Conflict.class).stream().map(Conflict::id).toList();
    }
}
