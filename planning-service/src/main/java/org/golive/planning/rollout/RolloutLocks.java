package org.golive.planning.rollout;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.stereotype.Component;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serializes the changes to one rollout inside this instance, so that two people changing different tasks of one
 * plan take turns instead of colliding on the document's version (and losing after the replays). Changes to
 * different rollouts run in parallel. Across instances the version check and its replay still decide. A lock lives
 * while someone holds or waits for it (weak values), so the map stays as small as the rollouts being changed.
 */
@Component
class RolloutLocks {

    private final LoadingCache<String, ReentrantLock> locks = Caffeine.newBuilder().weakValues()
            .build(rolloutId -> new ReentrantLock());

    <T> T serialized(String rolloutId, Supplier<T> change) {
        ReentrantLock lock = locks.get(rolloutId);
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }
}
