package org.golive.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.golive.infra.DurableH2Backend;
import org.golive.infra.GroupCommit;
import org.h2.mvstore.MVStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * What it costs the embedded MongoDB server (mongo-java-server, H2 MVStore file) to acknowledge a write only once it
 * is durable: one replace of a document through the driver, as a service stores an aggregate, under each way of
 * committing. Run with {@code -t 1} (one writer: the latency a request pays) and {@code -t 4} (writers share commits).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class MongoWriteBenchmark {

    /** How a write becomes durable before its acknowledgement. */
    public enum Commit {
        /** MVStore's background commit about once a second (the old default: not durable at the acknowledgement). */
        BACKGROUND,
        /** Every write runs a commit of its own. */
        EACH_WRITE,
        /** Every write runs a commit and an fsync of its own. */
        EACH_WRITE_FSYNC,
        /** Writers share commits ({@link GroupCommit}): Golive's {@code written}. */
        GROUP,
        /** Writers share commits and their fsync: Golive's {@code synced}. */
        GROUP_FSYNC
    }

    @Param({"BACKGROUND", "EACH_WRITE", "GROUP", "EACH_WRITE_FSYNC", "GROUP_FSYNC"})
    public Commit commit;

    /** {@code small}: a stakeholder-sized document (about 300 bytes); {@code 1MB}: a large site plan. */
    @Param({"small", "1MB"})
    public String document;

    private Path directory;
    private MVStore store;
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> rollouts;
    private String payload;
    private final AtomicInteger writers = new AtomicInteger();

    @Setup
    public void start() throws IOException {
        directory = Files.createTempDirectory("golive-mongo-bench-");
        store = new MVStore.Builder().fileName(directory.resolve("mongo.mv").toString()).open();
        H2Backend backend = switch (commit) {
            case BACKGROUND -> new H2Backend(store);
            case EACH_WRITE -> new DurableH2Backend(store, store::commit);
            case EACH_WRITE_FSYNC -> new DurableH2Backend(store, this::commitAndSync);
            case GROUP -> new DurableH2Backend(store, new GroupCommit(store::commit)::awaitCommit);
            case GROUP_FSYNC -> new DurableH2Backend(store, new GroupCommit(this::commitAndSync)::awaitCommit);
        };
        backend.version(ServerVersion.MONGO_5_0);
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        rollouts = client.getDatabase("golive-bench").getCollection("rollouts");
        payload = document.equals("1MB") ? "x".repeat(1 << 20) : "Stakeholder of Northwind General Hospital";
    }

    private void commitAndSync() {
        store.commit();
        store.sync();
    }

    @State(Scope.Thread)
    public static class Writer {
        int id;
        long writes;

        @Setup
        public void number(MongoWriteBenchmark benchmark) {
            id = benchmark.writers.incrementAndGet();
        }
    }

    /** Replaces one of 20 documents of this writer, so the data stays the same size however long it runs. */
    @Benchmark
    public void replace(Writer writer) {
        String id = "w" + writer.id + "-" + (writer.writes++ % 20);
        rollouts.replaceOne(Filters.eq("_id", id), new Document("_id", id)
                        .append("name", "Dr. Ana Ruiz").append("email", "ana.ruiz@example.org")
                        .append("roleGroup", "CLINICAL").append("version", writer.writes).append("notes", payload),
                new ReplaceOptions().upsert(true));
    }

    @TearDown
    public void stop() throws IOException {
        client.close();
        server.shutdownNow();
        store.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
