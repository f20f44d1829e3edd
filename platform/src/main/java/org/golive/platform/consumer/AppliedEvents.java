package org.golive.platform.consumer;

import com.mongodb.client.result.UpdateResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Applies an event's effect to one document exactly once. The document remembers, per event source, the highest
 * sequence it has applied, and the guard and the effect are one atomic update: a redelivered event (same source,
 * same sequence) matches nothing and changes nothing. A source's events arrive in order on one partition, so the
 * high-water mark is exact and stays small (one number per source); an event that arrives after a later one of its
 * source never reaches this guard: {@link SourceLedger} parks it first.
 */
public class AppliedEvents {

    static final String FIELD = "appliedEvents";

    private final MongoTemplate mongo;

    public AppliedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies {@code effect} to the document {@code id} of {@code collection}, creating it if absent, unless the event
     * was applied to it before.
     *
     * @return true if the effect was applied now, false if the event had been applied already
     */
    public boolean apply(IncomingEvent event, String collection, Object id, Update effect) {
        String mark = FIELD + "." + sourceKey(event.source());
        Criteria notYetApplied = new Criteria().orOperator(
                where(mark).exists(false), where(mark).lt(event.sequence()));
        effect.set(mark, event.sequence());
        try {
            UpdateResult result = mongo.upsert(query(where("_id").is(id).andOperator(notYetApplied)), effect, collection);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyApplied) {
            // The document exists and its mark is at or past this event: the upsert tried to insert a twin.
            return false;
        }
    }

    /**
     * Field names may not contain dots or start with '$'; sources are URIs such as {@code /planning/rollouts/42}.
     * Percent-escaping keeps the mapping one-to-one, so two sources never share a high-water mark.
     */
    static String sourceKey(String source) {
        return source.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }
}
