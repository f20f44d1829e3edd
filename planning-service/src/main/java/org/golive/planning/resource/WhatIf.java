package org.golive.planning.resource;

import org.golive.planning.plan.Rescheduled;
import org.golive.planning.program.Program;
import org.golive.planning.program.Programs;
import org.golive.planning.rollout.GoLiveMoves;
import org.golive.planning.rollout.Rollout;
import org.golive.planning.rollout.Rollouts;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Computes a scenario: resolves its go-live moves (a wave's sites shifted together, or single rollouts), tries each
 * move out on the rollout's plan in memory, and compares the program's capacity and the moved rollouts' labour cost
 * with and without the moves. Reads the state it computes from once, and names it by a fingerprint of the pool's,
 * the assignments' and every rollout's versions: a scenario whose fingerprint no longer matches is stale.
 */
@Component
class WhatIf {

    /** A go-live move as asked: a wave or a rollout, shifted by days or (a rollout) to a date. */
    record Asked(String waveId, String rolloutId, Integer shiftDays, LocalDate goLiveDate) {
    }

    /** The program as the scenario read it. */
    record State(String fingerprint, List<Rollout> rollouts, List<Resource> pool,
                 List<RolloutAssignments> assignments) {
    }

    private final Programs programs;
    private final Rollouts rollouts;
    private final Resources resources;
    private final MongoTemplate mongo;
    private final GoLiveMoves moves;
    private final PoolSettings settings;
    private final Clock clock;

    WhatIf(Programs programs, Rollouts rollouts, Resources resources, MongoTemplate mongo, GoLiveMoves moves,
           PoolSettings settings, Clock clock) {
        this.programs = programs;
        this.rollouts = rollouts;
        this.resources = resources;
        this.mongo = mongo;
        this.moves = moves;
        this.settings = settings;
        this.clock = clock;
    }

    State state(String programId) {
        List<Rollout> all = rollouts.ofProgram(programId).stream()
                .sorted(java.util.Comparator.comparing(Rollout::id)).toList();
        List<Resource> pool = resources.pool(programId);
        List<RolloutAssignments> assigned = mongo.find(query(where("programId").is(programId))
                .with(Sort.by("_id")), RolloutAssignments.class);
        Fingerprint digest = new Fingerprint().add("scenario of program " + programId);
        pool.forEach(resource -> digest.add("resource " + resource.id() + "@" + resource.version()));
        assigned.forEach(document -> digest.add("assignments " + document.id() + "@" + document.version()));
        all.forEach(rollout -> digest.add("rollout " + rollout.id() + "@" + rollout.version()));
        return new State(digest.text(), all, pool, assigned);
    }

    /** The scenario's moves and effects on the program as it stands. */
    record Computed(State state, List<WaveScenario.Move> moves, ScenarioEffects effects) {
    }

    Computed compute(String programId, List<Asked> asked) {
        Program program = programs.get(programId);
        State state = state(programId);
        List<WaveScenario.Move> resolved = resolve(program, state.rollouts(), asked);
        Map<String, RolloutAssignments> byRollout = state.assignments().stream()
                .collect(Collectors.toMap(RolloutAssignments::id, d -> d));
        Map<String, SiteDemand> scenario = new LinkedHashMap<>();
        state.assignments().forEach(document -> scenario.put(document.id(), document.demand()));
        for (WaveScenario.Move move : resolved) {
            RolloutAssignments document = byRollout.get(move.rolloutId());
            if (document == null) {
                continue; // nobody assigned: no capacity or labour effect
            }
            Map<String, LocalDate[]> moved = new HashMap<>();
            moves.tryOut(move.rolloutId(), move.to()).map(Rescheduled::moved).orElse(List.of())
                    .forEach(m -> moved.put(m.taskId(), new LocalDate[]{m.start(), m.finish()}));
            scenario.put(move.rolloutId(), document.demandIf(move.to(), moved));
        }
        ScenarioEffects effects = ScenarioEffects.compare(state.pool().stream().map(PoolMember::of).toList(),
                state.assignments().stream().map(RolloutAssignments::demand).toList(),
                List.copyOf(scenario.values()),
                state.pool().stream().collect(Collectors.toMap(Resource::id, LabourCostCalculator.Rated::of,
                        (a, b) -> a)), settings.currency(),
                resolved.stream().map(WaveScenario.Move::rolloutId).toList());
        return new Computed(state, resolved, effects);
    }

    private List<WaveScenario.Move> resolve(Program program, List<Rollout> all, List<Asked> asked) {
        LocalDate today = LocalDate.now(clock);
        Map<String, WaveScenario.Move> resolved = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            Asked move = asked.get(i);
            String at = "moves[" + i + "]";
            if ((move.waveId() == null) == (move.rolloutId() == null)) {
                throw new RuleViolationException(at, "Name either a waveId or a rolloutId");
            }
            if ((move.shiftDays() == null) == (move.goLiveDate() == null)) {
                throw new RuleViolationException(at, "Give either shiftDays or goLiveDate");
            }
            List<Rollout> chosen;
            if (move.waveId() != null) {
                if (program.wave(move.waveId()).isEmpty()) {
                    throw new RuleViolationException(at + ".waveId", "Wave " + move.waveId()
                            + " is not a wave of program " + program.id());
                }
                if (move.goLiveDate() != null) {
                    throw new RuleViolationException(at + ".goLiveDate", "A wave's sites go live on their own"
                            + " dates: move a wave by shiftDays");
                }
                chosen = all.stream().filter(r -> move.waveId().equals(r.waveId())).toList();
            } else {
                chosen = all.stream().filter(r -> r.id().equals(move.rolloutId())).toList();
                if (chosen.isEmpty()) {
                    throw new RuleViolationException(at + ".rolloutId", "Rollout " + move.rolloutId()
                            + " is not a rollout of program " + program.id());
                }
            }
            for (Rollout rollout : chosen) {
                LocalDate to = move.goLiveDate() != null ? move.goLiveDate()
                        : rollout.goLiveDate().plusDays(move.shiftDays());
                if (to.isBefore(today) || to.isAfter(today.plusYears(10))) {
                    throw new RuleViolationException(at, "Site " + rollout.siteName() + " would go live on " + to
                            + ": a scenario moves go-lives between today (" + today + ") and ten years ahead");
                }
                if (to.equals(rollout.goLiveDate())) {
                    continue;
                }
                if (resolved.put(rollout.id(), new WaveScenario.Move(rollout.id(), rollout.siteName(),
                        rollout.waveId(), rollout.version(), rollout.goLiveDate(), to, false, false)) != null) {
                    throw new RuleViolationException(at, "Site " + rollout.siteName() + " is moved twice");
                }
            }
        }
        if (resolved.isEmpty()) {
            throw new RuleViolationException("moves", "The moves change no go-live date");
        }
        return new ArrayList<>(resolved.values());
    }
}
