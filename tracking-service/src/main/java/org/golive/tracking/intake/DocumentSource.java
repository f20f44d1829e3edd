package org.golive.tracking.intake;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Where a judgement reads read-model documents from: the database ({@link #stored}, one query by {@code _id} per
 * collection and call), or a rebuild's fold ({@link ReadModelFold}: the documents it holds, the rest in one query).
 * The documents returned are the source's own: read them, never change them.
 */
public interface DocumentSource {

    /** The documents of {@code collection} (its name in the generation meant) with these ids, by id; absent ones left out. */
    Map<Object, Document> find(String collection, Collection<?> ids);

    static DocumentSource stored(MongoTemplate mongo) {
        return (collection, ids) -> byId(mongo, collection, ids);
    }

    /** One query for every id (the embedded server answers {@code _id: {$in}} from its {@code _id} index). */
    static Map<Object, Document> byId(MongoTemplate mongo, String collection, Collection<?> ids) {
        Map<Object, Document> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<?> distinct = List.copyOf(new LinkedHashSet<>(ids));
        mongo.find(query(where("_id").in(distinct)), Document.class, collection)
                .forEach(document -> found.put(document.get("_id"), document));
        return found;
    }
}
