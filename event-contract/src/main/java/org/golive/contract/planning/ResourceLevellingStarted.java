package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The PMO applied a levelling preview to the program: the run is recorded with every task it delays, before any
 * plan is written; each rollout's delays then follow as that rollout's own task events, and
 * {@link ResourceLevellingApplied} closes the run. Key: program id.
 *
 * @param fingerprint the preview's fingerprint the run applies (the state of the pool, assignments and plans)
 */
public record ResourceLevellingStarted(
        String programId,
        String runId,
        String fingerprint,
        List<Delay> delays,
        Instant startedAt) {

    public static final String TYPE = "org.golive.planning.resource.levelling-started.v1";

    /** One task to start later, by {@code workingDays} of its site's calendar. */
    public record Delay(String rolloutId, String taskId, LocalDate fromStart, LocalDate toStart, int workingDays) {
    }
}
