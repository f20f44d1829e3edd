package org.golive.platform.outbox;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PersistentProperty;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Stores an aggregate and the events it raised in one single-document write (the transactional outbox without
 * multi-document transactions), checking the version so that concurrent edits are detected, never overwritten.
 */
public class AggregateStore {

    static final String OUTBOX_FIELD = "outbox";
    private static final String VERSION_FIELD = "version";
    private static final String SEQUENCE_FIELD = "eventSequence";
    /**
     * What the events of one change may take in the aggregate's document (after gzip): half of MongoDB's 16 MB
     * document limit, the other half left to the state and to events still waiting from earlier changes.
     */
    static final int MAX_STORED_EVENT_BYTES = 8 * 1024 * 1024;

    private final MongoTemplate mongo;
    private final OutboxEventFactory events;
    private final PendingAggregates pending;
    private final int maxEventBytes;

    /** @param maxEventBytes the largest event data a change may raise ({@code golive.outbox.max-event-size}) */
    public AggregateStore(MongoTemplate mongo, OutboxEventFactory events, PendingAggregates pending,
                          int maxEventBytes) {
        this.mongo = mongo;
        this.events = events;
        this.pending = pending;
        this.maxEventBytes = maxEventBytes;
    }

    public <A extends Aggregate> Optional<A> find(Class<A> type, String id) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    /**
     * Stores a new aggregate with its events.
     *
     * @throws DuplicateKeyException when an aggregate with the same id exists
     */
    public <A extends Aggregate> A insert(A aggregate, List<RaisedEvent> raised) {
        String collection = mongo.getCollectionName(aggregate.getClass());
        List<Document> outbox = number(aggregate, raised);
        Document document = toDocument(aggregate);
        document.put(VERSION_FIELD, 0L);
        document.put(SEQUENCE_FIELD, aggregate.eventSequence() + outbox.size());
        document.put(OUTBOX_FIELD, outbox);
        mongo.insert(document, collection);
        aggregate.recorded(0L, aggregate.eventSequence() + outbox.size());
        pending.mark(collection, aggregate.id());
        return aggregate;
    }

    /**
     * Stores the changed state of a loaded aggregate with its new events.
     *
     * @throws OptimisticLockingFailureException when someone else changed or removed it since it was loaded
     */
    public <A extends Aggregate> A update(A aggregate, List<RaisedEvent> raised) {
        Class<?> type = aggregate.getClass();
        String collection = mongo.getCollectionName(type);
        // The state is already in stored field names and values: written as is, not mapped again through the type.
        return writeVersionChecked(aggregate, stateOf(aggregate), raised, collection,
                (query, versioned) -> mongo.updateFirst(query, versioned, collection));
    }

    /**
     * Stores the changed states of loaded aggregates of one type that raised no events, each version-checked as
     * {@link #update(Aggregate, List)} does, all in one unordered bulk write (a judgement of many rollouts pays one
     * round trip). Either every one was stored, and each is recorded at its new version, or some were changed by
     * someone else since they were loaded: then the others may be stored, none is recorded, and the caller loads
     * them all again.
     *
     * @return whether every aggregate was stored
     */
    public <A extends Aggregate> boolean updateAll(List<A> aggregates) {
        if (aggregates.isEmpty()) {
            return true;
        }
        String collection = mongo.getCollectionName(aggregates.get(0).getClass());
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        for (A aggregate : aggregates) {
            if (aggregate.version() == null) {
                throw new IllegalStateException(aggregate.getClass().getSimpleName() + " " + aggregate.id()
                        + " was never stored: insert it before updating it");
            }
            Update update = stateOf(aggregate).set(VERSION_FIELD, aggregate.version() + 1);
            bulk.updateOne(query(where("_id").is(aggregate.id()).and(VERSION_FIELD).is(aggregate.version())), update);
        }
        if (bulk.execute().getMatchedCount() != aggregates.size()) {
            return false;
        }
        aggregates.forEach(aggregate -> aggregate.recorded(aggregate.version() + 1, aggregate.eventSequence()));
        return true;
    }

    /** The aggregate's whole state as an update: every stored field set, every field it no longer has unset. */
    private Update stateOf(Aggregate aggregate) {
        Class<?> type = aggregate.getClass();
        Document state = toDocument(aggregate);
        Update update = new Update();
        Set<String> written = new HashSet<>();
        state.forEach((field, value) -> {
            if (!field.equals("_id") && !field.equals(VERSION_FIELD) && !field.equals(SEQUENCE_FIELD)) {
                update.set(field, value);
                written.add(field);
            }
        });
        for (String field : persistentFields(type)) {
            if (!written.contains(field) && !field.equals("_id") && !field.equals(VERSION_FIELD)
                    && !field.equals(SEQUENCE_FIELD)) {
                update.unset(field);
            }
        }
        return update;
    }

