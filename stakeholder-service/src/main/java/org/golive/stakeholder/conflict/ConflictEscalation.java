package org.golive.stakeholder.conflict;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Escalates overdue conflicts, one rung per check and per step. Several instances may run the check at once: each
 * escalation is a write conditional on the version it read, so one instance wins and the others find it done. A
 * crash between checks loses nothing: the next check finds what is still due.
 */
@Component
class ConflictEscalation {

    private static final Logger log = LoggerFactory.getLogger(ConflictEscalation.class);

    private final Conflicts conflicts;
    private final Clock clock;
    private final Duration step;

    ConflictEscalation(Conflicts conflicts, Clock clock,
                       @Value("${golive.conflicts.escalation-step:P1D}") Duration step) {
        this.conflicts = conflicts;
        this.clock = clock;
        this.step = step;
    }

    @Scheduled(fixedDelayString = "${golive.conflicts.escalation-check:PT1M}",
            initialDelayString = "${golive.conflicts.escalation-check:PT1M}")
    void check() {
        escalateDue(clock.instant());
    }

    /** @return how many conflicts this call escalated */
    int escalateDue(Instant now) {
        int escalated = 0;
        for (String id : conflicts.dueForEscalation(now)) {
            try {
                var change = conflicts.get(id).escalateIfDue(now, step);
                if (change.isPresent()) {
                    conflicts.update(change.get());
                    escalated++;
                }
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // Another instance escalated it, or a user resolved it: the next check sees the stored state.
                log.debug("Conflict {} changed during its escalation check", id);
            }
        }
        return escalated;
    }
}
