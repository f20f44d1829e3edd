package org.golive.infra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * mongo-java-server's H2 backend that answers a command which may change data only after {@code awaitDurable} has
 * run, so that the acknowledgement the client receives means the write is in the file. Every command, from the
 * modern {@code OP_MSG} and the legacy {@code OP_QUERY} alike, passes through {@link #handleCommand}, and the server
 * writes the answer to the client only when it returns. A command that may change data runs whole between two
 * commits ({@link StoreCommits}).
 */
public class DurableH2Backend extends H2Backend {

    /** Appended to the map name of a unique index kept in {@link IndexKeyOrder}. */
    static final String ORDERED_INDEX_SUFFIX = ".ordered";

    /** Commands that never change data; anything else (including commands unknown here) waits for a commit. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
            "listindexes", "listdatabases", "killcursors", "ping", "ismaster", "hello", "buildinfo", "whatsmyuri",
            "serverstatus", "dbstats", "collstats", "validate", "getlasterror", "getparameter", "getcmdlineopts",
            "hostinfo", "getlog", "connectionstatus", "endsessions", "getfreemonitoringstatus");

    private final StoreCommits commits;
    private final Runnable awaitDurable;
    /** Set on first use, not by an initializer: H2Backend's constructor already opens the file's databases. */
    private EncodedDocuments encoded;

    /**
     * @param commits      the store's only committer (it keeps commits out of half-done commands)
     * @param awaitDurable returns once every change made before it was called is as durable as required
     */
    public DurableH2Backend(MVStore store, StoreCommits commits, Runnable awaitDurable) {
        super(store);
        this.commits = commits;
        this.awaitDurable = awaitDurable;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        long began = System.nanoTime();
        try {
            if (!mayChangeData(command, query)) {
                return super.handleCommand(channel, databaseName, command, query);
            }
            try {
                return commits.command(() -> super.handleCommand(channel, databaseName, command, query));
            } finally {
                // Also after a failed command: an ordered insert may have stored its first documents before the error.
                awaitDurable.run();
            }
        } finally {
            SlowCommands.took(System.nanoTime() - began, databaseName, command, query);
        }
    }

    /** Databases whose collections start a query that names an {@code _id} from that index ({@link IdLookup}). */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IdLookupDatabase(databaseName);
    }

    @Override
    public void close() {
        commits.close();
        super.close();
    }

    private synchronized EncodedDocuments encoded() {
        if (encoded == null) {
            encoded = new EncodedDocuments();
        }
        return encoded;
    }

    static boolean mayChangeData(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return query.get("pipeline") instanceof List<?> stages && stages.stream()
                    .anyMatch(stage -> stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge")));
        }
        return !READS.contains(name);
    }

    /**
     * H2Database with {@link IdLookupH2Collection}s, under the map names H2Database gives collections
     * ({@code databases.<db>.<collection>}, {@code meta.<db>.<collection>}), so files written before open the same;
     * documents are stored as {@link DocumentBytes} (BSON), and those of earlier files still read.
     * An inner class: H2Database's constructor already opens the collections, before a field of a subclass is set,
     * while the enclosing backend (and its store) is there from the start.
     */
    private final class IdLookupDatabase extends H2Database {

        IdLookupDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            EncodedDocuments encoded = encoded();
            MVMap<Object, Document> data = getMvStore().openMap("databases." + namespace,
                    new MVMap.Builder<Object, Document>().valueType(new DocumentBytes(encoded)));
            MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
            return new IdLookupH2Collection(this, collectionName, options, data, meta, cursorRegistry, encoded);
        }

        /**
         * Unique indexes (every {@code _id} among them) in maps ordered by {@link IndexKeyOrder}, named after
         * H2Database's own with a suffix. A map written in H2's serialized order by an earlier version is moved over
         * once and removed; a move cut short by a crash is done again at the next start ({@code putIfAbsent}).
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            String serializedOrder = indexMapName(collectionName, indexName);
            MVMap<KeyValue, Object> positions = getMvStore().openMap(serializedOrder + ORDERED_INDEX_SUFFIX,
                    new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyOrder.INSTANCE));
            if (getMvStore().hasMap(serializedOrder)) {
                MVMap<KeyValue, Object> earlier = getMvStore().openMap(serializedOrder);
                earlier.forEach(positions::putIfAbsent);
                getMvStore().removeMap(earlier);
            }
            return new OrderedH2UniqueIndex(positions, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            getMvStore().removeMap(indexMapName(collection.getCollectionName(), indexName) + ORDERED_INDEX_SUFFIX);
        }

        /** The name H2Database gives an index's map. */
        private String indexMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        }
    }
}
