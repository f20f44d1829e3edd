package org.golive.infra;

import org.h2.mvstore.MVStore;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The only way the store's changes reach its file: a commit never runs while a command is half done. One MongoDB
 * command changes several H2 maps (a document, then its {@code _id} index entry, then any unique index), and H2 would
 * otherwise commit on its own (its background thread, or inline when unsaved changes exceed a buffer) between two of
 * them; a {@code kill -9} then leaves a document without its index entry, and after the restart an upsert refused
 * by its guard inserts a twin that replaces the document ({@code CommandAtomicityTest}). So the store is opened with
 * its own commits off, commands run under a shared lock, and every commit, the per-write ones and a periodic one that
 * also compacts the file, takes the lock exclusively.
 */
public final class StoreCommits implements AutoCloseable {

    private static final long PERIOD_MILLIS = 1_000;
    /** Chunks less full than this are rewritten, at most this many bytes a period, so the file does not only grow. */
    private static final int TARGET_FILL_RATE = 50;
    private static final int COMPACTION_BYTES_PER_PERIOD = 4 * 1024 * 1024;

    private final MVStore store;
    private final boolean sync;
    private final ReadWriteLock commands = new ReentrantReadWriteLock();
    private final ScheduledExecutorService periodic;

    /**
     * The page cache a store gets unless told otherwise. H2's default, 16 MB, holds a few large plans: beyond it, every
     * write read and deserialized pages from the file again (half of the server's CPU under load); at 256 MB a
     * progress update on a 2,000-task plan cost the stack 0.6 times the CPU in a paired run (benchmarks/README.md).
     */
    public static final int DEFAULT_CACHE_MEGABYTES = 128;

    /** Opens the file with H2's own commits off; commits come from here only. */
    public static MVStore open(String file) {
        return open(file, DEFAULT_CACHE_MEGABYTES);
    }

    /** The same, with a page cache of this many megabytes. */
    public static MVStore open(String file, int cacheMegabytes) {
        return new MVStore.Builder().fileName(file).autoCommitDisabled().autoCommitBufferSize(0)
                .cacheSize(cacheMegabytes).open();
    }

    /** @param sync whether a commit also forces the file to the device */
    public StoreCommits(MVStore store, boolean sync) {
        this.store = store;
        this.sync = sync;
        this.periodic = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-mongo-commits");
            thread.setDaemon(true);
            return thread;
        });
        periodic.scheduleWithFixedDelay(this::commitAndCompact, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Runs a command that may change data; commits wait until it is done. */
    <T> T command(Supplier<T> command) {
        commands.readLock().lock();
        try {
            return command.get();
        } finally {
            commands.readLock().unlock();
        }
    }

    /** Writes every completed command to the file (and syncs it, if asked). */
    public void commit() {
        commands.writeLock().lock();
        try {
            store.commit();
            if (sync) {
                store.sync();
            }
        } finally {
            commands.writeLock().unlock();
        }
    }

    private void commitAndCompact() {
        if (store.isClosed()) {
            return;
        }
        commands.writeLock().lock();
        try {
            store.commit();
            store.compact(TARGET_FILL_RATE, COMPACTION_BYTES_PER_PERIOD);
            if (sync) {
                store.sync();
            }
        } catch (RuntimeException closedMeanwhile) {
            if (!store.isClosed()) {
                throw closedMeanwhile;
            }
        } finally {
            commands.writeLock().unlock();
        }
    }

    /** Stops the periodic commit; the store's own close commits what is left. */
    @Override
    public void close() {
        periodic.shutdownNow();
        commands.writeLock().lock();
        commands.writeLock().unlock();
    }
}
