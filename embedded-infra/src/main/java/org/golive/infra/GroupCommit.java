package org.golive.infra;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets a writer wait until its write is committed, sharing commits between writers: a writer needs a commit that
 * began after its write; while one commit runs, the writers that finish meanwhile queue up, and the first of them
 * runs one commit for all of them. One writer alone pays one commit; many pay about one commit per batch.
 */
public final class GroupCommit {

    private final Runnable commit;
    private final ReentrantLock committing = new ReentrantLock();
    /** Commits begun, numbered from 1; a commit's number is taken before it reads the store. */
    private final AtomicLong begun = new AtomicLong();
    /** The number of the last commit that completed. */
    private volatile long completed;

    /** @param commit writes everything changed so far to the store's file (and syncs it, if asked) */
    public GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    /** Returns once a commit that began after the caller's write has completed; throws if that commit failed. */
    public void awaitCommit() {
        // Every commit numbered from here on begins after this line, so after the caller's write.
        long needed = begun.get() + 1;
        committing.lock();
        try {
            if (completed >= needed) {
                return;
            }
            long number = begun.incrementAndGet();
            commit.run();
            completed = number;
        } finally {
            committing.unlock();
        }
    }

    /** How many commits have run: fewer than writes when writers shared them. */
    public long commits() {
        return completed;
    }
}
