package org.golive.tracking.intake;

import java.util.List;
import java.util.Map;

/**
 * The writer of a document that a live poll changes but that is not written by guarded read-model writes (an aggregate
 * stored with a version check and its events, such as a readiness scorecard): inside a poll its changes are held per
 * document ({@link ReadModelWrites#hold(HeldChanges, Object, Object)}) and handed to it once, after the poll's
 * read-model writes and before health is judged; outside one, the caller writes at once.
 *
 * @param <C> one event's change to a document
 */
public interface HeldChanges<C> {

    /** Writes a document's changes, in the poll's order, in as few writes as it can (one, usually). */
    void write(Object documentId, List<C> changes);

    /**
     * Writes a poll's changes of several documents, each as {@link #write} does; a writer that can read its documents
     * in one round trip instead of one each overrides it.
     */
    default void writeAll(Map<Object, List<C>> changes) {
        changes.forEach(this::write);
    }
}
