package org.golive.platform;

import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.WaveCreated;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.RaisedEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A test aggregate shaped like a program: it raises contract events (keyed by its id) and has an optional field to
 * remove. Each wave it adds raises one {@link WaveCreated}.
 */
@Document("samples")
public class Sample extends Aggregate {

    @Id
    private String id;
    private String name;
    private String sponsor;
    private int waves;

    Sample() {
        // for Spring Data
    }

    private Sample(String id, String name, String sponsor) {
        this.id = id;
        this.name = name;
        this.sponsor = sponsor;
    }

    public static Sample create(String id, String name, String sponsor) {
        return new Sample(id, name, sponsor);
    }

    /** A new sample with a fresh id. */
    public static Sample create(String name) {
        return new Sample(UUID.randomUUID().toString(), name, "Dr. Maria Alvarez");
    }

    /** The event that announces this sample; raised once, when it is first stored. */
    public List<RaisedEvent> created() {
        return List.of(RaisedEvent.of(id, new ProgramCreated(id, name, sponsor, null, List.of(), Instant.now())));
    }

    public List<RaisedEvent> addWaves(int count) {
        List<RaisedEvent> raised = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            waves++;
            raised.add(RaisedEvent.of(id,
                    new WaveCreated(UUID.randomUUID().toString(), id, "Wave " + waves, waves, Instant.now())));
        }
        return raised;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void withdrawSponsor() {
        this.sponsor = null;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/platform-test/samples/" + id;
    }

    public String name() {
        return name;
    }

    public int waves() {
        return waves;
    }
}
