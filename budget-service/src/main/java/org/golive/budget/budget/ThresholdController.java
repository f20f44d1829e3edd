package org.golive.budget.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.security.Caller;
import org.golive.platform.security.RolloutAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

@Tag(name = "Thresholds", description = "The shares of an approved budget (percent) whose crossing by spend raises"
        + " org.golive.budget.threshold.crossed.v1: per program, and per budget where one needs its own")
@RestController
class ThresholdController {

    private final Thresholds thresholds;
    private final Budgets budgets;
    private final RolloutAccess access;

    ThresholdController(Thresholds thresholds, Budgets budgets, RolloutAccess access) {
        this.thresholds = thresholds;
        this.budgets = budgets;
        this.access = access;
    }

    enum Source { BUDGET, PROGRAM, DEFAULT }

    /**
     * @param percents ascending whole percents of the approved budget, e.g. [75, 90, 100]
     * @param version  the program's thresholds' version you read; leave it out when setting its first ones
     */
    record ProgramThresholdsForm(@NotNull List<Integer> percents, Long version) {
    }

    /**
     * @param percents the budget's own thresholds; null to follow its program's again
     * @param version  the budget's version you read
     */
    record BudgetThresholdsForm(List<Integer> percents, @NotNull Long version) {
    }

    /**
     * @param source            PROGRAM when the program set its own, DEFAULT when the configured ones apply
     * @param version           null until the program sets its own
     * @param thresholdsCrossed on a change: the crossings its approved budgets announced under the new thresholds
     */
    record ProgramThresholdsView(String programId, List<Integer> percents, Source source, String setBy,
                                 Instant setAt, Long version, Integer thresholdsCrossed) {
    }

    /** A threshold spend has passed and not fallen back below: of the whole budget (TOTAL) or of a category. */
    record CrossedThresholdView(String scope, Category category, int percent) {
    }

    /**
     * @param percents    what applies to this budget
     * @param ownPercents the budget's own, or null when it follows its program's
     * @param version     the budget's version (a change of thresholds is a change of the budget)
     */
    record BudgetThresholdsView(String budgetId, String programId, List<Integer> percents, List<Integer> ownPercents,
                                Source source, List<CrossedThresholdView> crossed, long version) {
    }

    @Operation(summary = "A program's spend thresholds: its own, or the configured defaults")
    @GetMapping("/programs/{programId}/thresholds")
    ProgramThresholdsView programThresholds(@PathVariable String programId) {
        known(programId);
        return programView(programId, null);
    }

    @Operation(summary = "Set a program's spend thresholds (finance or PMO)",
            description = "Applies to every budget of the program without thresholds of its own; an approved budget"
                    + " whose spend is already past a new threshold announces it at once. Publishes"
                    + " org.golive.budget.thresholds.set.v1. The first thresholds of a program are sent without a"
                    + " version; later ones carry the version read (a stale one is 409).")
    @PutMapping("/programs/{programId}/thresholds")
    ProgramThresholdsView setForProgram(@PathVariable String programId,
                                        @Valid @RequestBody ProgramThresholdsForm form) {
        known(programId);
        ThresholdPercents percents = ThresholdPercents.checked(form.percents(), "percents");
        Thresholds.Applied applied = thresholds.setForProgram(programId, form.version(), percents,
                Caller.current().name());
        return programView(programId, applied.thresholdsCrossed());
    }

    @Operation(summary = "A budget's spend thresholds, where they come from, and which spend has passed")
    @GetMapping("/budgets/{budgetId}/thresholds")
    BudgetThresholdsView budgetThresholds(@PathVariable String budgetId) {
        Budget budget = budgets.get(budgetId);
        access.check(budget.rolloutId(), RolloutAccess.Action.READ);
        return budgetView(budget);
    }

    @Operation(summary = "Set a budget's own spend thresholds, or with percents null follow its program's (finance"
            + " or PMO)", description = "Carries the budget's version read (a stale one is 409). Spend already past"
            + " a new threshold of an approved budget is announced at once.")
    @PutMapping("/budgets/{budgetId}/thresholds")
    BudgetThresholdsView setForBudget(@PathVariable String budgetId, @Valid @RequestBody BudgetThresholdsForm form) {
        Budget budget = budgets.get(budgetId);
        access.check(budget.rolloutId(), RolloutAccess.Action.CHANGE);
        ThresholdPercents own = form.percents() == null ? null : ThresholdPercents.checked(form.percents(),
                "percents");
        return budgetView(thresholds.setForBudget(budget, form.version(), own, Caller.current().name()));
    }

    private void known(String programId) {
        if (!budgets.knowsProgram(programId)) {
            throw new NotFoundException("Program", programId);
        }
    }

    private ProgramThresholdsView programView(String programId, Integer crossed) {
        return thresholds.policy(programId)
                .map(p -> new ProgramThresholdsView(programId, p.percents().values(), Source.PROGRAM, p.setBy(),
                        p.setAt(), p.version(), crossed))
                .orElseGet(() -> new ProgramThresholdsView(programId, thresholds.defaults().values(), Source.DEFAULT,
                        null, null, null, crossed));
    }

    private BudgetThresholdsView budgetView(Budget budget) {
        ThresholdPercents program = thresholds.ofProgram(budget.programId());
        List<Integer> applied = budget.thresholds(program).values();
        Source source = budget.ownThresholds() != null ? Source.BUDGET
                : thresholds.policy(budget.programId()).isPresent() ? Source.PROGRAM : Source.DEFAULT;
        List<CrossedThresholdView> crossed = budget.ledger().crossedKeys().stream()
                .filter(key -> applied.contains(key.percent()))
                .sorted(Comparator.comparing(ThresholdKey::percent).thenComparing(ThresholdKey::isTotal,
                        Comparator.reverseOrder()).thenComparing(key -> key.isTotal() ? "" : key.category().name()))
                .map(key -> new CrossedThresholdView(key.isTotal() ? "TOTAL" : "CATEGORY", key.category(),
                        key.percent()))
                .toList();
        return new BudgetThresholdsView(budget.id(), budget.programId(), applied, budget.ownThresholds(), source,
                crossed, budget.version());
    }
}
