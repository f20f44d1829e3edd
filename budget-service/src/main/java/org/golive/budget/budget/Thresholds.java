package org.golive.budget.budget;

import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.ConcurrentChanges;
import org.golive.platform.problem.ConflictException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Which spend thresholds apply to a budget: its own, else its program's policy, else the configured defaults. A
 * program's new thresholds are applied to its approved budgets at once, each budget in its own write: spend already
 * past a new threshold is announced then. Should the process stop between the policy's write and a budget's (or the
 * budget be too busy to write), that budget announces the crossing at its next booking (the ledger remembers what it
 * announced, so never twice).
 */
@Service
public class Thresholds {

    private final ThresholdPolicies policies;
    private final Budgets budgets;
    private final BudgetSettings settings;
    private final Clock clock;

    Thresholds(ThresholdPolicies policies, Budgets budgets, BudgetSettings settings, Clock clock) {
        this.policies = policies;
        this.budgets = budgets;
        this.settings = settings;
        this.clock = clock;
    }

    /** What a program's budgets without thresholds of their own use. */
    public ThresholdPercents ofProgram(String programId) {
        return policy(programId).map(ThresholdPolicy::percents).orElseGet(this::defaults);
    }

    Optional<ThresholdPolicy> policy(String programId) {
        return policies.find(programId);
    }

    ThresholdPercents defaults() {
        return ThresholdPercents.ofSettings(settings.thresholds());
    }

    /**
     * Sets a program's thresholds: the first time without a version, later with the version read.
     *
     * @return the stored policy and how many crossings its approved budgets announced under it
     */
    Applied setForProgram(String programId, Long versionRead, ThresholdPercents percents, String by) {
        ThresholdPolicy policy = policies.find(programId).orElse(null);
        if (policy == null) {
            if (versionRead != null) {
                throw new ConflictException("Program " + programId + " has no thresholds of its own yet (you sent"
                        + " version " + versionRead + "); send its first ones without a version");
            }
            policy = ThresholdPolicy.open(programId);
        } else {
            policy.expectVersion(versionRead);
        }
        Instant now = clock.instant();
        ThresholdPolicy saved = policies.save(policy.set(percents, by, now));
        int crossings = 0;
        for (Budget budget : budgets.ofProgram(programId)) {
            if (budget.status() == BudgetStatus.APPROVED && budget.ownThresholds() == null) {
                try {
                    crossings += ConcurrentChanges.retry(() -> reassess(budget.id(), percents, now));
                } catch (OptimisticLockingFailureException busy) {
                    // The policy is stored; this busy budget announces its crossings at its next booking.
                }
            }
        }
        return new Applied(saved, crossings);
    }

    record Applied(ThresholdPolicy policy, int thresholdsCrossed) {
    }

    private int reassess(String budgetId, ThresholdPercents program, Instant now) {
        Changed<Budget> reassessed = budgets.get(budgetId).thresholdRules().reassess(program, now);
        if (reassessed.raisedEvents()) {
            budgets.save(reassessed);
        }
        return reassessed.events().size();
    }

    /** Sets a budget's own thresholds, or with {@code own} null returns it to its program's. */
    Budget setForBudget(Budget budget, Long versionRead, ThresholdPercents own, String by) {
        budget.expectVersion(versionRead);
        return budgets.save(budget.thresholdRules().set(own, ofProgram(budget.programId()), by, clock.instant()));
    }
}
