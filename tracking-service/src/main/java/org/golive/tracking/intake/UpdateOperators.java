package org.golive.tracking.intake;

import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The update operators the read models use ({@code $set}, {@code $unset}, {@code $inc}, {@code $setOnInsert},
 * {@code $addToSet}), applied to a document in memory as MongoDB applies them to a stored one: dotted paths through
 * embedded documents (created on the way), new fields appended, values in their stored form (the converter Spring
 * uses to write an update). Anything else is refused, so a projection that starts using another operator fails the
 * rebuild (the active generation stays) and the rebuild equality test, instead of folding it wrongly.
 */
@Component
public class UpdateOperators {

    private final MongoConverter converter;

    UpdateOperators(MongoConverter converter) {
        this.converter = converter;
    }

    /**
     * Applies {@code update} to {@code document}.
     *
     * @param inserting whether the write creates the document ({@code $setOnInsert} applies only then)
     */
    public void apply(Document document, Update update, boolean inserting) {
        for (Map.Entry<String, Object> operator : update.getUpdateObject().entrySet()) {
            Document fields = (Document) operator.getValue();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                String path = field.getKey();
                switch (operator.getKey()) {
                    case "$set" -> set(document, path, stored(field.getValue()));
                    case "$setOnInsert" -> {
                        if (inserting) {
                            set(document, path, stored(field.getValue()));
                        }
                    }
                    case "$unset" -> unset(document, path);
                    case "$inc" -> set(document, path, sum(number(document, path), (Number) field.getValue()));
                    case "$addToSet" -> addToSet(document, path, stored(field.getValue()));
                    default -> throw new ReadModelFold.Unfoldable("Update operator " + operator.getKey()
                            + " is not folded in memory: add it to " + UpdateOperators.class.getSimpleName());
                }
            }
        }
    }

    /** A deep copy of a stored document. */
    public Document copy(Document document) {
        return (Document) stored(document);
    }

    /** The number at {@code path}, or null. */
    static Number number(Document document, String path) {
        Object value = get(document, path);
        return value instanceof Number number ? number : null;
    }

    private static Object get(Document document, String path) {
        Object current = document;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Document embedded)) {
                return null;
            }
            current = embedded.get(key);
        }
        return current;
    }

    private static void set(Document document, String path, Object value) {
        String[] keys = path.split("\\.");
        parent(document, keys, true).put(keys[keys.length - 1], value);
    }

    private static void unset(Document document, String path) {
        String[] keys = path.split("\\.");
        Document parent = parent(document, keys, false);
        if (parent != null) {
            parent.remove(keys[keys.length - 1]);
        }
    }

    private static void addToSet(Document document, String path, Object value) {
        String[] keys = path.split("\\.");
        Document parent = parent(document, keys, true);
        Object current = parent.get(keys[keys.length - 1]);
        if (current == null && !parent.containsKey(keys[keys.length - 1])) {
            List<Object> values = new ArrayList<>();
            values.add(value);
            parent.put(keys[keys.length - 1], values);
        } else if (current instanceof List<?> list) {
            if (!list.contains(value)) {
                List<Object> values = new ArrayList<>(list);
                values.add(value);
                parent.put(keys[keys.length - 1], values);
            }
        } else {
            throw new ReadModelFold.Unfoldable("$addToSet on " + path + ", which is not an array");
        }
    }

    /** The document holding the last key of the path; created on the way if {@code create}, else null if missing. */
    private static Document parent(Document document, String[] keys, boolean create) {
        Document current = document;
        for (int i = 0; i < keys.length - 1; i++) {
            Object next = current.get(keys[i]);
            if (next == null) {
                if (!create) {
                    return null;
                }
                Document made = new Document();
                current.put(keys[i], made);
                next = made;
            }
            if (!(next instanceof Document embedded)) {
                throw new ReadModelFold.Unfoldable("Path " + String.join(".", keys) + " runs through a "
                        + next.getClass().getSimpleName() + ", which the fold does not traverse");
            }
            current = embedded;
        }
        return current;
    }

    /** As MongoDB adds: int + int stays an int unless it overflows; a long or a double widens. */
    static Number sum(Number current, Number increment) {
        Number base = current == null ? 0 : current;
        if (base instanceof Double || increment instanceof Double) {
            return base.doubleValue() + increment.doubleValue();
        }
        if (base instanceof Integer && increment instanceof Integer) {
            long sum = (long) base.intValue() + increment.intValue();
            if (sum == (int) sum) {
                return (int) sum;
            }
            return sum;
        }
        if ((base instanceof Integer || base instanceof Long)
                && (increment instanceof Integer || increment instanceof Long)) {
            return Math.addExact(base.longValue(), increment.longValue());
        }
        throw new ReadModelFold.Unfoldable("$inc of " + base.getClass().getSimpleName() + " by "
                + increment.getClass().getSimpleName() + " is not folded in memory");
    }

    /** A value as it is stored: converted as Spring converts an update's values, documents and lists copied. */
    private Object stored(Object value) {
        if (value instanceof Map<?, ?> map) {
            Document copy = new Document();
            map.forEach((key, item) -> copy.put((String) key, stored(item)));
            return copy;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> copy = new ArrayList<>(collection.size());
            collection.forEach(item -> copy.add(stored(item)));
            return copy;
        }
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof Boolean) {
            return value; // stored as they are (no custom conversions are registered): no converter lookup per value
        }
        return converter.convertToMongoType(value);
    }
}
