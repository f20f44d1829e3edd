package org.golive.tracking.health;

import org.golive.contract.tracking.HealthChanged;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rollout's last judged health. A change of colour, in a dimension or overall, raises {@code health.changed}
 * naming the rule that caused it; the event is stored with the new health in one write (the outbox), so the health
 * and its event never part.
 */
@Document("rollout_health")
class RolloutHealth extends Aggregate {

    @Id
    private String id;
    private String programId;
    private Verdict overall;
    private Map<String, Verdict> dimensions = new LinkedHashMap<>();
    private Instant evaluatedAt;

    RolloutHealth() {
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/tracking/rollouts/" + id + "/health";
    }

    /** A rollout judged for the first time: published unless nothing feeds any dimension yet. */
    static Changed<RolloutHealth> first(String rolloutId, String programId, Health health, Instant now) {
        RolloutHealth judged = new RolloutHealth();
        judged.id = rolloutId;
        judged.programId = programId;
        judged.dimensions = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            judged.dimensions.put(dimension.name(), Verdict.NO_DATA);
        }
        judged.overall = Verdict.NO_DATA;
        return judged.judged(programId, health, now);
    }

    /** Takes the new judgement; raises an event when a colour changed. Figures that moved within a colour are kept. */
    Changed<RolloutHealth> judged(String currentProgramId, Health health, Instant now) {
        List<HealthChanged.DimensionHealth> reported = new ArrayList<>();
        String cause = null;
        for (Dimension dimension : Dimension.values()) {
            Verdict before = dimensions.getOrDefault(dimension.name(), Verdict.NO_DATA);
            Verdict after = health.dimensions().get(dimension);
            reported.add(new HealthChanged.DimensionHealth(dimension.name(), before.colour().name(),
                    after.colour().name(), after.rule(), after.value(), after.threshold()));
            if (cause == null && before.colour() != after.colour()) {
                cause = after.rule() != null ? after.rule() : before.rule();
            }
        }
        Colour previousOverall = overall.colour();
        if (previousOverall != health.overall().colour() && health.overall().rule() != null) {
            cause = health.overall().rule();
        }
        programId = currentProgramId;
        overall = health.overall();
        dimensions = asStored(health);
        evaluatedAt = now;
        if (cause == null) {
            return Changed.silently(this);
        }
        return Changed.of(this, RaisedEvent.of(id, new HealthChanged(id, programId,
                version() == null ? null : previousOverall.name(), overall.colour().name(), cause, reported, now)));
    }

    /** Whether storing the judgement would change nothing (the caller then skips the write). */
    boolean holds(String currentProgramId, Health health) {
        return Objects.equals(overall, health.overall()) && dimensions.equals(asStored(health))
                && Objects.equals(programId, currentProgramId);
    }

    private static Map<String, Verdict> asStored(Health health) {
        Map<String, Verdict> stored = new LinkedHashMap<>();
        health.dimensions().forEach((dimension, verdict) -> stored.put(dimension.name(), verdict));
        return stored;
    }

    String programId() {
        return programId;
    }

    Verdict overall() {
        return overall;
    }

    Map<String, Verdict> dimensions() {
        return Map.copyOf(dimensions);
    }

    Instant evaluatedAt() {
        return evaluatedAt;
    }
}
