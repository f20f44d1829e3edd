package org.golive.tracking.intake;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Writes figures worked out by health judgements into read models (kept statuses, measures, portfolio figures, daily
 * points): every judgement of a call in one unordered bulk of upserts, one round trip, each upsert guarded by its own
 * query. A guard's refusal (the document holds figures of newer inputs) is a duplicate key of its own upsert, the
 * twin it tried to insert, and leaves the others written.
 */
@Component
public class FigureWrites {

    private final MongoTemplate mongo;
    private final ReadModelWrites writes;

    FigureWrites(MongoTemplate mongo, ReadModelWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    /**
     * Into a read models' generation, each where its guard matches: in a rebuild's fold (the generation's one writer,
     * no newer figures can be there) set on the folded documents, else in one bulk.
     *
     * @return those refused by their guard (a duplicate key); none in a fold; any other error is thrown
     */
    public <T> List<T> keepAll(String collection, List<T> judged, Function<T, Object> id, Function<T, Query> guard,
                               Function<T, Update> figures) {
        if (folded(collection, judged, id, figures)) {
            return List.of();
        }
        return bulk(collection, judged, guard, figures, true);
    }

    /** Into a read models' generation, unguarded (the last judgement's figures win): folded in a rebuild, else a bulk. */
    public <T> void setAll(String collection, List<T> judged, Function<T, Object> id, Function<T, Update> figures) {
        if (!folded(collection, judged, id, figures)) {
            bulk(collection, judged, byId(id), figures, false);
        }
    }

    /** Into a collection outside the generations, unguarded: one bulk, in a rebuild too; any error is thrown. */
    public <T> void upsertAll(String collection, List<T> judged, Function<T, Object> id, Function<T, Update> figures) {
        bulk(collection, judged, byId(id), figures, false);
    }

    private <T> boolean folded(String collection, List<T> judged, Function<T, Object> id,
                               Function<T, Update> figures) {
        if (!writes.folding()) {
            return false;
        }
        judged.forEach(each -> writes.foldFigures(collection, id.apply(each), figures.apply(each)));
        return true;
    }

    private static <T> Function<T, Query> byId(Function<T, Object> id) {
        return each -> query(where("_id").is(id.apply(each)));
    }

    private <T> List<T> bulk(String collection, List<T> judged, Function<T, Query> guard, Function<T, Update> figures,
                             boolean guarded) {
        if (judged.isEmpty()) {
            return List.of();
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        judged.forEach(each -> bulk.upsert(guard.apply(each), figures.apply(each)));
        if (!guarded) { // no refusal expected: any error is thrown
            bulk.execute();
            return List.of();
        }
        return ReadModelWrites.execute(bulk).stream().sorted().map(judged::get).toList();
    }
}
