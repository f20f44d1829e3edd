package org.golive.planning.resource;

import org.golive.contract.planning.ResourceLevellingApplied;
import org.golive.contract.planning.ResourceLevellingStarted;
import org.golive.planning.rollout.TaskDelays;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One application of a levelling preview, recorded before any plan is written: every go-live it moves and task it
 * delays, grouped by rollout, and which rollouts are done. A run that stops midway (a crash, a failed write) is resumed from here; its
 * id is the preview's fingerprint (which covers the program), so one preview is applied at most once.
 */
@Document("resource_levelling_runs")
public class LevellingRun extends Aggregate {

    enum Status { RUNNING, APPLIED }

    /**
     * A rollout's go-live move (null: none; written first, with its own events) and delays (then in one write of its
     * plan); {@code refused}: tasks changed since the preview; {@code goLiveRefused}: the rollout changed since, so
     * neither its go-live nor its tasks were moved.
     */
    record RolloutDelays(String rolloutId, GoLive goLive, List<PlannedDelay> delays, boolean done,
                         List<String> refused, boolean goLiveRefused) {
    }

    /** A go-live to move from {@code from} to {@code to} on the rollout at {@code version}, as the preview read it. */
    record GoLive(long version, java.time.LocalDate from, java.time.LocalDate to) {
    }

    /** A delay as recorded: what the plan write needs and what the preview showed. */
    record PlannedDelay(String taskId, int revision, java.time.LocalDate fromStart, java.time.LocalDate toStart,
                        int workingDays) {
    }

    @Id
    private String id;
    private String programId;
    private String fingerprint;
    private Status status;
    private List<RolloutDelays> rollouts = new ArrayList<>();
    private Instant startedAt;
    private Instant touchedAt;
    private Instant appliedAt;

    LevellingRun() {
    }

    static Changed<LevellingRun> start(String programId, String fingerprint, LevellingPlan plan,
                                       Map<String, Map<String, Integer>> revisions, Map<String, Long> versions,
                                       Instant now) {
        LevellingRun run = new LevellingRun();
        run.id = fingerprint; // the fingerprint covers the program
        run.programId = programId;
        run.fingerprint = fingerprint;
        run.status = Status.RUNNING;
        run.startedAt = now;
        run.touchedAt = now;
        Map<String, List<PlannedDelay>> byRollout = new TreeMap<>();
        Map<String, GoLive> goLives = new TreeMap<>();
        for (LevellingPlan.GoLiveChange change : plan.goLiveChanges()) {
            goLives.put(change.rolloutId(), new GoLive(versions.get(change.rolloutId()), change.from(), change.to()));
            byRollout.computeIfAbsent(change.rolloutId(), k -> new ArrayList<>());
        }
        for (LevellingPlan.Move move : plan.moves()) {
            byRollout.computeIfAbsent(move.rolloutId(), k -> new ArrayList<>()).add(new PlannedDelay(move.taskId(),
                    revisions.get(move.rolloutId()).get(move.taskId()), move.fromStart(), move.toStart(),
                    move.workingDays()));
        }
        byRollout.forEach((rollout, delays) -> run.rollouts.add(new RolloutDelays(rollout, goLives.get(rollout),
                delays, false, List.of(), false)));
        List<ResourceLevellingStarted.Delay> published = plan.moves().stream().map(m ->
                new ResourceLevellingStarted.Delay(m.rolloutId(), m.taskId(), m.fromStart(), m.toStart(),
                        m.workingDays())).toList();
        List<ResourceLevellingStarted.GoLiveChange> moved = plan.goLiveChanges().stream().map(c ->
                new ResourceLevellingStarted.GoLiveChange(c.rolloutId(), c.from(), c.to(), c.weeks())).toList();
        return Changed.of(run, RaisedEvent.of(programId, new ResourceLevellingStarted(programId, run.id, fingerprint,
                published, moved, now)));
    }

    /** The rollouts still to write, in the order they are written. */
    List<RolloutDelays> pending() {
        return rollouts.stream().filter(r -> !r.done()).toList();
    }

    static List<TaskDelays.Delay> writes(RolloutDelays rollout) {
        return rollout.delays().stream().map(d -> new TaskDelays.Delay(d.taskId(), d.revision(), d.toStart()))
                .toList();
    }

    /** A rollout written; the last one closes the run with its event. */
    Changed<Status> rolloutDone(String rolloutId, List<String> refused, boolean goLiveRefused, Instant now) {
        rollouts.replaceAll(r -> r.rolloutId().equals(rolloutId) ? new RolloutDelays(rolloutId, r.goLive(),
                r.delays(), true, List.copyOf(refused), goLiveRefused) : r);
        touchedAt = now;
        if (!pending().isEmpty()) {
            return Changed.silently(status);
        }
        status = Status.APPLIED;
        appliedAt = now;
        List<ResourceLevellingApplied.Refusal> refusals = new ArrayList<>();
        rollouts.forEach(r -> r.refused().forEach(task -> refusals.add(
                new ResourceLevellingApplied.Refusal(r.rolloutId(), task))));
        List<String> goLivesRefused = rollouts.stream().filter(RolloutDelays::goLiveRefused)
                .map(RolloutDelays::rolloutId).toList();
        int goLivesMoved = (int) rollouts.stream().filter(r -> r.goLive() != null && !r.goLiveRefused()).count();
        return Changed.of(status, RaisedEvent.of(programId, new ResourceLevellingApplied(programId, id,
                tasks() - refusals.size(), refusals, goLivesMoved, goLivesRefused, now)));
    }

    int tasks() {
        return rollouts.stream().mapToInt(r -> r.delays().size()).sum();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/planning/programs/" + programId + "/levelling-runs/" + id;
    }

    String programId() {
        return programId;
    }

    Status status() {
        return status;
    }

    List<RolloutDelays> rollouts() {
        return List.copyOf(rollouts);
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant touchedAt() {
        return touchedAt;
    }

    Instant appliedAt() {
        return appliedAt;
    }

    String fingerprint() {
        return fingerprint;
    }
}
