package org.golive.infra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that starts a query naming an {@code _id} from that index ({@link IdLookup}), does not match
 * again what that index answered exactly ({@link IdLookup#leftToMatch}), and keeps no size
 * statistics ({@link SizeStatistics}), and lets the bytes kept for a document go when an update changes it in place
 * ({@link EncodedDocuments}).
 */
final class IdLookupH2Collection extends H2Collection {

    private final EncodedDocuments encoded;

    IdLookupH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                         MVMap<String, Object> meta, CursorRegistry cursors, EncodedDocuments encoded) {
        super(database, name, options, data, meta, cursors);
        this.encoded = encoded;
    }

    /** An update changed the stored document in place: the bytes kept for it are no longer its own. */
    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        encoded.forget(oldDocument);
        encoded.forget(newDocument);
        super.handleUpdate(position, oldDocument, newDocument);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
                                         int batchSize, Document fieldSelector) {
        Iterable<Object> positions = IdLookup.positions(getIndexes(), getIdField(), query);
        return positions == null
                ? super.matchDocuments(query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector)
                : matchDocuments(query, positions, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Iterable<Object> positions, Document orderBy,
                                         int numberToSkip, int limit, int batchSize, Document fieldSelector) {
        return super.matchDocuments(IdLookup.leftToMatch(query, getIdField(), fieldSelector), positions, orderBy,
                numberToSkip, limit, batchSize, fieldSelector);
    }

    @Override
    protected boolean tracksDataSize() {
        return SizeStatistics.KEPT;
    }
}
