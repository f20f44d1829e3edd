package org.golive.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries naming an {@code _id} beside other conditions start from the {@code _id} index ({@link IdLookup}) and must
 * answer exactly what a scan answered: the guarded writes of the idempotent consumers, version checks, $in, sorts.
 */
class IdLookupTest {

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"memory", "disk"})
    void queriesNamingAnIdBesideOtherConditionsAnswerAsAScanWould(String backend) {
        try (EmbeddedMongo server = backend.equals("memory") ? EmbeddedMongo.inMemory()
                : EmbeddedMongo.onDisk(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> rollouts = client.getDatabase("golive-test").getCollection("rollouts");
            for (int i = 1; i <= 50; i++) {
                rollouts.insertOne(new Document("_id", "r-" + i).append("version", i % 3).append("site", "S" + i));
            }
            rollouts.insertOne(new Document("_id", 7).append("version", 1));
            rollouts.insertOne(new Document("_id", new Document("rollout", "r-1").append("task", "t-1"))
                    .append("version", 0));

            assertThat(ids(rollouts, Filters.and(Filters.eq("_id", "r-4"), Filters.eq("version", 1))))
                    .containsExactly("r-4");
            assertThat(ids(rollouts, Filters.and(Filters.eq("_id", "r-4"), Filters.eq("version", 2)))).isEmpty();
            assertThat(ids(rollouts, Filters.and(Filters.eq("_id", "r-404"), Filters.eq("version", 1)))).isEmpty();
            assertThat(ids(rollouts, Filters.and(Filters.eq("_id", 7.0), Filters.exists("version"))))
                    .as("numbers equal across types, as MongoDB compares them").containsExactly("7");
            assertThat(ids(rollouts, Filters.and(Filters.eq("_id", new Document("rollout", "r-1")
                    .append("task", "t-1")), Filters.eq("version", 0)))).hasSize(1);
            assertThat(ids(rollouts, Filters.and(Filters.in("_id", "r-1", "r-2", "r-3"), Filters.gt("version", 0))))
                    .as("an operator on _id scans, as before").containsExactlyInAnyOrder("r-1", "r-2");
            assertThat(ids(rollouts, Filters.in("_id", "r-1", "r-2", "r-404")))
                    .as("$in of ids alone: the index's answer, not matched again").containsExactlyInAnyOrder("r-1", "r-2");
            assertThat(ids(rollouts, Filters.in("_id", 7.0, "r-3"))).as("a number among the ids: matched as before")
                    .containsExactlyInAnyOrder("7", "r-3");
            List<String> many = new ArrayList<>();
            for (int i = 0; i <= 60; i += 2) {
                many.add("r-" + i);
            }
            assertThat(ids(rollouts, Filters.in("_id", many))).hasSize(25);
            assertThat(rollouts.find(Filters.in("_id", many)).projection(new Document("site", 1))
                    .into(new ArrayList<>())).allSatisfy(d -> assertThat(d.keySet()).containsOnly("_id", "site"));
            assertThat(ids(rollouts, new Document("$and", List.of(new Document("_id", "r-6"),
                    new Document("version", 0))))).as("_id in a clause of $and").containsExactly("r-6");
            assertThat(ids(rollouts, new Document("$and", List.of(new Document("_id", "r-6"),
                    new Document("version", 1))))).isEmpty();
            assertThat(ids(rollouts, new Document("$or", List.of(new Document("_id", "r-6"),
                    new Document("_id", "r-7"))))).as("$or: either, scanned").containsExactlyInAnyOrder("r-6", "r-7");
            assertThat(ids(rollouts, Filters.and(Filters.eq("_id", "r-5"),
                    Filters.or(Filters.exists("applied", false), Filters.lt("applied", 3)))))
                    .as("the consumers' guard").containsExactly("r-5");

            // The guarded write: applied once, then refused for the same sequence, as every idempotent consumer does.
            Bson guard = Filters.and(Filters.eq("_id", "r-9"),
                    Filters.or(Filters.exists("applied", false), Filters.lt("applied", 3)));
            assertThat(rollouts.updateOne(guard, Updates.combine(Updates.set("applied", 3),
                    Updates.inc("count", 1))).getModifiedCount()).isEqualTo(1);
            assertThat(rollouts.updateOne(guard, Updates.inc("count", 1)).getModifiedCount()).isZero();
            assertThat(rollouts.find(Filters.eq("_id", "r-9")).first().getInteger("count")).isEqualTo(1);

            // An upsert whose guard finds nothing inserts under the _id it names.
            rollouts.updateOne(Filters.and(Filters.eq("_id", "r-new"), Filters.exists("applied", false)),
                    Updates.set("applied", 1), new UpdateOptions().upsert(true));
            assertThat(rollouts.find(Filters.eq("_id", "r-new")).first().getInteger("applied")).isEqualTo(1);

            assertThat(rollouts.deleteOne(Filters.and(Filters.eq("_id", "r-10"), Filters.eq("version", 0)))
                    .getDeletedCount()).as("r-10's version is 1").isZero();
            assertThat(rollouts.deleteOne(Filters.and(Filters.eq("_id", "r-10"), Filters.eq("version", 1)))
                    .getDeletedCount()).isEqualTo(1);
            assertThat(rollouts.countDocuments()).isEqualTo(52);
        }
    }

    private static List<String> ids(MongoCollection<Document> collection, Bson filter) {
        List<String> ids = new ArrayList<>();
        collection.find(filter).forEach(document -> ids.add(String.valueOf(document.get("_id"))));
        return ids;
    }
}
