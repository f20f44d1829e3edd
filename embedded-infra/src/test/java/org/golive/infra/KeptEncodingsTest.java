package org.golive.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bytes kept for documents between commits ({@link EncodedDocuments}) never stand for a document that changed
 * since: mongo-java-server changes a stored document in place in an update. Random writes of every kind to a few
 * small documents (a few pages, so that each commit rewrites the neighbours of what changed), and after every tenth
 * write the file as a {@code kill -9} would leave it must hold exactly what the server answers.
 */
class KeptEncodingsTest {

    private static final int DOCUMENTS = 60;

    @Test
    void theFileHoldsEveryAcknowledgedWriteWhateverItsKind(@TempDir Path data, @TempDir Path copies)
            throws IOException {
        Random random = new Random(20261207);
        List<List<Document>> expected = new ArrayList<>();
        List<Path> snapshots = new ArrayList<>();
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> sites = client.getDatabase("golive-test").getCollection("sites");
            for (int i = 0; i < DOCUMENTS; i++) {
                sites.insertOne(new Document("_id", "s-" + i).append("percent", 0).append("tags", List.of("new")));
            }
            for (int write = 1; write <= 300; write++) {
                writeOnce(sites, random);
                if (write % 10 == 0) {
                    Path copy = copies.resolve("after-" + write);
                    Files.createDirectories(copy);
                    Files.copy(data.resolve("mongo.mv"), copy.resolve("mongo.mv"));
                    snapshots.add(copy);
                    expected.add(sites.find().sort(new Document("_id", 1)).into(new ArrayList<>()));
                }
            }
        }
        for (int i = 0; i < snapshots.size(); i++) {
            try (EmbeddedMongo server = EmbeddedMongo.onDisk(snapshots.get(i), "127.0.0.1", 0);
                 MongoClient client = MongoClients.create(server.connectionString())) {
                List<Document> found = client.getDatabase("golive-test").getCollection("sites").find()
                        .sort(new Document("_id", 1)).into(new ArrayList<>());
                assertThat(found).as("the file after write %d", (i + 1) * 10).isEqualTo(expected.get(i));
            }
        }
    }

    private static void writeOnce(MongoCollection<Document> sites, Random random) {
        Bson site = Filters.eq("_id", "s-" + random.nextInt(DOCUMENTS + 5)); // a few never exist: upserts
        switch (random.nextInt(9)) {
            case 0 -> sites.updateOne(site, Updates.set("percent", random.nextInt(101)));
            case 1 -> sites.updateOne(site, Updates.inc("writes", 1));
            case 2 -> sites.updateOne(site, Updates.combine(Updates.unset("percent"),
                    Updates.set("note", "n" + random.nextInt(1000))));
            case 3 -> sites.updateOne(site, Updates.push("tags", "t" + random.nextInt(50)));
            case 4 -> sites.updateOne(site, Updates.set("nested.level", random.nextInt(5)),
                    new UpdateOptions().upsert(true));
            case 5 -> sites.replaceOne(site, new Document("percent", random.nextInt(101)).append("replaced", true),
                    new ReplaceOptions().upsert(true));
            case 6 -> sites.findOneAndUpdate(site, Updates.set("claimed", random.nextBoolean()),
                    new FindOneAndUpdateOptions().upsert(true));
            case 7 -> sites.updateMany(Filters.lt("percent", random.nextInt(30)), Updates.inc("percent", 1));
            default -> sites.deleteOne(site);
        }
    }
}
