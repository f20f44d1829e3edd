package org.golive.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedMongoTest {

    @Test
    void anOnDiskServerKeepsItsDataAcrossARestart(@TempDir Path data) {
        int port;
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            port = server.port();
            client.getDatabase("golive-test").getCollection("rollouts")
                    .insertOne(new Document("_id", "r-1").append("siteName", "Northwind General"));
        }

        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", port);
             MongoClient client = MongoClients.create(server.connectionString())) {
            Document found = client.getDatabase("golive-test").getCollection("rollouts")
                    .find(new Document("_id", "r-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("siteName")).isEqualTo("Northwind General");
        }
    }

    /** Planning's chunks hold their tasks' JSON as a BSON binary: it comes back byte for byte from the file. */
    @Test
    void aBinaryValueReadsBackByteForByteAfterARestart(@TempDir Path data) {
        byte[] chunk = "[{\"title\":\"Préparer la mise en service « go-live »\"}]".repeat(2_000)
                .getBytes(StandardCharsets.UTF_8);
        int port;
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            port = server.port();
            client.getDatabase("golive-test").getCollection("plan_chunks")
                    .insertOne(new Document("_id", "r-1/0/a").append("tasks", new Binary(chunk)));
        }

        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", port);
             MongoClient client = MongoClients.create(server.connectionString())) {
            Document found = client.getDatabase("golive-test").getCollection("plan_chunks")
                    .find(new Document("_id", "r-1/0/a")).first();
            assertThat(found).isNotNull();
            assertThat(found.get("tasks", Binary.class).getData()).isEqualTo(chunk);
        }
    }

    /**
     * The data file copied at the moment of the last acknowledgement is what a {@code kill -9} would leave behind; a
     * server opened on the copy must find every acknowledged write. (The background commit, a second later, fails
     * this test.)
     */
    @ParameterizedTest
    @EnumSource(value = MongoDurability.class, names = {"WRITTEN", "SYNCED"})
    void everyAcknowledgedWriteIsInTheFileAtOnce(MongoDurability durability, @TempDir Path data,
                                                 @TempDir Path afterACrash) throws IOException {
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", 0, durability);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> rollouts = client.getDatabase("golive-test").getCollection("rollouts");
            for (int i = 1; i <= 20; i++) {
                rollouts.insertOne(new Document("_id", "r-" + i).append("percentComplete", 0));
            }
            rollouts.updateOne(Filters.eq("_id", "r-7"), Updates.set("percentComplete", 40));
            rollouts.deleteOne(Filters.eq("_id", "r-20"));
            Files.copy(data.resolve("mongo.mv"), afterACrash.resolve("mongo.mv"));
        }

        try (EmbeddedMongo server = EmbeddedMongo.onDisk(afterACrash, "127.0.0.1", 0, durability);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> rollouts = client.getDatabase("golive-test").getCollection("rollouts");
            assertThat(rollouts.countDocuments()).isEqualTo(19);
            assertThat(rollouts.find(Filters.eq("_id", "r-7")).first()).containsEntry("percentComplete", 40);
            assertThat(rollouts.find(Filters.eq("_id", "r-20")).first()).isNull();
        }
    }

    @Test
    void itAnswersPingTheCommandGolivesHealthCheckUses() {
        try (EmbeddedMongo server = EmbeddedMongo.inMemory();
             MongoClient client = MongoClients.create(server.connectionString())) {
            Document answer = client.getDatabase("admin").runCommand(new Document("ping", 1));
            assertThat(answer.get("ok")).isIn(1, 1.0);
        }
    }

    @Test
    void theDurabilityIsASettingNamedInWords() {
        assertThat(MongoDurability.parse(" synced ")).isEqualTo(MongoDurability.SYNCED);
        assertThatThrownBy(() -> MongoDurability.parse("fast"))
                .hasMessageContaining("background, written, synced");
    }
}
