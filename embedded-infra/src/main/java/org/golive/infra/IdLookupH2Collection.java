package org.golive.infra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/** An H2 collection that starts a query naming an {@code _id} from that index ({@link IdLookup}). */
final class IdLookupH2Collection extends H2Collection {

    IdLookupH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                         MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
                                         int batchSize, Document fieldSelector) {
        Iterable<Object> positions = IdLookup.positions(getIndexes(), getIdField(), query);
        return positions == null
                ? super.matchDocuments(query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector)
                : matchDocuments(query, positions, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
    }
}
