package org.golive.planning.resource;

import org.golive.contract.planning.ScenarioCreated;
import org.golive.contract.planning.ScenarioDeleted;
import org.golive.contract.planning.ScenarioPromoted;
import org.golive.contract.planning.ScenarioPromotionStarted;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A what-if of a program: go-live moves of some rollouts with their effects on capacity and labour cost, computed
 * against the real plans (whose state the fingerprint names) and stored without changing them. Promoting it is
 * recorded first with every move, then written rollout by rollout, so that a promotion stopped midway is resumed
 * from here ({@link ScenarioPromotions}); deleting it keeps it as a tombstone with its event.
 */
@Document("resource_scenarios")
public class WaveScenario extends Aggregate {

    enum Status { COMPUTED, PROMOTING, PROMOTED, DELETED }

    /**
     * A rollout's go-live move: the version it was computed on (a rollout changed since is refused at promotion),
     * and once promoted whether it was written or refused.
     */
    record Move(String rolloutId, String siteName, String waveId, long version, LocalDate from, LocalDate to,
                boolean done, boolean refused) {

        Move written(boolean wasRefused) {
            return new Move(rolloutId, siteName, waveId, version, from, to, true, wasRefused);
        }
    }

    @Id
    private String id;
    @Indexed
    private String programId;
    private String name;
    private String fingerprint;
    private Status status;
    private List<Move> moves = new ArrayList<>();
    private ScenarioEffects effects;
    private Instant createdAt;
    private Instant touchedAt;
    private Instant promotedAt;

    WaveScenario() {
    }

    static Changed<WaveScenario> create(String programId, String name, String fingerprint, List<Move> moves,
                                        ScenarioEffects effects, Instant now) {
        WaveScenario scenario = new WaveScenario();
        scenario.id = UUID.randomUUID().toString();
        scenario.programId = programId;
        scenario.name = name;
        scenario.fingerprint = fingerprint;
        scenario.status = Status.COMPUTED;
        scenario.moves = new ArrayList<>(moves);
        scenario.effects = effects;
        scenario.createdAt = now;
        scenario.touchedAt = now;
        return Changed.of(scenario, RaisedEvent.of(programId, new ScenarioCreated(programId, scenario.id, name,
                fingerprint, scenario.published(), effects.appearing().size(), effects.disappearing().size(),
                effects.currency(), effects.labourCostDifference().toPlainString(), now)));
    }

    /** Records the promotion with its moves; only a computed scenario may be promoted, once. */
    Changed<Status> startPromotion(Instant now) {
        if (status != Status.COMPUTED) {
            throw new ConflictException("Scenario " + id + " is " + status.name().toLowerCase()
                    + "; only a computed scenario is promoted, once");
        }
        status = Status.PROMOTING;
        touchedAt = now;
        return Changed.of(status, RaisedEvent.of(programId, new ScenarioPromotionStarted(programId, id, published(),
                now)));
    }

    /** The moves still to write, in the order they are written. */
    List<Move> pending() {
        return moves.stream().filter(m -> !m.done()).toList();
    }

    /** A rollout written (or refused); the last one closes the promotion with its event. */
    Changed<Status> rolloutDone(String rolloutId, boolean refused, Instant now) {
        moves.replaceAll(m -> m.rolloutId().equals(rolloutId) ? m.written(refused) : m);
        touchedAt = now;
        if (!pending().isEmpty()) {
            return Changed.silently(status);
        }
        status = Status.PROMOTED;
        promotedAt = now;
        List<String> refusedIds = moves.stream().filter(Move::refused).map(Move::rolloutId).toList();
        return Changed.of(status, RaisedEvent.of(programId, new ScenarioPromoted(programId, id,
                moves.size() - refusedIds.size(), refusedIds, now)));
    }

    Changed<Status> delete(Instant now) {
        if (status == Status.PROMOTING) {
            throw new ConflictException("Scenario " + id + " is being promoted; delete it once promoted");
        }
        status = Status.DELETED;
        touchedAt = now;
        return Changed.of(status, RaisedEvent.of(programId, new ScenarioDeleted(programId, id, now)));
    }

    private List<ScenarioCreated.GoLiveMove> published() {
        return moves.stream().map(m -> new ScenarioCreated.GoLiveMove(m.rolloutId(), m.from(), m.to())).toList();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/planning/programs/" + programId + "/scenarios/" + id;
    }

    String programId() {
        return programId;
    }

    String name() {
        return name;
    }

    String fingerprint() {
        return fingerprint;
    }

    Status status() {
        return status;
    }

    List<Move> moves() {
        return List.copyOf(moves);
    }

    ScenarioEffects effects() {
        return effects;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant touchedAt() {
        return touchedAt;
    }

    Instant promotedAt() {
        return promotedAt;
    }
}
