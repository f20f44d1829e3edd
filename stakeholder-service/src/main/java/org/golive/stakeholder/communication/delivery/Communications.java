package org.golive.stakeholder.communication.delivery;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** The stored communications; each write stores a communication with the events its change raised. */
@Repository
public class Communications {

    /** Writers of one communication (the sender, acknowledgements) rarely collide; a few reloads settle it. */
    private static final int TRIES = 5;
    private static final int OUTCOME_TRIES = 1_000;

    private final AggregateStore store;
    private final MongoTemplate mongo;

    Communications(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when a communication with this id exists */
    public Communication insert(Changed<Communication> issued) {
        return store.insert(issued.result(), issued.events());
    }

    public Communication get(String id) {
        return store.find(Communication.class, id).orElseThrow(() -> new NotFoundException("Communication", id));
    }

    public boolean exists(String id) {
        return mongo.exists(query(where("_id").is(id)), Communication.class);
    }

    /** Stores a claim or any other change whose events, if any, were raised on the loaded communication. */
    public Communication update(Communication communication, Changed<Communication> change) {
        return store.update(communication, change.events());
    }

    /** Loads, changes and stores, reloading when someone else wrote in between. */
    public Communication change(String id, Function<Communication, Changed<Communication>> change) {
        return change(id, change, TRIES);
    }

    /**
     * As {@link #change}, for the outcome of a send, which must be stored: several instances claiming the other
     * recipients of one communication all write its document, and five lost races in a row left a delivered message
     * SENDING (to turn UNCONFIRMED later). Each lost race is another instance's progress, so this keeps trying.
     */
    public Communication recordOutcome(String id, Function<Communication, Changed<Communication>> change) {
        return change(id, change, OUTCOME_TRIES);
    }

    private Communication change(String id, Function<Communication, Changed<Communication>> change, int tries) {
        for (int attempt = 1; ; attempt++) {
            Communication communication = get(id);
            Changed<Communication> changed = change.apply(communication);
            try {
                return store.update(communication, changed.events());
            } catch (OptimisticLockingFailureException e) {
                if (attempt == tries) {
                    throw e;
                }
            }
        }
    }

    /** Communications with a delivery pending or under way. */
    List<Communication> open() {
        return mongo.find(query(where("open").is(true)), Communication.class);
    }

    /** Communications asking for acknowledgement whose follow-up is not done. */
    public List<Communication> awaitingFollowUp() {
        return mongo.find(query(where("acknowledgementDeadline").ne(null).and("followedUp").is(false)
                .and("kind").in(Kind.ANNOUNCEMENT, Kind.RULE)), Communication.class);
    }

    /** A communication a person sent for the plan's entry at or after {@code since}, if any (not a reminder). */
    public Optional<Communication> sentForEntry(String planId, String entryId, Instant since) {
        return Optional.ofNullable(mongo.findOne(query(where("planId").is(planId).and("entryId").is(entryId)
                .and("sentAt").gte(since).and("kind").ne(Kind.REMINDER)), Communication.class));
    }

    /** The communications of a rollout, or of a program (its own and its rollouts'), newest first. */
    public List<Communication> of(String rolloutId, String programId) {
        Query query = rolloutId != null ? query(where("rolloutId").is(rolloutId))
                : query(where("programId").is(programId));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "sentAt")), Communication.class);
    }
}
