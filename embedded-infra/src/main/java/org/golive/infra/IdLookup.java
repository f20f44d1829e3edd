package org.golive.infra;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.util.Collection;
import java.util.List;

/**
 * mongo-java-server uses an index only for a query whose fields are exactly the index's: {@code {_id: x}} is looked
 * up, but {@code {_id: x, appliedEvents.s: {$lt: 7}}} (every idempotent consumer's guarded write, every
 * version-checked update) scans the whole collection and matches each document, so a write costs in proportion to
 * the collection. MongoDB itself starts from the {@code _id} index. This gives the embedded server's collections the
 * same start: the one document the {@code _id} names, then the rest of the query matched against it.
 */
final class IdLookup {

    private IdLookup() {
    }

    /**
     * The positions of the document a query names by plain {@code _id} equality beside other conditions, from the
     * {@code _id} index; null when the query is not of that shape (the collection then scans, as before).
     */
    static <P> Iterable<P> positions(List<Index<P>> indexes, String idField, Document query) {
        if (idField == null) {
            return null;
        }
        Object id = namedId(query, idField);
        if (id == null) {
            return null;
        }
        for (Index<P> index : indexes) {
            List<IndexKey> keys = index.getKeys();
            if (keys.size() == 1 && keys.get(0).getKey().equals(idField)) {
                return index.getPositions(new Document(idField, id));
            }
        }
        return null;
    }

    /**
     * What is left to match of a query after the {@code _id} index answered it: nothing for {@code {_id: {$in: [...]}}}
     * of strings or object ids, since the index found exactly the documents with those ids; the query itself for any
     * other shape. mongo-java-server matches every document the index found against the whole query again, and its
     * {@code $in} walks the list: reading 10,000 documents by their ids compared each with up to 10,000 ids, 50
     * million string comparisons (tracking's per-task plan, most of the server's CPU in the load benchmark).
     */
    static Document leftToMatch(Document query, String idField, Document fieldSelector) {
        if (idField == null || query.size() != 1 || !(query.get(idField) instanceof Document condition)
                || condition.size() != 1 || !(condition.get("$in") instanceof Collection<?> ids)) {
            return query;
        }
        if (fieldSelector != null && fieldSelector.keySet().stream().anyMatch(key -> key.contains("$"))) {
            return query; // a positional projection reads the query
        }
        for (Object id : ids) {
            if (!(id instanceof String) && !(id instanceof ObjectId)) {
                return query; // numbers, documents: equal by MongoDB's rules, left to the matcher
            }
        }
        return new Document();
    }

    /**
     * The value of a plain {@code _id} condition at the top of the query, or in one of the clauses of a top-level
     * {@code $and} (the Java driver's {@code Filters.and}): every match must have that {@code _id}.
     */
    private static Object namedId(Document query, String idField) {
        if (query.size() < 2 && !query.containsKey("$and")) {
            return null; // a lone {_id: x} is the index's own case; anything else names no _id
        }
        if (isPlain(query.get(idField))) {
            return query.get(idField);
        }
        if (query.get("$and") instanceof List<?> clauses) {
            for (Object clause : clauses) {
                if (clause instanceof Document document && isPlain(document.get(idField))) {
                    return document.get(idField);
                }
            }
        }
        return null;
    }

    private static boolean isPlain(Object id) {
        return id != null && !(id instanceof Collection<?>) && !isExpression(id);
    }

    /** {@code {$in: [...]}}, {@code {$gt: ...}}: an operator, not a value (a sub-document _id has no $ keys). */
    private static boolean isExpression(Object value) {
        return value instanceof Document document && document.keySet().stream().anyMatch(key -> key.startsWith("$"));
    }
}
