package org.golive.system.crash;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services' aggregates as stored in the stack's MongoDB, read directly: the truth every event on Kafka must
 * describe. An event's {@code ce_source} names its aggregate ({@code /planning/rollouts/<id>}); the aggregate's
 * {@code eventSequence} counts the events it has raised, so an event whose sequence is above it describes a change
 * the database does not have.
 */
final class StoredAggregates implements AutoCloseable {

    private static final Map<String, String> COLLECTIONS = Map.of(
            "rollouts", "rollouts", "programs", "programs", "templates", "plan_templates",
            "budgets", "budgets", "envelopes", "envelopes", "fiscal-plans", "fiscal_plans",
            "threshold-policies", "threshold_policies", "stakeholders", "stakeholders");
    private static final List<String> SERVICES = List.of("planning", "stakeholder", "budget");

    private final MongoClient client;

    StoredAggregates(String connectionString) {
        client = MongoClients.create(connectionString);
    }

    /** The event sequence an aggregate has reached, or empty if there is no such aggregate. */
    Optional<Long> eventSequence(String source) {
        String[] parts = source.split("/");
        String collection = COLLECTIONS.get(parts[2]);
        if (parts.length != 4 || collection == null) {
            throw new IllegalArgumentException("An event source this test does not know: " + source);
        }
        Document aggregate = client.getDatabase("golive-" + parts[1]).getCollection(collection)
                .find(Filters.eq("_id", parts[3])).projection(Projections.include("eventSequence")).first();
        return Optional.ofNullable(aggregate).map(a -> ((Number) a.get("eventSequence")).longValue());
    }

    /** Events still waiting in an aggregate's outbox, in every producing service: none once the relays caught up. */
    long waitingEvents() {
        long waiting = 0;
        for (String service : SERVICES) {
            var database = client.getDatabase("golive-" + service);
            for (String collection : database.listCollectionNames()) {
                if (!COLLECTIONS.containsValue(collection)) {
                    continue;
                }
                for (Document aggregate : database.getCollection(collection).find()
                        .projection(Projections.include("outbox"))) {
                    waiting += aggregate.getList("outbox", Object.class, List.of()).size();
                }
            }
        }
        return waiting;
    }

    @Override
    public void close() {
        client.close();
    }
}
