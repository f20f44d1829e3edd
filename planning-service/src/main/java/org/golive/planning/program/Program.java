package org.golive.planning.program;

import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.WaveCreated;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A program of site rollouts with its waves. Its events are keyed by program id. */
@Document("programs")
public class Program extends Aggregate {

    @Id
    private String id;
    private String name;
    private String sponsor;
    private String vision;
    private Instant createdAt;
    private List<Wave> waves = new ArrayList<>();

    Program() {
    }

    public static Created create(String name, String sponsor, String vision, Instant now) {
        Program program = new Program();
        program.id = UUID.randomUUID().toString();
        program.name = name;
        program.sponsor = sponsor;
        program.vision = vision;
        program.createdAt = now;
        return new Created(program, RaisedEvent.of(program.id,
                new ProgramCreated(program.id, name, sponsor, vision, now)));
    }

    public record Created(Program program, RaisedEvent event) {
    }

    /** Adds a wave after the existing ones; wave names are unique within a program. */
    public WaveAdded addWave(String waveName, Instant now) {
        if (waves.stream().anyMatch(w -> w.name().equalsIgnoreCase(waveName))) {
            throw new ConflictException("Program " + id + " already has a wave named '" + waveName + "'");
        }
        Wave wave = new Wave(UUID.randomUUID().toString(), waveName, waves.size() + 1, now);
        waves.add(wave);
        return new WaveAdded(wave, RaisedEvent.of(id, new WaveCreated(wave.id(), id, wave.name(), wave.sequence(), now)));
    }

    public record WaveAdded(Wave wave, RaisedEvent event) {
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

    public Instant createdAt() {
        return createdAt;
    }

    public List<Wave> waves() {
        return List.copyOf(waves);
    }
}
