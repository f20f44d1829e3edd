package org.golive.tracking.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-model writes of a poll's records, held until the poll is applied ({@link ReadModelWrites#flush}), by
 * collection and document in their order. A record that fails is taken back out ({@link #rollBackTo}) so that the
 * records before it are written without it.
 */
final class WriteBatch {

    private final Map<String, Map<Object, List<ReadModelWrites.Write>>> byCollection = new LinkedHashMap<>();
    /** Every write's document list, in the order added: what {@link #rollBackTo} takes the last writes from. */
    private final List<List<ReadModelWrites.Write>> added = new ArrayList<>();

    void add(String collection, ReadModelWrites.Write write) {
        List<ReadModelWrites.Write> writes = byCollection.computeIfAbsent(collection, c -> new LinkedHashMap<>())
                .computeIfAbsent(write.documentId(), id -> new ArrayList<>());
        writes.add(write);
        added.add(writes);
    }

    /** A point to roll back to: the writes added so far. */
    int savepoint() {
        return added.size();
    }

    /** Takes out every write added after {@code savepoint}. */
    void rollBackTo(int savepoint) {
        while (added.size() > savepoint) {
            List<ReadModelWrites.Write> writes = added.remove(added.size() - 1);
            writes.remove(writes.size() - 1);
        }
    }

    /** Per collection, per document, the writes in their order (documents left without writes omitted). */
    Map<String, Map<Object, List<ReadModelWrites.Write>>> byCollection() {
        Map<String, Map<Object, List<ReadModelWrites.Write>>> writes = new LinkedHashMap<>();
        byCollection.forEach((collection, documents) -> documents.forEach((id, list) -> {
            if (!list.isEmpty()) {
                writes.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(id, list);
            }
        }));
        return writes;
    }

    int size() {
        return added.size();
    }
}
