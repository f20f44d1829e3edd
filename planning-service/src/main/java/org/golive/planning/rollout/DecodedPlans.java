package org.golive.planning.rollout;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.golive.planning.plan.PlanTask;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The tasks of recently read or written plans, decoded, by rollout and version: a change or a task read of a plan
 * this instance knows at its stored version decodes nothing. Entries are immutable (tasks are records, the lists
 * copies), so readers share them. Bounded by tasks held, not by plans, since plans range from 40 to 10,000 tasks; a
 * task's kept JSON ({@link EncodedTasks}, about 0.5 KB) weighs as much as a task, so the bound holds memory as before.
 */
@Component
class DecodedPlans {

    /** About 1 to 2 KB a decoded task: some 100 to 200 MB at most. */
    private static final long MAX_TASKS = 100_000;

    /**
     * The tasks of a rollout's plan at a version, and the ids of the chunk documents that hold them; null ids: stored
     * in a shape before chunk documents, which the next change replaces.
     */
    record Decoded(long version, List<PlanTask> tasks, List<String> chunkIds, EncodedTasks encoded) {

        Decoded(long version, List<PlanTask> tasks, List<String> chunkIds) {
            this(version, tasks, chunkIds, EncodedTasks.NONE);
        }
    }

    private final Cache<String, Decoded> plans = Caffeine.newBuilder().maximumWeight(MAX_TASKS)
            .weigher((String rolloutId, Decoded decoded) -> Math.max(1, decoded.tasks().size()
                    + decoded.encoded().size()))
            .build();

    /** The tasks of the plan at {@code version}, or null when this instance does not know that version. */
    Decoded at(String rolloutId, long version) {
        Decoded decoded = plans.getIfPresent(rolloutId);
        return decoded != null && decoded.version() == version ? decoded : null;
    }

    /** Remembers a version, unless a later one is already known. */
    void remember(String rolloutId, Decoded decoded) {
        plans.asMap().merge(rolloutId, decoded,
                (known, candidate) -> candidate.version() >= known.version() ? candidate : known);
    }
}
