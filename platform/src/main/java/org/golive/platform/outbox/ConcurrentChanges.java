package org.golive.platform.outbox;

import org.springframework.dao.OptimisticLockingFailureException;

import java.util.function.Supplier;

/**
 * Replays a read-change-write on fresh state when someone else wrote the same document between the read and the
 * write (the version check of {@link AggregateStore}). The change must reload what it reads on every attempt; a
 * rule it checks (a task's revision, an envelope's room) is then checked again against the new state.
 */
public final class ConcurrentChanges {

    private static final int ATTEMPTS = 3;

    private ConcurrentChanges() {
    }

    public static <T> T retry(Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (OptimisticLockingFailureException concurrentWrite) {
                if (attempt == ATTEMPTS) {
                    throw concurrentWrite;
                }
            }
        }
    }

    public static void retry(Runnable change) {
        retry(() -> {
            change.run();
            return null;
        });
    }
}