    /**
     * Stores only what a change touched ({@code changes}: property paths of the aggregate's class, such as
     * {@code plan.tasks.12}) with its new events, in the same version-checked single-document write as
     * {@link #update(Aggregate, List)}. The caller vouches that {@code changes} brings the stored document to the
     * aggregate's state; the version check guarantees nobody wrote in between.
     *
     * @throws OptimisticLockingFailureException when someone else changed or removed it since it was loaded
     */
    public <A extends Aggregate> A update(A aggregate, Update changes, List<RaisedEvent> raised) {
        Class<?> type = aggregate.getClass();
        // Property paths of the aggregate's class: mapped to stored field names through the type.
        return writeVersionChecked(aggregate, Update.fromDocument(changes.getUpdateObject()), raised,
                mongo.getCollectionName(type), (query, versioned) -> mongo.updateFirst(query, versioned, type));
    }

    /**
     * Writes {@code update} with the aggregate's next version and its newly numbered events, in one single-document
     * write that matches only the version the aggregate was loaded at.
     *
     * @throws OptimisticLockingFailureException when someone else changed or removed it since it was loaded
     */
    private <A extends Aggregate> A writeVersionChecked(A aggregate, Update update, List<RaisedEvent> raised,
                                                        String collection,
                                                        BiFunction<Query, Update, UpdateResult> updateFirst) {
        Class<?> type = aggregate.getClass();
        if (aggregate.version() == null) {
            throw new IllegalStateException(type.getSimpleName() + " " + aggregate.id()
                    + " was never stored: insert it before updating it");
        }
        long expectedVersion = aggregate.version();
        List<Document> outbox = number(aggregate, raised);
        long newSequence = aggregate.eventSequence() + outbox.size();
        update.set(VERSION_FIELD, expectedVersion + 1).set(SEQUENCE_FIELD, newSequence);
        if (!outbox.isEmpty()) {
            update.push(OUTBOX_FIELD).each(outbox.toArray());
        }
        long matched = updateFirst.apply(
                query(where("_id").is(aggregate.id()).and(VERSION_FIELD).is(expectedVersion)), update)
                .getMatchedCount();
        if (matched == 0) {
            throw new OptimisticLockingFailureException(
                    type.getSimpleName() + " " + aggregate.id() + " was changed by someone else (expected version "
                            + expectedVersion + "); reload it and try again");
        }
        aggregate.recorded(expectedVersion + 1, newSequence);
        if (!outbox.isEmpty()) {
            pending.mark(collection, aggregate.id());
        }
        return aggregate;
    }

    /**
     * Numbers the raised events and gives their stored form. An event larger than any consumer should reassemble, or
     * events that would not fit in the aggregate's document even gzipped, would wait in the outbox forever: the change
     * that raised them is refused (422) before anything is stored. Events over the part size are published as parts
     * (see {@link CloudEventRecords}); they are stored whole, so all parts go out together or not at all.
     */
    private List<Document> number(Aggregate aggregate, List<RaisedEvent> raised) {
        List<Document> numbered = new ArrayList<>(raised.size());
        long sequence = aggregate.eventSequence();
        long storedBytes = 0;
        for (RaisedEvent event : raised) {
            OutboxEvent created = events.create(event, aggregate.source(), ++sequence);
            // A char is at most three bytes in UTF-8: only a long text needs counting.
            long bytes = (long) created.data().length() * 3 <= maxEventBytes ? 0
                    : created.data().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxEventBytes) {
                throw new RuleViolationException("events", "This change would publish a " + created.type()
                        + " event of " + bytes + " bytes, over the limit of " + maxEventBytes + " bytes; make it smaller");
            }
            Object data = OutboxDocuments.storedData(created.data());
            storedBytes += OutboxDocuments.storedBytes(data);
            if (storedBytes > MAX_STORED_EVENT_BYTES) {
                throw new RuleViolationException("events", "This change would store events of " + storedBytes
                        + " bytes even compressed (its " + created.type() + " event among them), over the limit of "
                        + MAX_STORED_EVENT_BYTES + " bytes a change may store with its state; make it smaller");
            }
            numbered.add(OutboxDocuments.toDocument(created, data));
        }
        return numbered;
    }

    private Document toDocument(Object aggregate) {
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        document.remove("_class");
        return document;
    }

    private List<String> persistentFields(Class<?> type) {
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        List<String> fields = new ArrayList<>();
        for (PersistentProperty<?> property : entity) {
            fields.add(((org.springframework.data.mongodb.core.mapping.MongoPersistentProperty) property).getFieldName());
        }
        return fields;
    }
}
