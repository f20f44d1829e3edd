package org.golive.planning.rollout;

import org.golive.planning.plan.PlanTask;

import java.util.IdentityHashMap;
import java.util.List;

/**
 * The stored JSON of tasks this instance wrote, by task instance: a change re-encodes only the tasks it replaced.
 * Tasks are immutable records and a change replaces the ones it touches (the schedule keeps a task whose dates did not
 * move), so the same instance always has the same JSON; a different instance with equal content is simply encoded
 * again. Immutable once built, so readers of {@link DecodedPlans} share it.
 */
final class EncodedTasks {

    static final EncodedTasks NONE = new EncodedTasks(new IdentityHashMap<>());

    private final IdentityHashMap<PlanTask, byte[]> json;

    private EncodedTasks(IdentityHashMap<PlanTask, byte[]> json) {
        this.json = json;
    }

    /** The JSON of {@code task} if known here, else null. */
    byte[] of(PlanTask task) {
        return json.get(task);
    }

    int size() {
        return json.size();
    }

    /** Collects the JSON of a plan's tasks as it is written. */
    static final class Builder {

        private final IdentityHashMap<PlanTask, byte[]> json = new IdentityHashMap<>();

        /** The JSON of {@code task}: from {@code known}, else written now; kept either way. */
        byte[] encode(PlanTask task, EncodedTasks known) {
            byte[] bytes = known.of(task);
            if (bytes == null) {
                bytes = TaskJson.bytes(task);
            }
            json.put(task, bytes);
            return bytes;
        }

        /** Keeps what {@code known} holds of {@code tasks}, which are stored unchanged. */
        void keep(List<PlanTask> tasks, EncodedTasks known) {
            for (PlanTask task : tasks) {
                byte[] bytes = known.of(task);
                if (bytes != null) {
                    json.put(task, bytes);
                }
            }
        }

        EncodedTasks build() {
            return json.isEmpty() ? NONE : new EncodedTasks(json);
        }
    }
}
