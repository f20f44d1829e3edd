package org.golive.tracking.intake;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Update;

/** One write of a bulk: a guarded upsert, a sequenced upsert, or an insert refused when its id exists. */
public sealed interface ReadModelWrite {

    /**
     * An upsert of {@code effect} into the document {@code id}, refused if the document's mark for the event's
     * source ({@code appliedEvents.<sourceKey>}, which the effect sets) is at or past {@code sequence}: the
     * platform's guard ({@link org.golive.platform.consumer.AppliedEvents}); built by {@link EventGuard#upsert}.
     */
    static ReadModelWrite guarded(Object id, String mark, long sequence, Update effect) {
        return new Guarded(id, mark, sequence, effect);
    }

    static ReadModelWrite insertOnce(Document document) {
        return new InsertOnce(document);
    }

    /**
     * An upsert of a document that one event source alone writes (a rollout's plan): applied only if the
     * document's {@value ReadModelWrites#SEQUENCE} is below {@code sequence}, which it then becomes. See {@link ReadModelWrites#write}.
     */
    static ReadModelWrite sequenced(Object id, long sequence, Update update) {
        return new Sequenced(id, sequence, update);
    }

    /** The {@code _id} of the document the write makes or changes. */
    Object documentId();

    record Guarded(Object id, String mark, long sequence, Update effect) implements ReadModelWrite {
        @Override
        public Object documentId() {
            return id;
        }
    }

    record InsertOnce(Document document) implements ReadModelWrite {
        @Override
        public Object documentId() {
            return document.get("_id");
        }
    }

    record Sequenced(Object id, long sequence, Update update) implements ReadModelWrite {
        @Override
        public Object documentId() {
            return id;
        }
    }
}
