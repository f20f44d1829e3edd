package org.golive.tracking.intake;

import org.golive.platform.consumer.AppliedEvents;
import org.golive.platform.consumer.IncomingEvent;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The platform's guarded writes, folded in memory when a rebuild folds on this thread ({@link ReadModelFold}), so the
 * projections that write through {@link AppliedEvents} need no second path for the rebuild. Otherwise it is the
 * platform's guard unchanged: since {@code IdLookup} (embedded-infra) looks such queries up by {@code _id}, the live
 * path no longer needs a special form of it. In a live listener's batch ({@link LiveBatch}) the guarded write is held
 * and written with the batch's.
 */
@Primary
@Component
class FoldingAppliedEvents extends AppliedEvents {

    private final ReadModelWrites writes;

    FoldingAppliedEvents(MongoTemplate mongo, ReadModelWrites writes) {
        super(mongo);
        this.writes = writes;
    }

    /** @return whether the effect was applied now (in a fold: applied to the folded document) */
    @Override
    public boolean apply(IncomingEvent event, String collection, Object id, Update effect) {
        if (writes.folding()) {
            return writes.fold(collection, EventGuard.upsert(event, id, effect));
        }
        if (writes.batching()) {
            writes.hold(collection, EventGuard.upsert(event, id, effect));
            return true; // in a live batch: written, under its guard, when the batch is
        }
        return super.apply(event, collection, id, effect);
    }
}
