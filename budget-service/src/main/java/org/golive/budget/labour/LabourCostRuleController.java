package org.golive.budget.labour;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.golive.budget.budget.Budgets;
import org.golive.platform.outbox.AggregateStore;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@Tag(name = "Labour cost", description = "Whether planning's labour cost (assignments x rates) flows into a"
        + " program's draft site budgets as labour lines")
@RestController
class LabourCostRuleController {

    private final AggregateStore store;
    private final Budgets budgets;
    private final LabourCostIntake intake;
    private final Clock clock;

    LabourCostRuleController(AggregateStore store, Budgets budgets, LabourCostIntake intake, Clock clock) {
        this.store = store;
        this.budgets = budgets;
        this.intake = intake;
        this.clock = clock;
    }

    /**
     * @param enabled true: planning's labour cost becomes the program's draft budgets' planning lines
     * @param version the rule's version you read; leave it out when setting it the first time
     */
    record LabourCostRuleForm(@NotNull Boolean enabled, Long version) {
    }

    /**
     * @param version        null until finance first sets the rule (it is off until then)
     * @param budgetsUpdated on a change: the draft budgets that took planning's labour cost at once
     */
    record LabourCostRuleView(String programId, boolean enabled, String setBy, Instant setAt, Long version,
                              Integer budgetsUpdated) {
    }

    @Operation(summary = "Whether a program's draft budgets take planning's labour cost (off until finance sets it)")
    @GetMapping("/programs/{programId}/labour-cost-rule")
    LabourCostRuleView read(@PathVariable String programId) {
        known(programId);
        return view(programId, store.find(LabourCostRule.class, programId), null);
    }

    @Operation(summary = "Switch on or off taking planning's labour cost into a program's draft budgets (finance)",
            description = "On: every draft budget of the program gets one line per role (id planning-labour-<role>,"
                    + " origin PLANNING) with planning's labour cost in the budget's fiscal year, replaced whole by"
                    + " each later cost planning publishes; manual lines are never touched. Off: the lines stay as"
                    + " they are and stop following planning. Submitted, approved and closed budgets keep their"
                    + " lines. Publishes org.golive.budget.labour-cost-rule.set.v1. The first PUT has no version,"
                    + " later ones carry the version read (stale: 409).")
    @PutMapping("/programs/{programId}/labour-cost-rule")
    LabourCostRuleView set(@PathVariable String programId, @Valid @RequestBody LabourCostRuleForm form) {
        known(programId);
        Optional<LabourCostRule> stored = store.find(LabourCostRule.class, programId);
        LabourCostRule rule = stored.orElseGet(() -> LabourCostRule.open(programId));
        if (stored.isPresent()) {
            rule.expectVersion(form.version());
        } else if (form.version() != null) {
            rule.expectVersion(form.version()); // a version for a rule never set: someone else's view, 409
        }
        var changed = rule.set(form.enabled(), Caller.current().name(), clock.instant());
        LabourCostRule saved = stored.isPresent() ? store.update(rule, changed.events())
                : store.insert(rule, changed.events());
        Integer updated = saved.enabled() ? intake.program(programId) : 0;
        return view(programId, Optional.of(saved), updated);
    }

    private void known(String programId) {
        if (!budgets.knowsProgram(programId)) {
            throw new NotFoundException("Program", programId);
        }
    }

    private static LabourCostRuleView view(String programId, Optional<LabourCostRule> rule, Integer updated) {
        return rule.map(r -> new LabourCostRuleView(programId, r.enabled(), r.setBy(), r.setAt(), r.version(),
                        updated))
                .orElseGet(() -> new LabourCostRuleView(programId, false, null, null, null, updated));
    }
}
