package org.golive.infra;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server in this JVM (mongo-java-server), for machines without a MongoDB server.
 * In memory for tests, or on disk (H2 MVStore file) for the local stack so data survives a restart. On disk, a write
 * is acknowledged as the {@link MongoDurability} says: by default once it is in the file, so a killed process loses
 * no acknowledged write.
 *
 * <p>What it cannot do that real MongoDB can: multi-document transactions, non-unique secondary indexes (they are
 * accepted and ignored), TTL expiry, {@code $setWindowFields}, the {@code hello} command. Golive's code is written
 * so that none of these is needed for correctness.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoBackend backend;
    private final String host;
    private final int port;

    private EmbeddedMongo(MongoBackend backend, String host, int port) {
        this.backend = backend;
        backend.version(ServerVersion.MONGO_5_0);
        this.server = new MongoServer(backend);
        this.host = host;
        server.bind(host, port);
        this.port = server.getLocalAddress().getPort();
    }

    /** A throw-away server on a free port. */
    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(new IdLookupMemoryBackend(), "127.0.0.1", 0);
    }

    /** A server that keeps its databases in {@code dataDirectory/mongo.mv}, acknowledging writes once in the file. */
    public static EmbeddedMongo onDisk(Path dataDirectory, String host, int port) {
        return onDisk(dataDirectory, host, port, MongoDurability.WRITTEN);
    }

    /** A server that keeps its databases in {@code dataDirectory/mongo.mv}. */
    public static EmbeddedMongo onDisk(Path dataDirectory, String host, int port, MongoDurability durability) {
        return onDisk(dataDirectory, host, port, durability, StoreCommits.DEFAULT_CACHE_MEGABYTES);
    }

    /** The same, with a page cache of this many megabytes (see {@link StoreCommits#DEFAULT_CACHE_MEGABYTES}). */
    public static EmbeddedMongo onDisk(Path dataDirectory, String host, int port, MongoDurability durability,
                                       int cacheMegabytes) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String file = dataDirectory.resolve("mongo.mv").toString();
        MVStore store = StoreCommits.open(file, cacheMegabytes);
        StoreCommits commits = new StoreCommits(store, durability == MongoDurability.SYNCED);
        Runnable awaitDurable = switch (durability) {
            case BACKGROUND -> () -> { };
            case WRITTEN, SYNCED -> new GroupCommit(commits::commit)::awaitCommit;
        };
        return new EmbeddedMongo(new DurableH2Backend(store, commits, awaitDurable), host, port);
    }

    public String connectionString() {
        return "mongodb://" + host + ":" + port;
    }

    public String connectionString(String database) {
        return connectionString() + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdownNow();
        if (backend instanceof H2Backend h2) {
            h2.close();
        }
    }
}
