package org.golive.infra;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class GroupCommitTest {

    @Test
    void writersThatFinishDuringACommitShareTheNextOneAndNoneReturnsBeforeIt() throws Exception {
        CountDownLatch firstCommitMayFinish = new CountDownLatch(1);
        AtomicInteger commitsRun = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            if (commitsRun.incrementAndGet() == 1) {
                await().until(() -> firstCommitMayFinish.getCount() == 0);
            }
        });
        ConcurrentLinkedQueue<Integer> commitsSeenOnReturn = new ConcurrentLinkedQueue<>();
        Runnable laterWriter = () -> {
            group.awaitCommit();
            commitsSeenOnReturn.add(commitsRun.get());
        };

        Thread first = started(group::awaitCommit);
        await().until(() -> commitsRun.get() == 1);
        List<Thread> later = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            later.add(started(laterWriter));
        }
        await().until(() -> later.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
        firstCommitMayFinish.countDown();
        first.join();
        for (Thread thread : later) {
            thread.join();
        }

        assertThat(commitsRun).hasValue(2);
        assertThat(group.commits()).isEqualTo(2);
        // The three that wrote while the first commit ran waited for the second, which began after their writes.
        assertThat(commitsSeenOnReturn).containsExactly(2, 2, 2);
    }

    private static Thread started(Runnable writer) {
        Thread thread = new Thread(writer);
        thread.start();
        return thread;
    }

    @Test
    void aLoneWriterRunsACommitEachTime() {
        AtomicInteger commitsRun = new AtomicInteger();
        GroupCommit group = new GroupCommit(commitsRun::incrementAndGet);

        group.awaitCommit();
        group.awaitCommit();

        assertThat(commitsRun).hasValue(2);
    }

    @Test
    void aFailedCommitFailsTheWriterAndTheNextWriterCommitsAgain() {
        AtomicInteger attempts = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });

        assertThatThrownBy(group::awaitCommit).hasMessage("disk full");
        group.awaitCommit();

        assertThat(attempts).hasValue(2);
        assertThat(group.commits()).isEqualTo(2);
    }
}
