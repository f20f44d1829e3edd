package org.golive.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.golive.infra.EmbeddedMongo;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * The CPU the embedded MongoDB server (on disk, acknowledging once written, as {@code ./golive-local} runs it) and the
 * driver spend on the writes and reads one planning change and its consumers make, step by step: a progress update's
 * chunk insert (200 tasks, about 110 KB of JSON, as text and as bytes; 50 tasks, as bytes, as since session 13) and
 * a plan's read of ten of them, the rollout's
 * version-checked update with its outbox event, the relay's mark, its removal of the published event and of the mark,
 * a consumer's guarded write of a per-task document, a rebuild's bulk insert of 500 small documents, and the read of a
 * 10,000-task tracked plan by {@code _id $in} (tracking's shape). CPU time of the whole process per operation, so that a loaded machine inflates waits, not the
 * figure. Run it with one version of {@code embedded-infra} and then another, alternately, in the same window:
 *
 * <pre>java -cp embedded-infra.jar:benchmarks.jar org.golive.benchmarks.ServerStepCost [rounds]</pre>
 */
public final class ServerStepCost {

    private static final int TASKS_PER_CHUNK = 200;

    private ServerStepCost() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path data = Files.createTempDirectory("server-step-cost-");
        System.out.printf(Locale.ROOT, "load average %.1f; embedded-infra from %s%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                EmbeddedMongo.class.getProtectionDomain().getCodeSource().getLocation());
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            var db = client.getDatabase("bench");
            MongoCollection<Document> chunks = db.getCollection("plan_chunks");
            MongoCollection<Document> rollouts = db.getCollection("rollouts");
            MongoCollection<Document> marks = db.getCollection("outbox_pending");
            MongoCollection<Document> tasks = db.getCollection("status_tasks");
            String chunkJson = chunkJson();
            byte[] smallChunk = chunkJson(50).getBytes(StandardCharsets.UTF_8);
            List<String> textChunkIds = new ArrayList<>();
            List<String> byteChunkIds = new ArrayList<>();
            for (int c = 0; c < 10; c++) {
                textChunkIds.add("read/text/" + c);
                byteChunkIds.add("read/bytes/" + c);
                chunks.insertOne(new Document("_id", textChunkIds.get(c)).append("tasks", chunkJson));
                chunks.insertOne(new Document("_id", byteChunkIds.get(c))
                        .append("tasks", new Binary(chunkJson.getBytes(StandardCharsets.UTF_8))));
            }
            for (int r = 0; r < 20; r++) {
                rollouts.insertOne(new Document("_id", "r-" + r).append("version", 0L).append("siteName", "Site " + r)
                        .append("plan", new Document("chunkIds", chunkIds(r, 10))).append("outbox", List.of()));
            }
            List<Document> taskDocuments = new ArrayList<>();
            for (int t = 0; t < 10_000; t++) {
                taskDocuments.add(new Document("_id", "r-huge/T-" + t).append("rolloutId", "r-huge")
                        .append("title", "Task " + t).append("percentComplete", 0).append("s", 0L));
            }
            tasks.insertMany(taskDocuments, new InsertManyOptions().ordered(false));
            List<String> hugeIds = taskDocuments.stream().map(d -> d.getString("_id")).toList();
            SplittableRandom random = new SplittableRandom(7);
            long[] version = new long[20];
            long[] sequence = new long[1];

            List<Step> steps = List.of(
                    new Step("insert a 200-task chunk (110 KB) as text", 200, i -> chunks.insertOne(new Document(
                            "_id", "r-" + (i % 20) + "/" + i + "/" + random.nextLong())
                            .append("rolloutId", "r-" + (i % 20)).append("tasks", chunkJson)
                            .append("written", new java.util.Date()))),
                    new Step("insert a 200-task chunk (110 KB) as bytes", 200, i -> chunks.insertOne(new Document(
                            "_id", "r-" + (i % 20) + "/b" + i + "/" + random.nextLong())
                            .append("rolloutId", "r-" + (i % 20))
                            .append("tasks", new Binary(chunkJson.getBytes(StandardCharsets.UTF_8)))
                            .append("written", new java.util.Date()))),
                    new Step("insert a 50-task chunk (27 KB) as bytes (session 13)", 200, i -> chunks.insertOne(
                            new Document("_id", "r-" + (i % 20) + "/s" + i + "/" + random.nextLong())
                            .append("rolloutId", "r-" + (i % 20)).append("tasks", new Binary(smallChunk))
                            .append("written", new java.util.Date()))),
                    new Step("read 10 chunks by _id $in, text", 50, i -> chunks.find(Filters.in("_id",
                            textChunkIds.subList(0, 10))).into(new ArrayList<>())),
                    new Step("read 10 chunks by _id $in, bytes", 50, i -> chunks.find(Filters.in("_id",
                            byteChunkIds.subList(0, 10))).into(new ArrayList<>())),
                    new Step("version-checked rollout update with an outbox event", 400, i -> {
                        int r = i % 20;
                        rollouts.updateOne(Filters.and(Filters.eq("_id", "r-" + r), Filters.eq("version", version[r])),
                                Updates.combine(Updates.set("version", ++version[r]),
                                        Updates.set("plan.chunkIds", chunkIds(i, 10)),
                                        Updates.push("outbox", new Document("eventId", "e-" + i)
                                                .append("type", "org.golive.planning.task.progressed.v1")
                                                .append("data", new Binary(new byte[2048])))));
                    }),
                    new Step("relay: mark the aggregate (upsert)", 400, i -> marks.updateOne(
                            Filters.eq("_id", "rollouts/r-" + (i % 20)), Updates.combine(Updates.inc("ticket", 1),
                                    Updates.set("collection", "rollouts")), new UpdateOptions().upsert(true))),
                    new Step("relay: $pull the published event", 400, i -> rollouts.updateOne(
                            Filters.eq("_id", "r-" + (i % 20)), Updates.pull("outbox",
                                    new Document("eventId", new Document("$in", List.of("e-" + i)))))),
                    new Step("relay: remove the mark", 400, i -> marks.deleteOne(
                            Filters.eq("_id", "rollouts/r-" + (i % 20)))),
                    new Step("consumer: guarded per-task write", 400, i -> tasks.updateOne(
                            Filters.and(Filters.eq("_id", "r-huge/T-" + (i % 10_000)), Filters.lt("s", ++sequence[0])),
                            Updates.combine(Updates.set("s", sequence[0]), Updates.set("percentComplete", i % 100)))),
                    new Step("rebuild's fold: one bulk insert of 500 audit-sized documents", 4, i -> db
                            .getCollection("audit_" + i % 2 + "_" + random.nextLong())
                            .insertMany(auditEntries(i), new InsertManyOptions().ordered(false))),
                    new Step("read 2,000 task documents by _id $in", 10, i -> tasks.find(Filters.in("_id",
                            hugeIds.subList(0, 2_000))).into(new ArrayList<>())),
                    new Step("read 10,000 task documents by _id $in", 3, i -> tasks.find(Filters.in("_id", hugeIds))
                            .into(new ArrayList<>())));

            for (Step step : steps) {
                step.run(Math.max(1, step.operations / 4)); // warm-up
            }
            System.out.println("| step | operations | CPU µs per operation (process) | wall µs per operation |");
            System.out.println("| --- | ---: | ---: | ---: |");
            for (Step step : steps) {
                long cpu = 0;
                long wall = 0;
                int operations = 0;
                for (int round = 0; round < rounds; round++) {
                    long[] measured = step.run(step.operations);
                    cpu += measured[0];
                    wall += measured[1];
                    operations += step.operations;
                }
                System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f |%n", step.name, operations,
                        cpu / 1e3 / operations, wall / 1e3 / operations);
            }
        }
    }

    private record Step(String name, int operations, IntConsumer operation) {
        /** CPU and wall nanoseconds of {@code count} operations. */
        long[] run(int count) {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < count; i++) {
                operation.accept(i);
            }
            return new long[]{os.getProcessCpuTime() - cpu, System.nanoTime() - wall};
        }
    }

    private static List<String> chunkIds(int seed, int count) {
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            ids.add("r/" + c + "/" + Integer.toHexString(seed * 31 + c));
        }
        return ids;
    }

    /** A rebuild's write: its read models' documents, small and many (the audit trail's entries, one per event). */
    private static List<Document> auditEntries(int seed) {
        List<Document> entries = new ArrayList<>();
        for (int e = 0; e < 500; e++) {
            entries.add(new Document("_id", "r-" + e % 20 + "/e-" + seed + "-" + e).append("rolloutId", "r-" + e % 20)
                    .append("type", "org.golive.planning.task.progressed.v1")
                    .append("source", "/planning/rollouts/r-" + e % 20).append("sequence", (long) e)
                    .append("occurredAt", new java.util.Date()).append("actor", "pm.north")
                    .append("summary", "Task T-" + e + " of Site " + e % 20 + " at " + e % 100 + " %")
                    .append("data", new Document("taskId", "T-" + e).append("percentComplete", e % 100)
                            .append("previous", Math.max(0, e % 100 - 10)).append("status", "IN_PROGRESS")));
        }
        return entries;
    }

    /** About what 200 tasks of a generated plan take as JSON. */
    private static String chunkJson() {
        return chunkJson(TASKS_PER_CHUNK);
    }

    /** About what {@code tasks} tasks of a generated plan take as JSON. */
    private static String chunkJson(int tasks) {
        StringBuilder json = new StringBuilder("[");
        for (int t = 0; t < tasks; t++) {
            json.append(t == 0 ? "" : ",").append("{\"id\":\"T-").append(t).append("\",\"definition\":{\"wbs\":\"1.")
                    .append(t).append("\",\"phase\":\"Build\",\"title\":\"Configure the order sets of workstream ")
                    .append(t).append("\",\"startOffsetDays\":-120,\"durationDays\":5,\"milestone\":false,")
                    .append("\"dependencies\":[{\"predecessor\":\"T-").append(Math.max(0, t - 1))
                    .append("\",\"type\":\"FS\",\"lagDays\":0}],\"effortHours\":40,\"raci\":{\"assignments\":[")
                    .append("{\"person\":\"pm.north\",\"role\":\"ACCOUNTABLE\"},{\"person\":\"analyst.")
                    .append(t % 7).append("\",\"role\":\"RESPONSIBLE\"}]}},\"status\":\"NOT_STARTED\",")
                    .append("\"percentComplete\":0,\"scheduled\":{\"start\":\"2027-03-01\",\"finish\":\"2027-03-05\",")
                    .append("\"lateStart\":\"2027-03-08\",\"lateFinish\":\"2027-03-12\",\"totalFloat\":5,")
                    .append("\"critical\":false,\"freeFloat\":0},\"revision\":3}");
        }
        return json.append("]").toString();
    }
}
