package org.golive.infra;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.BsonRegularExpression;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.types.Binary;
import org.bson.types.Code;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents on disk ({@link DocumentBytes}) through the driver: every BSON type reads back after a restart, and a
 * data file written before (Java serialization, by mongo-java-server's own H2 backend) keeps working.
 */
class StoredDocumentsTest {

    static final String DATABASE = "golive-test";

    @Test
    void everyTypeReadsBackAfterARestart(@TempDir Path data) {
        Document stored = new Document("_id", "r-1")
                .append("int", 42).append("long", 1L << 40).append("double", -0.0).append("nan", Double.NaN)
                .append("decimal", new Decimal128(new BigDecimal("1234.5600")))
                .append("date", new Date(1_765_000_000_123L)).append("objectId", new ObjectId())
                .append("binary", new Binary(new byte[] {0, 1, (byte) 0xFF}))
                .append("uuid", UUID.randomUUID()).append("none", null).append("min", new MinKey())
                .append("max", new MaxKey()).append("regex", new BsonRegularExpression("^go-?live$", "i"))
                .append("flag", true).append("timestamp", new BsonTimestamp(1_765_000_000, 7))
                .append("code", new Code("x => x"))
                .append("text", "Zürich · 東京 · 🚀 · ünïcødé « go-live »")
                .append("nested", new Document("list", List.of(1, "two", new Document("three", 3.0), List.of())));
        int port;
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", 0);
             MongoClient client = client(server.connectionString())) {
            port = server.port();
            client.getDatabase(DATABASE).getCollection("rollouts").insertOne(stored);
        }
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", port);
             MongoClient client = client(server.connectionString())) {
            Document found = client.getDatabase(DATABASE).getCollection("rollouts").find(Filters.eq("_id", "r-1"))
                    .first();
            assertThat(found).isNotNull();
            assertThat(found.keySet()).containsExactlyElementsOf(stored.keySet());
            assertThat(found).isEqualTo(stored);
        }
        assertThat(firstBytesOfStoredDocuments(data, "rollouts")).containsOnly(BsonBytes.MARKER);
    }

    /** The first byte of each document of a collection as the file holds it. */
    static List<Byte> firstBytesOfStoredDocuments(Path data, String collection) {
        List<Byte> firstBytes = new java.util.ArrayList<>();
        DocumentBytes stored = new DocumentBytes();
        BasicDataType<de.bwaldvogel.mongo.bson.Document> probe = new BasicDataType<>() {
            @Override
            public int getMemory(de.bwaldvogel.mongo.bson.Document document) {
                return stored.getMemory(document);
            }

            @Override
            public void write(WriteBuffer buff, de.bwaldvogel.mongo.bson.Document document) {
                stored.write(buff, document);
            }

            @Override
            public de.bwaldvogel.mongo.bson.Document read(ByteBuffer buff) {
                firstBytes.add(buff.get(buff.position()));
                return stored.read(buff);
            }

            @Override
            public de.bwaldvogel.mongo.bson.Document[] createStorage(int size) {
                return new de.bwaldvogel.mongo.bson.Document[size];
            }
        };
        MVStore store = new MVStore.Builder().fileName(data.resolve("mongo.mv").toString()).readOnly().open();
        try {
            store.openMap("databases." + DATABASE + "." + collection,
                    new MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>().valueType(probe))
                    .forEach((id, document) -> { });
        } finally {
            store.close();
        }
        return firstBytes;
    }

    /**
     * A file of an earlier version: every document reads, updates rewrite its pages in the new format among old
     * ones, and after a restart both the updated and the untouched documents read.
     */
    @Test
    void aFileWrittenBeforeReadsAndTakesWrites(@TempDir Path data) {
        EarlierFiles.write(data, 600);
        int port;
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", 0);
             MongoClient client = client(server.connectionString())) {
            port = server.port();
            MongoCollection<Document> tasks = client.getDatabase(DATABASE).getCollection(EarlierFiles.COLLECTION);
            assertThat(tasks.find().into(new java.util.ArrayList<>())).hasSize(600)
                    .allSatisfy(task -> assertThat(task).isEqualTo(EarlierFiles.task(task.getInteger("n"))));
            for (int n = 0; n < 600; n += 7) {
                tasks.updateOne(Filters.eq("_id", EarlierFiles.id(n)), Updates.set("percent", 100));
            }
            tasks.insertOne(new Document("_id", "new").append("title", "après"));
        }
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", port);
             MongoClient client = client(server.connectionString())) {
            MongoCollection<Document> tasks = client.getDatabase(DATABASE).getCollection(EarlierFiles.COLLECTION);
            for (int n = 0; n < 600; n++) {
                Document expected = EarlierFiles.task(n);
                if (n % 7 == 0) {
                    expected.put("percent", 100);
                }
                assertThat(tasks.find(Filters.eq("_id", EarlierFiles.id(n))).first()).isEqualTo(expected);
            }
            assertThat(tasks.find(Filters.eq("_id", "new")).first()).containsEntry("title", "après");
        }
    }

    static MongoClient client(String connectionString) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .uuidRepresentation(UuidRepresentation.STANDARD).build());
    }

    /** Data files as mongo-java-server's own H2 backend writes them: documents Java-serialized. */
    static final class EarlierFiles {

        static final String COLLECTION = "status_tasks";

        private EarlierFiles() {
        }

        static void write(Path data, int tasks) {
            MVStore store = MVStore.open(data.resolve("mongo.mv").toString());
            MongoServer earlier = new MongoServer(new H2Backend(store));
            String address = "mongodb://" + earlier.bind().getHostString() + ":" + earlier.getLocalAddress().getPort();
            try (MongoClient client = client(address)) {
                MongoCollection<Document> collection = client.getDatabase(DATABASE).getCollection(COLLECTION);
                for (int n = 0; n < tasks; n++) {
                    collection.insertOne(task(n));
                }
            } finally {
                earlier.shutdownNow();
                store.close();
            }
        }

        static String id(int n) {
            return "r-1/t-" + n;
        }

        static Document task(int n) {
            return new Document("_id", id(n)).append("n", n).append("title", "Tâche n° " + n + " — 検証")
                    .append("percent", n % 100).append("start", new Date(1_765_000_000_000L + n * 86_400_000L))
                    .append("effort", n * 1.5).append("links", List.of(new Document("to", id(n + 1))))
                    .append("chunk", new Binary(("[{\"task\":" + n + "}]").getBytes(StandardCharsets.UTF_8)));
        }
    }
}
