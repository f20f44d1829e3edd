package org.golive.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.golive.infra.EmbeddedMongo;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one progress event costs tracking's plan projection on a 2,000-task plan, stored the two ways it has been:
 * <b>whole</b> (before session 6: one document per rollout with every task inside, the event a guarded {@code $set}
 * of the task's fields in it) and <b>per task</b> (since: the marks of the task's document and of the task it pushed
 * read by id, one ordered bulk write of upserts conditional on them, then the same for the rollout's small
 * document); and, to show why the condition is a compare-and-set, per task with the platform's guard ("mark missing
 * or below"), which this server answers by scanning the collection. The writes
 * are those the projection sends, on the embedded MongoDB server as the local stack runs it (H2 file, writes
 * acknowledged once written, 128 MB cache). The two take turns in short slices, round after round, so a machine
 * shared with other work slows both alike; it prints wall time and this JVM's CPU (client and server) per event.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.golive.benchmarks.TrackedPlanWriteCost [rounds] [slice-ms] [tasks]</pre>
 */
public final class TrackedPlanWriteCost {

    private static final String ROLLOUT = "rollout-1";
    private static final String MARK = "appliedEvents./planning/rollouts/rollout-1";
    private static final LocalDate START = LocalDate.of(2031, 3, 3);
    private static final String SEQUENCE = "appliedSequence";

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long sliceMillis = args.length > 1 ? Long.parseLong(args[1]) : 1_000;
        int tasks = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        Path data = Files.createTempDirectory("golive-tracked-plan-cost-");
        try (EmbeddedMongo server = EmbeddedMongo.onDisk(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase db = client.getDatabase("golive-bench");
            List<Shape> shapes = List.of(new Whole(db.getCollection("status_plans_whole"), tasks),
                    new PerTask(db.getCollection("status_plans_guarded"), db.getCollection("status_tasks_guarded"),
                            tasks, false),
                    new PerTask(db.getCollection("status_plans"), db.getCollection("status_tasks"), tasks, true));
            List<String> names = List.of("whole (before)", "per task, platform guard (a scan on this server)",
                    "per task, compare-and-set on {_id, appliedSequence} (as built)");
            System.out.printf("%d-task plan, %d rounds of %d ms per shape; %d processors, load average %.1f%n",
                    tasks, rounds, sliceMillis, Runtime.getRuntime().availableProcessors(), load());
            long[] sequence = {3};
            for (Shape shape : shapes) {
                slice(shape, sequence, tasks, sliceMillis); // warm-up
            }
            long[][] totals = new long[shapes.size()][3]; // events, wall ns, cpu ns
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < shapes.size(); i++) {
                    int which = (round + i) % shapes.size();
                    long[] cost = slice(shapes.get(which), sequence, tasks, sliceMillis);
                    for (int k = 0; k < 3; k++) {
                        totals[which][k] += cost[k];
                    }
                }
            }
            System.out.println("| plan stored | events | µs per event (wall) | µs CPU per event | events/s |");
            System.out.println("| --- | ---: | ---: | ---: | ---: |");
            for (int which = 0; which < shapes.size(); which++) {
                long[] t = totals[which];
                System.out.printf("| %s | %d | %.0f | %.0f | %.0f |%n", names.get(which), t[0],
                        t[1] / 1000.0 / t[0], t[2] / 1000.0 / t[0], t[0] * 1e9 / t[1]);
            }
            System.out.printf("whole / as built, wall: %.1f×, CPU: %.1f×; load average at the end %.1f%n",
                    (double) totals[0][1] / totals[0][0] / ((double) totals[2][1] / totals[2][0]),
                    (double) totals[0][2] / totals[0][0] / ((double) totals[2][2] / totals[2][0]), load());
        }
    }

    /** Progress events on random tasks for a while: {events, wall ns, process CPU ns}. */
    private static long[] slice(Shape shape, long[] sequence, int tasks, long millis) {
        long cpu = cpu();
        long begin = System.nanoTime();
        long end = begin + millis * 1_000_000;
        long events = 0;
        while (System.nanoTime() < end) {
            int task = (int) (sequence[0] * 7919 % tasks);
            shape.progress(sequence[0]++, "t" + task, "t" + ((task + 1) % tasks));
            events++;
        }
        return new long[] {events, System.nanoTime() - begin, cpu() - cpu};
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private interface Shape {
        void progress(long sequence, String taskId, String movedTaskId);
    }

    private static Bson guarded(Object id, long sequence) {
        return Filters.and(Filters.eq("_id", id), Filters.or(Filters.exists(MARK, false), Filters.lt(MARK, sequence)));
    }

    private static Document task(int i) {
        String start = START.plusDays(i % 200).toString();
        return new Document("taskId", "t" + i).append("title", "Configure order sets for unit " + i)
                .append("phase", "BUILD").append("start", start).append("finish", START.plusDays(i % 200 + 4).toString())
                .append("durationDays", 5).append("milestone", false).append("status", "NOT_STARTED")
                .append("percentComplete", 0).append("actualStart", null).append("actualFinish", null)
                .append("effortHours", "16");
    }

    private static List<String> criticalPath(int tasks) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < tasks; i += 50) {
            path.add("t" + i);
        }
        return path;
    }

    /** Before: the plan in one document, a progress event one guarded update of it. */
    private static final class Whole implements Shape {
        private final MongoCollection<Document> plans;
        private final List<String> criticalPath;

        Whole(MongoCollection<Document> plans, int tasks) {
            this.plans = plans;
            this.criticalPath = criticalPath(tasks);
            Document all = new Document();
            Document instantiated = new Document();
            for (int i = 0; i < tasks; i++) {
                Document task = task(i);
                all.append("t" + i, task);
                instantiated.append("t" + i, new Document("start", task.get("start")).append("finish",
                        task.get("finish")));
            }
            plans.insertOne(new Document("_id", ROLLOUT).append("siteName", "Northwind").append("tasks", all)
                    .append("instantiated", instantiated).append("criticalPath", criticalPath)
                    .append("criticalPathFloat", 0).append("appliedEvents", new Document()));
        }

        @Override
        public void progress(long sequence, String taskId, String movedTaskId) {
            String t = "tasks." + taskId + ".";
            String m = "tasks." + movedTaskId + ".";
            plans.updateOne(guarded(ROLLOUT, sequence), new Document("$set", new Document(t + "status", "IN_PROGRESS")
                    .append(t + "percentComplete", (int) (sequence % 100)).append(t + "actualStart", START.toString())
                    .append(t + "actualFinish", null).append(m + "start", START.plusDays(sequence % 30).toString())
                    .append(m + "finish", START.plusDays(sequence % 30 + 4).toString())
                    .append("criticalPath", criticalPath).append("criticalPathFloat", (int) (sequence % 5))
                    .append(MARK, sequence)), new UpdateOptions().upsert(true));
        }
    }

    /** Since: the rollout's small document, a document per task; a progress event writes its tasks in one bulk. */
    private static final class PerTask implements Shape {
        private final MongoCollection<Document> plans;
        private final MongoCollection<Document> tasks;
        private final List<String> criticalPath;

        private final boolean compareAndSet;

        PerTask(MongoCollection<Document> plans, MongoCollection<Document> tasks, int count, boolean compareAndSet) {
            this.plans = plans;
            this.tasks = tasks;
            this.compareAndSet = compareAndSet;
            if (compareAndSet) {
                IndexOptions unique = new IndexOptions().unique(true);
                tasks.createIndex(Indexes.ascending("_id", SEQUENCE), unique);
                plans.createIndex(Indexes.ascending("_id", SEQUENCE), unique);
            }
            this.criticalPath = criticalPath(count);
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Document task = task(i);
                documents.add(task.append("_id", ROLLOUT + "/t" + i).append("rolloutId", ROLLOUT)
                        .append("instantiated", new Document("start", task.get("start"))
                                .append("finish", task.get("finish"))));
            }
            tasks.insertMany(documents);
            plans.insertOne(new Document("_id", ROLLOUT).append("siteName", "Northwind")
                    .append("criticalPath", criticalPath).append("criticalPathFloat", 0));
        }

        @Override
        public void progress(long sequence, String taskId, String movedTaskId) {
            if (compareAndSet) {
                progressByCompareAndSet(sequence, taskId, movedTaskId);
                return;
            }
            UpdateOptions upsert = new UpdateOptions().upsert(true);
            List<WriteModel<Document>> writes = List.of(
                    new UpdateOneModel<>(guarded(ROLLOUT + "/" + taskId, sequence), new Document("$set",
                            new Document("rolloutId", ROLLOUT).append("taskId", taskId).append("status", "IN_PROGRESS")
                                    .append("percentComplete", (int) (sequence % 100))
                                    .append("actualStart", START.toString()).append("actualFinish", null)
                                    .append(MARK, sequence)), upsert),
                    new UpdateOneModel<>(guarded(ROLLOUT + "/" + movedTaskId, sequence), new Document("$set",
                            new Document("rolloutId", ROLLOUT).append("taskId", movedTaskId)
                                    .append("start", START.plusDays(sequence % 30).toString())
                                    .append("finish", START.plusDays(sequence % 30 + 4).toString())
                                    .append(MARK, sequence)), upsert));
            tasks.bulkWrite(writes, new BulkWriteOptions().ordered(true));
            plans.updateOne(guarded(ROLLOUT, sequence), new Document("$set", new Document("criticalPath", criticalPath)
                    .append("criticalPathFloat", (int) (sequence % 5)).append(MARK, sequence)), upsert);
        }
    
        /** As the projection writes now: the marks read by id, then writes conditional on them (by index). */
        private void progressByCompareAndSet(long sequence, String taskId, String movedTaskId) {
            UpdateOptions upsert = new UpdateOptions().upsert(true);
            String task = ROLLOUT + "/" + taskId;
            String moved = ROLLOUT + "/" + movedTaskId;
            java.util.Map<Object, Object> marks = new java.util.HashMap<>();
            tasks.find(Filters.in("_id", task, moved)).projection(new Document(SEQUENCE, 1))
                    .forEach(d -> marks.put(d.get("_id"), d.get(SEQUENCE)));
            List<WriteModel<Document>> writes = List.of(
                    new UpdateOneModel<>(new Document("_id", task).append(SEQUENCE, marks.get(task)),
                            new Document("$set", new Document("rolloutId", ROLLOUT).append("taskId", taskId)
                                    .append("status", "IN_PROGRESS").append("percentComplete", (int) (sequence % 100))
                                    .append("actualStart", START.toString()).append("actualFinish", null)
                                    .append(SEQUENCE, sequence)), upsert),
                    new UpdateOneModel<>(new Document("_id", moved).append(SEQUENCE, marks.get(moved)),
                            new Document("$set", new Document("rolloutId", ROLLOUT).append("taskId", movedTaskId)
                                    .append("start", START.plusDays(sequence % 30).toString())
                                    .append("finish", START.plusDays(sequence % 30 + 4).toString())
                                    .append(SEQUENCE, sequence)), upsert));
            tasks.bulkWrite(writes, new BulkWriteOptions().ordered(true));
            Document plan = plans.find(Filters.in("_id", ROLLOUT)).projection(new Document(SEQUENCE, 1)).first();
            plans.updateOne(new Document("_id", ROLLOUT).append(SEQUENCE, plan == null ? null : plan.get(SEQUENCE)),
                    new Document("$set", new Document("criticalPath", criticalPath)
                            .append("criticalPathFloat", (int) (sequence % 5)).append(SEQUENCE, sequence)), upsert);
        }
    }
}
