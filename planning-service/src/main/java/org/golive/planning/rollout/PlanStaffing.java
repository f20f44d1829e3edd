package org.golive.planning.rollout;

import io.swagger.v3.oas.annotations.media.Schema;
import org.golive.planning.msproject.FileBlueprint;
import org.golive.planning.msproject.FileStaffing;

import java.time.Instant;
import java.util.List;

/**
 * The resources and assignments an MS Project file carries, as the program's pool and the plan's assignments hold
 * them: kept by the resources feature, which depends on rollouts (this interface keeps the dependency one way).
 */
public interface PlanStaffing {

    /**
     * What an import did with the file's resources and assignments.
     *
     * @param matched the file's resources found in the program's pool (by name, any case)
     * @param added the file's resources added to the pool
     * @param assignedTasks the plan's tasks given the file's assignments
     * @param notes what was not carried over, and how the file's resource-driven durations were read
     */
    @Schema(name = "FileResourcesReport")
    record Report(List<String> matched, List<String> added, int assignedTasks, List<String> notes) {

        public Report {
            matched = List.copyOf(matched);
            added = List.copyOf(added);
            notes = List.copyOf(notes);
        }
    }

    /** Whether the caller may add a file's resources to the program's pool (the PMO may, a project manager not). */
    boolean mayAddToPool();

    /**
     * Which of a file's resources an import into the program would bring along: those in its pool (by name, any
     * case), and every one when {@code mayAddToPool}; for the others, why not.
     */
    FileBlueprint.Staffable staffable(String programId, boolean mayAddToPool);

    /**
     * Gives the rollout's plan, just made from a file, the file's assignments (resources matched in the program's pool
     * or, when {@code mayAddToPool}, added to it). {@code replacedAt}: the moment the plan replaced another one, whose
     * assignments are released first; null for a new plan. Taken again after a failure, it ends as taken once: the
     * pool's resources are matched by name, each task's assignments set to the file's.
     */
    Report imported(Rollout rollout, FileStaffing staffing, Instant replacedAt, boolean mayAddToPool);

    /** The plan's assignments from the pool, with their resources, to write into a file. */
    FileStaffing forExport(Rollout rollout);
}
