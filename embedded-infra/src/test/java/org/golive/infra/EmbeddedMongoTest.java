package org.golive.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void itAnswersPingTheCommandGolivesHealthCheckUses() {
        try (EmbeddedMongo server = EmbeddedMongo.inMemory();
             MongoClient client = MongoClients.create(server.connectionString())) {
            Document answer = client.getDatabase("admin").runCommand(new Document("ping", 1));
            assertThat(answer.get("ok")).isIn(1, 1.0);
        }
    }
}
