package org.golive.tracking.intake;

import org.golive.platform.consumer.AppliedEvents;
import org.golive.platform.consumer.IncomingEvent;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The platform's guarded writes, folded in memory during a rebuild ({@link ReadModelFold}) or gathered into the
 * batch when one is open on this thread ({@link ReadModelWrites}), through the same projections and the same guards.
 * Otherwise it is the platform's {@link AppliedEvents}.
 */
@Primary
@Component
class BatchedAppliedEvents extends AppliedEvents {

    private final ReadModelWrites writes;

    BatchedAppliedEvents(MongoTemplate mongo, ReadModelWrites writes) {
        super(mongo);
        this.writes = writes;
    }

    /**
     * @return in a rebuild's fold, whether the fold applied it; in a batch, true: the write is queued, and whether
     * its guard refuses it is known only when written
     */
    @Override
    public boolean apply(IncomingEvent event, String collection, Object id, Update effect) {
        if (writes.folding()) {
            return writes.fold(collection, EventGuard.upsert(event, id, effect));
        }
        if (!writes.batching()) {
            return super.apply(event, collection, id, effect);
        }
        writes.write(collection, List.of(EventGuard.upsert(event, id, effect)));
        return true;
    }
}
