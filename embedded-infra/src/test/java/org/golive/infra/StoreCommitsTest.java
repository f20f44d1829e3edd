package org.golive.infra;

import org.awaitility.Awaitility;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit must never capture half a command (a document stored, its index entry not yet): after a kill the twin of
 * such a document gets in and replaces it. Before this class, a file copied while three writers inserted showed a
 * document missing from its {@code _id} index after about a thousand copies.
 */
class StoreCommitsTest {

    @Test
    void theStoreNeverCommitsOnItsOwn(@TempDir Path data) {
        MVStore store = StoreCommits.open(data.resolve("mongo.mv").toString());
        try {
            assertThat(store.getAutoCommitDelay()).as("background commit").isZero();
            assertThat(store.getAutoCommitMemory()).as("commit when the buffer fills").isZero();
        } finally {
            store.close();
        }
    }

    @Test
    void aCommitWaitsForTheCommandInProgress(@TempDir Path data) throws Exception {
        MVStore store = StoreCommits.open(data.resolve("mongo.mv").toString());
        try (StoreCommits commits = new StoreCommits(store, false)) {
            CountDownLatch commandStarted = new CountDownLatch(1);
            CountDownLatch finishCommand = new CountDownLatch(1);
            CompletableFuture<Void> command = CompletableFuture.runAsync(() -> commits.command(() -> {
                store.openMap("documents").put("r-1", "stored");
                commandStarted.countDown();
                await(finishCommand);
                store.openMap("index").put("r-1", "indexed");
                return null;
            }));
            assertThat(commandStarted.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Void> commit = CompletableFuture.runAsync(commits::commit);
            // Unblocked, a commit takes milliseconds; held back, it must still be waiting a good while later.
            Awaitility.await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                    .until(() -> !commit.isDone());
            finishCommand.countDown();
            command.get(10, TimeUnit.SECONDS);
            commit.get(10, TimeUnit.SECONDS);
            assertThat(store.openMap("index").get("r-1")).isEqualTo("indexed");
        } finally {
            store.close();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
