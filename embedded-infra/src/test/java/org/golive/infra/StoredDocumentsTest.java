package org.golive.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoredDocumentsTest {

    private final StoredDocuments type = new StoredDocuments();

    @Test
    void aDocumentIsWrittenAsBsonAndReadBackEqual() {
        de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", "r-1")
                .append("siteName", "Northwind General").append("version", 7L).append("percent", 40)
                .append("ratio", 0.25).append("done", true).append("none", null)
                .append("at", Instant.ofEpochMilli(1_765_000_000_123L))
                .append("plan", new de.bwaldvogel.mongo.bson.Document("chunkIds", List.of("a", "b"))
                        .append("nested", List.of(new de.bwaldvogel.mongo.bson.Document("n", 1))));

        ByteBuffer stored = written(document);

        assertThat(stored.get(0)).isEqualTo(StoredDocuments.BSON);
        assertThat(type.read(stored)).isEqualTo(document);
        assertThat(stored.hasRemaining()).isFalse();
    }

    @Test
    void aDocumentJavaSerializedByAnEarlierVersionIsStillRead() {
        de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", "r-1")
                .append("siteName", "Northwind General");
        WriteBuffer buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, document);
        buffer.put((byte) 42); // what follows the value in a page: left where it is

        ByteBuffer stored = buffer.getBuffer().flip();
        assertThat(type.read(stored)).isEqualTo(document);
        assertThat(stored.get()).isEqualTo((byte) 42);
    }

    @Test
    void whatIsNotADocumentIsLeftToH2sEncoding() {
        assertThat(type.read(written("a key"))).isEqualTo("a key");
        assertThat(type.read(written(12L))).isEqualTo(12L);
    }

    /**
     * A data file written by mongo-java-server's own H2 backend (documents Java-serialized) opens with every document
     * readable; a document written again is stored as BSON and read back after a restart; the others stay as they were.
     */
    @Test
    void aFileWrittenBeforeOpensAndMovesToBsonDocumentByDocument(@TempDir Path data) {
        Path file = data.resolve("mongo.mv");
        Document kinds = new Document("_id", "r-1").append("siteName", "Northwind General")
                .append("goLive", new Date(1_765_000_000_000L)).append("budget", new Decimal128(new BigDecimal("12.50")))
                .append("owner", new ObjectId("65f0c0ffee0000000000beef")).append("blob", new Binary(new byte[]{1, 2}))
                .append("tasks", List.of(new Document("id", "T-1").append("percent", 40)));
        MVStore oldStore = new MVStore.Builder().fileName(file.toString()).open();
        H2Backend oldBackend = new H2Backend(oldStore);
        oldBackend.version(ServerVersion.MONGO_5_0);
        MongoServer oldServer = new MongoServer(oldBackend);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + oldServer.bind().getPort())) {
            MongoCollection<Document> rollouts = client.getDatabase("golive-test").getCollection("rollouts");
            rollouts.insertOne(kinds);
            rollouts.insertOne(new Document("_id", "r-2").append("siteName", "Eastside Clinic"));
        } finally {
            oldServer.shutdownNow();
            oldBackend.close();
        }

        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> rollouts = client.getDatabase("golive-test").getCollection("rollouts");
            assertThat(rollouts.find(Filters.eq("_id", "r-1")).first()).isEqualTo(kinds);
            rollouts.updateOne(Filters.eq("_id", "r-2"), Updates.set("siteName", "Eastside Clinic North"));
        }

        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> rollouts = client.getDatabase("golive-test").getCollection("rollouts");
            assertThat(rollouts.find(Filters.eq("_id", "r-1")).first()).isEqualTo(kinds);
            assertThat(rollouts.find(Filters.eq("_id", "r-2")).first())
                    .containsEntry("siteName", "Eastside Clinic North");
        }
        MVStore reopened = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            ByteBuffer r2 = storedValue(reopened, "r-2");
            assertThat(r2.get(0)).isEqualTo(StoredDocuments.BSON);
            assertThat(storedValue(reopened, "r-1").get(0)).isNotEqualTo(StoredDocuments.BSON);
        } finally {
            reopened.close();
        }
    }

    private ByteBuffer written(Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        return buffer.getBuffer().flip();
    }

    /** The stored bytes of one document: re-encoded by a type that records what the first byte it reads was. */
    private static ByteBuffer storedValue(MVStore store, String id) {
        FirstByte firstByte = new FirstByte();
        store.openMap("databases.golive-test.rollouts",
                new org.h2.mvstore.MVMap.Builder<Object, Object>().valueType(firstByte)).get(id);
        return ByteBuffer.wrap(new byte[]{firstByte.last});
    }

    /** Reads a value as {@link StoredDocuments} does, remembering its tag. */
    private static final class FirstByte extends org.h2.mvstore.type.BasicDataType<Object> {
        private final StoredDocuments delegate = new StoredDocuments();
        private byte last;

        @Override
        public int getMemory(Object value) {
            return delegate.getMemory(value);
        }

        @Override
        public void write(WriteBuffer buffer, Object value) {
            delegate.write(buffer, value);
        }

        @Override
        public Object read(ByteBuffer buffer) {
            last = buffer.get(buffer.position());
            return delegate.read(buffer);
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }
}
