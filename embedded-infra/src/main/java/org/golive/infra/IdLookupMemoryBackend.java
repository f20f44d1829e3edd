package org.golive.infra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The in-memory backend (tests) with {@link IdLookup}'s start from the {@code _id} index and, like the disk's, no size
 * statistics ({@link SizeStatistics}).
 */
final class IdLookupMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    private static final class Database extends MemoryDatabase {

        Database(String name, CursorRegistry cursors) {
            super(name, cursors);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new Collection(this, collectionName, options, cursorRegistry);
        }
    }

    private static final class Collection extends MemoryCollection {

        Collection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
            super(database, name, options, cursors);
        }

        @Override
        protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
                                             int batchSize, Document fieldSelector) {
            Iterable<Integer> positions = IdLookup.positions(getIndexes(), getIdField(), query);
            return positions == null
                    ? super.matchDocuments(query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector)
                    : matchDocuments(query, positions, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
        }

        @Override
        protected QueryResult matchDocuments(Document query, Iterable<Integer> positions, Document orderBy,
                                             int numberToSkip, int limit, int batchSize, Document fieldSelector) {
            return super.matchDocuments(IdLookup.leftToMatch(query, getIdField(), fieldSelector), positions, orderBy,
                    numberToSkip, limit, batchSize, fieldSelector);
        }

        @Override
        protected boolean tracksDataSize() {
            return SizeStatistics.KEPT;
        }
    }
}
