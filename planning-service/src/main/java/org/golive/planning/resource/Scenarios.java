package org.golive.planning.resource;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** A program's what-if scenarios: computed and stored, listed, promoted to the plans, deleted. */
@Component
class Scenarios {

    /** Kept per program at once, so the list stays short and each is read with intent. */
    static final int MAX_PER_PROGRAM = 50;

    private final WhatIf whatIf;
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final ScenarioPromotions promotions;
    private final Clock clock;

    Scenarios(WhatIf whatIf, AggregateStore store, MongoTemplate mongo, ScenarioPromotions promotions, Clock clock) {
        this.whatIf = whatIf;
        this.store = store;
        this.mongo = mongo;
        this.promotions = promotions;
        this.clock = clock;
    }

    WaveScenario create(String programId, String name, List<WhatIf.Asked> moves) {
        WhatIf.Computed computed = whatIf.compute(programId, moves);
        if (list(programId).size() >= MAX_PER_PROGRAM) {
            throw new RuleViolationException("name", "Program " + programId + " has " + MAX_PER_PROGRAM
                    + " scenarios; delete one first");
        }
        Changed<WaveScenario> created = WaveScenario.create(programId, name, computed.state().fingerprint(),
                computed.moves(), computed.effects(), clock.instant());
        return store.insert(created.result(), created.events());
    }

    /** The program's scenarios, newest first, deleted ones left out. */
    List<WaveScenario> list(String programId) {
        return mongo.find(query(where("programId").is(programId).and("status")
                .ne(WaveScenario.Status.DELETED.name())).with(Sort.by(Sort.Direction.DESC, "createdAt")),
                WaveScenario.class);
    }

    WaveScenario get(String programId, String scenarioId) {
        return store.find(WaveScenario.class, scenarioId)
                .filter(s -> s.programId().equals(programId) && s.status() != WaveScenario.Status.DELETED)
                .orElseThrow(() -> new NotFoundException("Scenario", scenarioId));
    }

    /** Whether the program is still in the state the scenario was computed from. */
    boolean current(WaveScenario scenario) {
        return whatIf.state(scenario.programId()).fingerprint().equals(scenario.fingerprint());
    }

    /**
     * Promotes a computed scenario whose program has not changed since (409 otherwise): recorded first, then each
     * rollout's go-live moved; the scenario as it stands when this call is done.
     */
    WaveScenario promote(String programId, String scenarioId) {
        WaveScenario scenario = get(programId, scenarioId);
        if (scenario.status() == WaveScenario.Status.COMPUTED && !current(scenario)) {
            throw new ConflictException("The pool, the assignments or a rollout of program " + programId
                    + " changed since scenario " + scenarioId + " was computed; create it again");
        }
        Changed<WaveScenario.Status> started = scenario.startPromotion(clock.instant());
        return promotions.drive(store.update(scenario, started.events()));
    }

    void delete(String programId, String scenarioId, long version) {
        WaveScenario scenario = get(programId, scenarioId);
        scenario.expectVersion(version);
        Changed<WaveScenario.Status> deleted = scenario.delete(clock.instant());
        store.update(scenario, deleted.events());
    }
}
