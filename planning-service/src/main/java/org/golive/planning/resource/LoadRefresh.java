package org.golive.planning.resource;

import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Computes a program's capacity view again after a change of its pool, its assignments or its assigned tasks' dates,
 * and stores it with the over-allocation events the change caused. Only the rollouts whose assignments changed are
 * read and spread again ({@link SiteLoads}); the others' spread demand is added up as kept. Two refreshes of one program racing: the later
 * write finds the version moved and computes again from what is stored then.
 */
@Component
class LoadRefresh {

    private static final Logger log = LoggerFactory.getLogger(LoadRefresh.class);
    private static final int ATTEMPTS = 5;

    private final AggregateStore store;
    private final SiteLoads sites;
    private final Resources resources;
    private final Clock clock;

    LoadRefresh(AggregateStore store, SiteLoads sites, Resources resources, Clock clock) {
        this.store = store;
        this.sites = sites;
        this.resources = resources;
        this.clock = clock;
    }

    void program(String programId) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                refresh(programId);
                return;
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                log.debug("Capacity of program {} computed by someone else meanwhile; again ({})", programId, attempt);
            } catch (RuleViolationException tooMany) {
                // The change that caused it is stored already: answering it with a 422 would say it was not.
                log.error("Capacity of program {} not stored: {}", programId, tooMany.getMessage());
                return;
            }
        }
        log.warn("Capacity of program {} not stored after {} attempts; the next change of it computes it again",
                programId, ATTEMPTS);
    }

    private void refresh(String programId) {
        ProgramLoad load = store.find(ProgramLoad.class, programId).orElse(null);
        List<PoolMember> pool = resources.pool(programId).stream().map(PoolMember::of).toList();
        LoadTable table = ProgramLoads.add(pool, sites.of(programId));
        if (load == null) {
            ProgramLoad created = ProgramLoad.empty(programId);
            Changed<Boolean> changed = created.recompute(table, clock.instant());
            store.insert(created, changed.events());
            return;
        }
        Changed<Boolean> changed = load.recompute(table, clock.instant());
        if (changed.result()) {
            store.update(load, changed.events());
        }
    }
}
