package org.golive.tracking.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-model writes of a poll's records, held until the poll is applied ({@link ReadModelWrites#flush}), by
 * collection and document in their order, and the changes held for other writers ({@link HeldChanges}), by writer and
 * document. A record that fails is taken back out ({@link #rollBackTo}) so that the records before it are written
 * without it.
 *
 * <p>Collections are written in the order of their last writes, so that the poll's last event writes its documents in
 * its own order. A projection that writes a document last to say which of its events the others hold (a plan's
 * rollout document, {@code status.PlanProjection}) stays last: a reader that sees it raised finds the tasks and the
 * roster it vouches for already written, never a plan torn between two polls.
 */
final class WriteBatch {

    private final Map<String, Map<Object, List<ReadModelWrite>>> byCollection = new LinkedHashMap<>();
    private final Map<HeldChanges<?>, Map<Object, List<Object>>> held = new LinkedHashMap<>();
    /** Every write's or change's document list, in the order added: what {@link #rollBackTo} takes the last from. */
    private final List<List<?>> added = new ArrayList<>();
    /** The collection of each entry of {@link #added}; null for a held change. */
    private final List<String> addedTo = new ArrayList<>();

    void add(String collection, ReadModelWrite write) {
        List<ReadModelWrite> writes = byCollection.computeIfAbsent(collection, c -> new LinkedHashMap<>())
                .computeIfAbsent(write.documentId(), id -> new ArrayList<>());
        writes.add(write);
        added.add(writes);
        addedTo.add(collection);
    }

    void hold(HeldChanges<?> writer, Object documentId, Object change) {
        List<Object> changes = held.computeIfAbsent(writer, w -> new LinkedHashMap<>())
                .computeIfAbsent(documentId, id -> new ArrayList<>());
        changes.add(change);
        added.add(changes);
        addedTo.add(null);
    }

    /** A point to roll back to: the writes added so far. */
    int savepoint() {
        return added.size();
    }

    /** Takes out every write added after {@code savepoint}. */
    void rollBackTo(int savepoint) {
        while (added.size() > savepoint) {
            List<?> writes = added.remove(added.size() - 1);
            addedTo.remove(addedTo.size() - 1);
            writes.remove(writes.size() - 1);
        }
    }

    /**
     * Per collection, in the order of their last writes, per document, the writes in their order (documents left
     * without writes omitted).
     */
    Map<String, Map<Object, List<ReadModelWrite>>> byCollection() {
        Map<String, Map<Object, List<ReadModelWrite>>> writes = new LinkedHashMap<>();
        for (String collection : lastWritten()) {
            byCollection.get(collection).forEach((id, list) -> {
                if (!list.isEmpty()) {
                    writes.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(id, list);
                }
            });
        }
        return writes;
    }

    /** The collections written, the one whose last write came first first. */
    private List<String> lastWritten() {
        List<String> order = new ArrayList<>(byCollection.size());
        for (int i = addedTo.size() - 1; i >= 0 && order.size() < byCollection.size(); i--) {
            String collection = addedTo.get(i);
            if (collection != null && !order.contains(collection)) {
                order.add(collection);
            }
        }
        Collections.reverse(order);
        return order;
    }

    /** Hands each writer its held changes, all its documents at once (documents left without changes omitted). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void writeHeld() {
        held.forEach((writer, documents) -> {
            Map<Object, List<Object>> changed = new LinkedHashMap<>();
            documents.forEach((id, changes) -> {
                if (!changes.isEmpty()) {
                    changed.put(id, List.copyOf(changes));
                }
            });
            if (!changed.isEmpty()) {
                ((HeldChanges) writer).writeAll(changed);
            }
        });
    }

    int size() {
        return added.size();
    }
}
