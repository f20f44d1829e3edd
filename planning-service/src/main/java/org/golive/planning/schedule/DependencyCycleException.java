package org.golive.planning.schedule;

import java.util.List;

/** The links of a plan loop back on themselves, so it has no schedule. */
public class DependencyCycleException extends RuntimeException {

    private final List<String> taskIds;

    /** @param taskIds one cycle, each task a predecessor of the next and the last of the first */
    public DependencyCycleException(List<String> taskIds) {
        super("Dependency cycle: " + String.join(" -> ", taskIds) + " -> " + taskIds.get(0));
        this.taskIds = List.copyOf(taskIds);
    }

    /** The tasks of one cycle in link order, starting with the one that comes first in the plan. */
    public List<String> taskIds() {
        return taskIds;
    }
}
