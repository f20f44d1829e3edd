package org.golive.tracking.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.golive.platform.consumer.EventHandlers;
import org.golive.platform.consumer.EventIntake;
import org.golive.platform.consumer.EventReplay;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What a rebuild feeds replayed records to: the read models built from events only ({@link RebuiltProjection}), never
 * those holding people's input, nor health (judged again once the rebuilt generation is active, so it publishes a
 * change only if the rebuilt figures differ), nor the audit trail (append-only, outside the generations: the live
 * listeners recorded every event in it).
 */
@Component
public class ReplayFeed {

    private final EventHandlers handlers;

    ReplayFeed(List<RebuiltProjection> projections, EventIntake intake) {
        Subscriptions subscriptions = new Subscriptions();
        projections.forEach(projection -> projection.subscribe(subscriptions));
        this.handlers = subscriptions.build(intake);
    }

    /** A replay from the start: it keeps the parts of large events in memory until they are whole. */
    public Replay start() {
        return new Replay(new EventReplay(handlers));
    }

    /** One pass over the topics. */
    public final class Replay {

        private final EventReplay replay;

        private Replay(EventReplay replay) {
            this.replay = replay;
        }

        /** Applies a record to the generation this thread builds ({@link ReadModels#building}). */
        public EventReplay.Outcome apply(ConsumerRecord<String, byte[]> record) {
            return replay.apply(record);
        }

        /** Reads a record for {@link #apply(EventReplay.Read)}: on any thread, it changes nothing. */
        public EventReplay.Read read(ConsumerRecord<String, byte[]> record) {
            return replay.read(record);
        }

        /** Applies a record read, in the records' order, to the generation this thread builds. */
        public EventReplay.Outcome apply(EventReplay.Read read) {
            return replay.apply(read);
        }
    }
}
