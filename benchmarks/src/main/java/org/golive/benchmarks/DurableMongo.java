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
import org.golive.infra.StoreCommits;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** One embedded MongoDB server on its own MVStore file, committing one way, with a driver connected to it. */
final class DurableMongo implements AutoCloseable {

    /** How a write becomes durable before its acknowledgement. */
    enum Commit {
        /** MVStore's background commit about once a second (the old default: nothing durable at the acknowledgement). */
        BACKGROUND,
        /** Every write runs a commit of its own. */
        EACH_WRITE,
        /** Writers share commits ({@link GroupCommit}): Golive's {@code written}. */
        GROUP,
        /** Every write runs a commit and an fsync of its own. */
        EACH_WRITE_FSYNC,
        /** Writers share commits and their fsync: Golive's {@code synced}. */
        GROUP_FSYNC
    }

    final Commit commit;
    private final Path directory;
    private final MVStore store;
    private final MongoServer server;
    private final H2Backend backend;
    private final MongoClient client;
    private final MongoCollection<Document> collection;
    private final AtomicLong commits = new AtomicLong();
    private final GroupCommit group;

    DurableMongo(Commit commit) {
        this.commit = commit;
        try {
            directory = Files.createTempDirectory("golive-mongo-cost-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = StoreCommits.open(directory.resolve("mongo.mv").toString());
        boolean sync = commit == Commit.EACH_WRITE_FSYNC || commit == Commit.GROUP_FSYNC;
        StoreCommits storeCommits = new StoreCommits(store, sync);
        Runnable commitOnce = () -> {
            storeCommits.commit();
            commits.incrementAndGet();
        };
        group = new GroupCommit(commitOnce);
        backend = switch (commit) {
            case BACKGROUND -> new DurableH2Backend(store, storeCommits, () -> { });
            case EACH_WRITE, EACH_WRITE_FSYNC -> new DurableH2Backend(store, storeCommits, commitOnce);
            case GROUP, GROUP_FSYNC -> new DurableH2Backend(store, storeCommits, group::awaitCommit);
        };
        backend.version(ServerVersion.MONGO_5_0);
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        collection = client.getDatabase("golive-bench").getCollection("stakeholders");
    }

    /** Replaces one of a writer's 20 documents (so the data keeps its size), as a service stores an aggregate. */
    void replace(int writer, long write, String payload) {
        String id = "w" + writer + "-" + (write % 20);
        collection.replaceOne(Filters.eq("_id", id), new Document("_id", id)
                        .append("name", "Dr. Ana Ruiz").append("email", "ana.ruiz@example.org")
                        .append("roleGroup", "CLINICAL").append("version", write).append("notes", payload),
                new ReplaceOptions().upsert(true));
    }

    /** Commits run by writers (the background commit not counted). */
    long commits() {
        return commits.get();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
        backend.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
