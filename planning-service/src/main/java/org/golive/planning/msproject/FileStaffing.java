package org.golive.planning.msproject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who works on a plan's tasks, as an MSPDI file holds it: resources, and each one's work on a task. Read from a file
 * ({@link #of(ImportedPlan)}: task ids as Golive gives them, resources by the file's UIDs) or given to the writer
 * (task ids of the plan, resources by their pool ids).
 */
public record FileStaffing(List<ImportedResource> resources, List<Work> assignments) {

    /** No resource, no assignment. */
    public static final FileStaffing NONE = new FileStaffing(List.of(), List.of());

    /**
     * A resource's part in a task: {@code units} (1 = one full-time resource, every working day of the task) or
     * {@code effortHours} spread over the task, exactly one set.
     */
    public record Work(String taskId, String resourceUid, BigDecimal units, BigDecimal effortHours) {

        public Work {
            Objects.requireNonNull(taskId, "taskId");
            Objects.requireNonNull(resourceUid, "resourceUid");
        }
    }

    public FileStaffing {
        resources = List.copyOf(resources);
        assignments = List.copyOf(assignments);
    }

    /**
     * The file's assignments on the plan's leaf tasks: units where the file gives units, effort where it gives work
     * alone or marks it as Golive's effort ({@link PoolResources#EFFORT}).
     */
    static FileStaffing of(ImportedPlan plan) {
        Set<String> leaves = plan.tasks().stream().filter(t -> !t.summary()).map(ImportedTask::uid)
                .collect(Collectors.toSet());
        List<Work> work = plan.assignments().stream().filter(a -> leaves.contains(a.taskUid()))
                .map(a -> a.units() != null && !a.effort()
                        ? new Work(FileBlueprint.taskId(a.taskUid()), a.resourceUid(), a.units(), null)
                        : new Work(FileBlueprint.taskId(a.taskUid()), a.resourceUid(), null, a.workHours()))
                .filter(w -> w.units() != null || w.effortHours() != null)
                .toList();
        Set<String> used = work.stream().map(Work::resourceUid).collect(Collectors.toSet());
        return new FileStaffing(plan.resources().stream().filter(r -> used.contains(r.uid())).toList(), work);
    }

    public boolean isEmpty() {
        return assignments.isEmpty();
    }
}
