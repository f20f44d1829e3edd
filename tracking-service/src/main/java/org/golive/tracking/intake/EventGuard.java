package org.golive.tracking.intake;

import org.golive.platform.consumer.AppliedEvents;
import org.golive.platform.consumer.IncomingEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The platform's exactly-once guard ({@link AppliedEvents}: the document keeps, per event source, the highest
 * sequence applied to it, checked and raised in the same write as the effect) as writes for {@link ReadModelWrites},
 * so that one event's effects on many documents, or a batch's, go in one bulk write, each still guarded by itself.
 */
public final class EventGuard {

    private EventGuard() {
    }

    /** An upsert of {@code effect} into the document {@code id}, refused if the event was applied to it before. */
    public static ReadModelWrite upsert(IncomingEvent event, Object id, Update effect) {
        return ReadModelWrite.guarded(id, mark(event), event.sequence(), effect.set(mark(event),
                event.sequence()));
    }

    /** The guarded upsert's filter: the document, if its mark is missing or below the event's sequence. */
    static Query filter(ReadModelWrite.Guarded write) {
        return query(where("_id").is(write.id()).andOperator(new Criteria().orOperator(
                where(write.mark()).exists(false), where(write.mark()).lt(write.sequence()))));
    }

    /** The field holding the source's mark: as {@link AppliedEvents} names it, so both guards are one. */
    public static String mark(IncomingEvent event) {
        return "appliedEvents." + event.source().replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }
}
