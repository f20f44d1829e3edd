package org.golive.planning.program;

import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.ProgramUpdated;
import org.golive.contract.planning.WaveCreated;
import org.golive.contract.planning.WaveUpdated;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A program of site rollouts with its waves. Its events are keyed by program id. */
@Document("programs")
public class Program extends Aggregate {

    @Id
    private String id;
    private String name;
    private String sponsor;
    private String vision;
    private List<StrategicGoal> goals = new ArrayList<>();
    private Instant createdAt;
    private List<Wave> waves = new ArrayList<>();

    Program() {
    }

    /** What a program says about itself; goals without an id get one, goals with one keep it. */
    public record Charter(String name, String sponsor, String vision, List<StrategicGoal> goals) {
    }

    public static Changed<Program> create(Charter charter, Instant now) {
        Program program = new Program();
        program.id = UUID.randomUUID().toString();
        program.createdAt = now;
        program.adopt(charter);
        return Changed.of(program, RaisedEvent.of(program.id, new ProgramCreated(program.id, program.name,
                program.sponsor, program.vision, program.contractGoals(), now)));
    }

    public Changed<Program> revise(Charter charter, Instant now) {
        adopt(charter);
        return Changed.of(this, RaisedEvent.of(id, new ProgramUpdated(id, name, sponsor, vision, contractGoals(),
                now)));
    }

    /** Renames a wave; the result is the wave as renamed. */
    public Changed<Wave> renameWave(String waveId, String newName, Instant now) {
        Wave wave = wave(waveId).orElseThrow(() -> new NotFoundException("Wave", waveId));
        if (waves.stream().anyMatch(w -> !w.id().equals(waveId) && w.name().equalsIgnoreCase(newName))) {
            throw new ConflictException("Program " + id + " already has a wave named '" + newName + "'");
        }
        Wave renamed = new Wave(wave.id(), newName, wave.sequence(), wave.createdAt());
        waves.set(waves.indexOf(wave), renamed);
        return Changed.of(renamed, RaisedEvent.of(id, new WaveUpdated(waveId, id, newName, wave.sequence(), now)));
    }

    public Optional<StrategicGoal> goal(String goalId) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    private void adopt(Charter charter) {
        Set<String> ids = new HashSet<>();
        List<StrategicGoal> adopted = new ArrayList<>();
        List<StrategicGoal> given = charter.goals() == null ? List.of() : charter.goals();
        for (int i = 0; i < given.size(); i++) {
            StrategicGoal goal = given.get(i);
            String goalId = goal.id() == null || goal.id().isBlank() ? "g-" + UUID.randomUUID().toString()
                    .substring(0, 8) : goal.id().strip();
            if (!ids.add(goalId)) {
                throw new RuleViolationException("goals[" + i + "].id", "Two goals share the id " + goalId);
            }
            adopted.add(new StrategicGoal(goalId, goal.category(), goal.statement(), goal.kpi(),
                    goal.baselineValue(), goal.targetValue(), goal.unit()));
        }
        this.name = charter.name();
        this.sponsor = charter.sponsor();
        this.vision = charter.vision();
        this.goals = adopted;
    }

    private List<org.golive.contract.planning.StrategicGoal> contractGoals() {
        return goals.stream().map(StrategicGoal::toContract).toList();
    }

    /** Adds a wave after the existing ones; wave names are unique within a program. The result is the new wave. */
    public Changed<Wave> addWave(String waveName, Instant now) {
        if (waves.stream().anyMatch(w -> w.name().equalsIgnoreCase(waveName))) {
            throw new ConflictException("Program " + id + " already has a wave named '" + waveName + "'");
        }
        Wave wave = new Wave(UUID.randomUUID().toString(), waveName, waves.size() + 1, now);
        waves.add(wave);
        return Changed.of(wave, RaisedEvent.of(id, new WaveCreated(wave.id(), id, wave.name(), wave.sequence(), now)));
    }

    public Optional<Wave> wave(String waveId) {
        return waves.stream().filter(w -> w.id().equals(waveId)).findFirst();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/planning/programs/" + id;
    }

    public String name() {
        return name;
    }

    public String sponsor() {
        return sponsor;
    }

    public String vision() {
        return vision;
    }

    public List<StrategicGoal> goals() {
        return List.copyOf(goals);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Wave> waves() {
        return List.copyOf(waves);
    }
}
