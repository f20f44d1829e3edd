package org.golive.contract.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The PMO applied a levelling preview to the program: the run is recorded with every task it delays and every go-live
 * it moves (levelling beyond float), before any plan is written; each rollout's go-live move and delays then follow as
 * that rollout's own events, and {@link ResourceLevellingApplied} closes the run. Key: program id.
 *
 * @param fingerprint   the preview's fingerprint the run applies (the state of the pool, assignments and plans)
 * @param goLiveChanges the go-lives the run moves; empty when levelling within float (null in events of before)
 */
public record ResourceLevellingStarted(
        String programId,
        String runId,
        String fingerprint,
        List<Delay> delays,
        List<GoLiveChange> goLiveChanges,
        Instant startedAt) {

    public static final String TYPE = "org.golive.planning.resource.levelling-started.v1";

    /** One task to start later, by {@code workingDays} of its site's calendar. */
    public record Delay(String rolloutId, String taskId, LocalDate fromStart, LocalDate toStart, int workingDays) {
    }

    /** A rollout's go-live moved {@code weeks} later, before its delays are written. */
    public record GoLiveChange(String rolloutId, LocalDate from, LocalDate to, int weeks) {
    }
}
