package org.golive.infra;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A server reopened on its data file must refuse a twin as MongoDB does (duplicate key, code 11000) and keep the
 * document that was there: consumers rely on the refused upsert to tell "already applied" from a failure.
 */
class UniqueKeysAfterRestartTest {

    @Test
    void aRefusedUpsertAfterARestartIsADuplicateKeyAndLeavesTheDocumentAlone(@TempDir Path data) {
        int port;
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", 0, MongoDurability.WRITTEN);
             MongoClient client = MongoClients.create(server.connectionString())) {
            port = server.port();
            MongoCollection<Document> managers = client.getDatabase("golive-test").getCollection("rollout_managers");
            managers.insertOne(new Document("_id", "r-1").append("manager", "ana").append("mark", 5));
        }
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", port, MongoDurability.WRITTEN);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> managers = client.getDatabase("golive-test").getCollection("rollout_managers");
            assertThatThrownBy(() -> managers.updateOne(
                    Filters.and(Filters.eq("_id", "r-1"), Filters.lt("mark", 3)),
                    Updates.set("mark", 3), new UpdateOptions().upsert(true)))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(e.getError().getCode()).isEqualTo(11000));
            assertThat(managers.find(Filters.eq("_id", "r-1")).first())
                    .containsEntry("manager", "ana").containsEntry("mark", 5);
        }
    }

    @Test
    void aRefusedUpsertAfterAKillIsADuplicateKey(@TempDir Path data, @TempDir Path afterAKill) throws Exception {
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", 0, MongoDurability.WRITTEN);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> managers = client.getDatabase("golive-test").getCollection("rollout_managers");
            managers.updateOne(Filters.and(Filters.eq("_id", "r-1"), Filters.lt("mark", 9)),
                    Updates.combine(Updates.set("manager", "ana"), Updates.set("mark", 5)),
                    new UpdateOptions().upsert(true));
            java.nio.file.Files.copy(data.resolve("mongo.mv"), afterAKill.resolve("mongo.mv"));
        }
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(afterAKill, "127.0.0.1", 0, MongoDurability.WRITTEN);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> managers = client.getDatabase("golive-test").getCollection("rollout_managers");
            assertThatThrownBy(() -> managers.updateOne(
                    Filters.and(Filters.eq("_id", "r-1"), Filters.lt("mark", 3)),
                    Updates.set("mark", 3), new UpdateOptions().upsert(true)))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(e.getError().getCode()).isEqualTo(11000));
            assertThat(managers.find(Filters.eq("_id", "r-1")).first())
                    .containsEntry("manager", "ana").containsEntry("mark", 5);
        }
    }

    @Test
    void aUniqueIndexStillRefusesATwinAfterARestart(@TempDir Path data) {
        int port;
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", 0, MongoDurability.WRITTEN);
             MongoClient client = MongoClients.create(server.connectionString())) {
            port = server.port();
            MongoCollection<Document> sites = client.getDatabase("golive-test").getCollection("sites");
            sites.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            sites.insertOne(new Document("_id", "s-1").append("code", "NWG"));
        }
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", port, MongoDurability.WRITTEN);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> sites = client.getDatabase("golive-test").getCollection("sites");
            assertThatThrownBy(() -> sites.insertOne(new Document("_id", "s-2").append("code", "NWG")))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(e.getError().getCode()).isEqualTo(11000));
            assertThatThrownBy(() -> sites.insertOne(new Document("_id", "s-1").append("code", "OTHER")))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(e.getError().getCode()).isEqualTo(11000));
            assertThat(sites.countDocuments()).isEqualTo(1);
        }
    }

    /**
     * A data file written before unique indexes were ordered by {@link IndexKeyOrder} (H2's serialized order, as
     * mongo-java-server's own H2 backend writes it): reopened, every document is found by its id, twins are still
     * refused on {@code _id} and on a unique field, and the old index maps are gone.
     */
    @Test
    void indexesWrittenInTheSerializedOrderAreMovedOverAtTheFirstStart(@TempDir Path data) {
        org.h2.mvstore.MVStore earlierStore = org.h2.mvstore.MVStore.open(data.resolve("mongo.mv").toString());
        de.bwaldvogel.mongo.MongoServer earlier = new de.bwaldvogel.mongo.MongoServer(
                new de.bwaldvogel.mongo.backend.h2.H2Backend(earlierStore));
        String address = "mongodb://" + earlier.bind().getHostString() + ":" + earlier.getLocalAddress().getPort();
        try (MongoClient client = MongoClients.create(address)) {
            MongoCollection<Document> tasks = client.getDatabase("golive-test").getCollection("status_tasks");
            tasks.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            for (int task = 0; task < 500; task++) {
                tasks.insertOne(new Document("_id", "r-1/t-" + task).append("code", "T" + task));
            }
            tasks.insertOne(new Document("_id", new Document("source", "s").append("sequence", 1)).append("code", "D"));
        }
        earlier.shutdownNow();
        earlierStore.close();

        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", 0, MongoDurability.WRITTEN);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> tasks = client.getDatabase("golive-test").getCollection("status_tasks");
            for (int task = 0; task < 500; task++) {
                assertThat(tasks.find(Filters.eq("_id", "r-1/t-" + task)).first()).as("task " + task)
                        .containsEntry("code", "T" + task);
            }
            assertThatThrownBy(() -> tasks.insertOne(new Document("_id", "r-1/t-7").append("code", "NEW")))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(e.getError().getCode()).isEqualTo(11000));
            assertThatThrownBy(() -> tasks.insertOne(new Document("_id", "r-1/t-new").append("code", "T7")))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(e.getError().getCode()).isEqualTo(11000));
            assertThatThrownBy(() -> tasks.insertOne(new Document("_id", new Document("source", "s")
                    .append("sequence", 1)))).isInstanceOf(MongoWriteException.class);
            tasks.insertOne(new Document("_id", "r-1/t-new").append("code", "NEW"));
            assertThat(tasks.countDocuments()).isEqualTo(502);
        }
        org.h2.mvstore.MVStore reopened = org.h2.mvstore.MVStore.open(data.resolve("mongo.mv").toString());
        try {
            assertThat(reopened.getMapNames()).filteredOn(name -> name.contains("._index_"))
                    .isNotEmpty().allMatch(name -> name.endsWith(DurableH2Backend.ORDERED_INDEX_SUFFIX));
        } finally {
            reopened.close();
        }
    }
}
