package org.golive.tracking.intake;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A poll's guarded writes to one document merged into as few writes as possible, so that the document is written
 * once per poll and not once per event. A merged write is the parts' effects in their order as one update (a field
 * set twice keeps the later value, increments add up), under every part's guard at once: each source's mark must be
 * below the <em>first</em> sequence of that source among the parts. It applies exactly when every part would apply
 * one after the other, in one single-document (atomic) write; when the document is past any part (a redelivery, or a
 * poll that repeats part of one written before a crash) the server refuses it whole, and the parts are then written
 * one by one, each under its own guard ({@link #parts}), as the events were before batching. Parts whose effects the
 * server could not take as one update (a path and its parent, two operators on one path, a source's sequence not
 * rising) start a new merged write.
 */
final class DocumentWrites {

    private static final Set<String> MERGED_OPERATORS = Set.of("$set", "$unset", "$inc", "$setOnInsert");

    private final Object id;
    private final List<ReadModelWrite> parts = new ArrayList<>();
    /** Per guard field (a source's mark, or the one-source sequence), the first and the last sequence of the parts. */
    private final Map<String, long[]> sequences = new LinkedHashMap<>();
    /** The merged update: operator, then path, then value; in the parts' order. */
    private final Map<String, Map<String, Object>> operators = new LinkedHashMap<>();

    private DocumentWrites(ReadModelWrite first) {
        this.id = first.documentId();
        parts.add(first);
        Guard guard = Guard.of(first);
        if (guard != null) {
            sequences.put(guard.field(), new long[]{guard.sequence(), guard.sequence()});
            guard.effect().forEach((operator, fields) -> ((Document) fields).forEach((path, value) ->
                    operators.computeIfAbsent(operator, o -> new LinkedHashMap<>()).put(path, value)));
        }
    }

    /** The writes to one document, in their order, merged where they can be. */
    static List<DocumentWrites> merge(List<ReadModelWrite> writes) {
        List<DocumentWrites> merged = new ArrayList<>();
        DocumentWrites current = null;
        for (ReadModelWrite write : writes) {
            if (current == null || !current.absorb(write)) {
                current = new DocumentWrites(write);
                merged.add(current);
            }
        }
        return merged;
    }

    /** The writes merged here, each as it came (to be written one by one when the merged write is refused). */
    List<ReadModelWrite> parts() {
        return List.copyOf(parts);
    }

    boolean merged() {
        return parts.size() > 1;
    }

    /** The one write of a single part; null for a merged write ({@link #filter}, {@link #update}). */
    ReadModelWrite single() {
        return merged() ? null : parts.get(0);
    }

    /** The merged write's filter: the document, if every source's mark is below its first sequence among the parts. */
    Query filter() {
        List<Criteria> guards = new ArrayList<>();
        sequences.forEach((field, range) -> guards.add(new Criteria().orOperator(where(field).exists(false),
                where(field).lt(range[0]))));
        return new Query(where("_id").is(id).andOperator(guards.toArray(Criteria[]::new)));
    }

    /** The merged write's update: the parts' effects and marks as one update. */
    Update update() {
        Update update = new Update();
        operators.forEach((operator, fields) -> fields.forEach((path, value) -> {
            switch (operator) {
                case "$set" -> update.set(path, value);
                case "$unset" -> update.unset(path);
                case "$inc" -> update.inc(path, (Number) value);
                case "$setOnInsert" -> update.setOnInsert(path, value);
                default -> throw new IllegalStateException("Not merged: " + operator);
            }
        }));
        return update;
    }

    private boolean absorb(ReadModelWrite write) {
        Guard guard = Guard.of(write);
        Guard first = Guard.of(parts.get(0));
        if (guard == null || first == null || guard.kind() != first.kind()
                || !MERGED_OPERATORS.containsAll(operators.keySet())) {
            return false;
        }
        long[] range = sequences.get(guard.field());
        if (range != null && guard.sequence() <= range[1]) {
            return false; // the same event twice, or a source's sequences not rising: the guards decide one by one
        }
        Map<String, Map<String, Object>> effect = new LinkedHashMap<>();
        for (Map.Entry<String, Object> operator : guard.effect().entrySet()) {
            if (!MERGED_OPERATORS.contains(operator.getKey())) {
                return false;
            }
            if (operator.getKey().equals("$setOnInsert")) {
                continue; // the document exists once the first part applied: a later part inserts nothing
            }
            effect.put(operator.getKey(), new LinkedHashMap<>((Document) operator.getValue()));
        }
        if (!mergeable(effect)) {
            return false;
        }
        effect.forEach((operator, fields) -> fields.forEach((path, value) -> {
            Map<String, Object> merged = operators.computeIfAbsent(operator, o -> new LinkedHashMap<>());
            merged.put(path, operator.equals("$inc") && merged.containsKey(path)
                    ? UpdateOperators.sum((Number) merged.get(path), (Number) value) : value);
        }));
        if (range == null) {
            sequences.put(guard.field(), new long[]{guard.sequence(), guard.sequence()});
        } else {
            range[1] = guard.sequence();
        }
        parts.add(write);
        return true;
    }

    /** Whether each path of {@code effect} meets no path of the merged update but its own, under the same operator. */
    private boolean mergeable(Map<String, Map<String, Object>> effect) {
        for (Map.Entry<String, Map<String, Object>> added : effect.entrySet()) {
            for (String path : added.getValue().keySet()) {
                for (Map.Entry<String, Map<String, Object>> held : operators.entrySet()) {
                    for (String other : held.getValue().keySet()) {
                        boolean same = path.equals(other);
                        boolean nested = path.startsWith(other + ".") || other.startsWith(path + ".");
                        if (nested || same && (!held.getKey().equals(added.getKey())
                                || held.getKey().equals("$setOnInsert"))) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /**
     * A write's guard: the field it is checked against, its sequence, and its effect (operator, then path, then value)
     * with the guard raised.
     */
    private record Guard(Class<?> kind, String field, long sequence, Document effect) {

        static Guard of(ReadModelWrite write) {
            if (write instanceof ReadModelWrite.Guarded guarded) {
                return new Guard(ReadModelWrite.Guarded.class, guarded.mark(), guarded.sequence(),
                        guarded.effect().getUpdateObject()); // the guarded effect raises its mark itself
            }
            if (write instanceof ReadModelWrite.Sequenced sequenced) {
                Document effect = new Document();
                sequenced.update().getUpdateObject().forEach((operator, fields) ->
                        effect.put(operator, new Document((Document) fields)));
                ((Document) effect.computeIfAbsent("$set", o -> new Document()))
                        .put(ReadModelWrites.SEQUENCE, sequenced.sequence());
                return new Guard(ReadModelWrite.Sequenced.class, ReadModelWrites.SEQUENCE,
                        sequenced.sequence(), effect);
            }
            return null; // an insert: never merged
        }
    }
}
