package org.golive.budget.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.security.Caller;
import org.golive.platform.security.RolloutAccess;
import org.golive.platform.web.OptionalText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.List;

import static org.golive.budget.budget.BudgetViews.BudgetView;
import static org.golive.budget.budget.BudgetViews.ChangeRequestView;

@Tag(name = "Budgets", description = "Site budgets per fiscal year: lines by category and month, and their approval")
@RestController
class BudgetController {

    private final Budgets budgets;
    private final BudgetApprovals approvals;
    private final BudgetSettings settings;
    private final RolloutAccess access;
    private final Clock clock;

    BudgetController(Budgets budgets, BudgetApprovals approvals, BudgetSettings settings, RolloutAccess access,
                     Clock clock) {
        this.budgets = budgets;
        this.approvals = approvals;
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    /** @param goLiveBudgetId the budget of the fiscal year the site goes live in */
    record RolloutBudgetsView(String rolloutId, String siteName, String goLiveBudgetId, List<BudgetView> budgets) {
    }

    /** @param months each {@code {"month": "2027-03", "amount": "12500.00"}} in the budget's currency */
    record LineForm(String lineId, @NotNull Category category, ExpenditureType kind,
                    @Size(max = 500) String description,
                    @NotNull @Size(max = 12) List<@Valid @NotNull MonthForm> months) {

        LineDraft draft() {
            return new LineDraft(lineId, category, kind, description,
                    months.stream().map(m -> new LineDraft.Month(m.month(), m.amount())).toList());
        }
    }

    record MonthForm(String month, BigDecimal amount) {
    }

    record LinesForm(@NotNull @Size(max = 200) List<@Valid @NotNull LineForm> lines, @NotNull Long version) {
    }

    record VersionForm(@NotNull Long version) {
    }

    /** @param overrideReason approve past the program's envelope, saying why (recorded and published) */
    record ApprovalForm(@NotNull Long version, @Size(max = 1000) String overrideReason) {
    }

    record ReturnForm(@NotNull Long version, @NotBlank @Size(max = 1000) String reason) {
    }

    @Operation(summary = "The budgets of a site rollout, one per fiscal year")
    @GetMapping("/rollouts/{rolloutId}")
    RolloutBudgetsView ofRollout(@PathVariable String rolloutId) {
        access.check(rolloutId, RolloutAccess.Action.READ);
        List<Budget> found = budgets.ofRollout(rolloutId);
        if (found.isEmpty()) {
            throw new NotFoundException("Budget of rollout", rolloutId);
        }
        String goLiveBudget = found.stream().filter(b -> b.isGoLiveYear(settings.fiscalCalendar())).map(Budget::id)
                .findFirst().orElse(found.get(found.size() - 1).id());
        return new RolloutBudgetsView(rolloutId, found.get(0).siteName(), goLiveBudget,
                found.stream().map(BudgetView::of).toList());
    }

    @Operation(summary = "Read one budget with its lines and totals")
    @GetMapping("/budgets/{budgetId}")
    BudgetView get(@PathVariable String budgetId) {
        return BudgetView.of(readable(budgetId));
    }

    @Operation(summary = "Replace the lines of a draft budget (category, CAPEX/OPEX, amount per month)")
    @PutMapping("/budgets/{budgetId}/lines")
    BudgetView reviseLines(@PathVariable String budgetId, @Valid @RequestBody LinesForm form) {
        Budget budget = changeable(budgetId, form.version());
        var revised = budget.reviseLines(form.lines().stream().map(LineForm::draft).toList(),
                settings.fiscalCalendar());
        return BudgetView.of(budgets.save(revised));
    }

    @Operation(summary = "Submit a draft budget for finance's approval")
    @PostMapping("/budgets/{budgetId}/submit")
    BudgetView submit(@PathVariable String budgetId, @Valid @RequestBody VersionForm form) {
        Budget budget = changeable(budgetId, form.version());
        return BudgetView.of(budgets.save(budget.submit(Caller.current().name(), clock.instant())));
    }

    @Operation(summary = "Approve a submitted budget (finance)",
            description = "Refused (422) when it would take the program over its envelope for the fiscal year, unless"
                    + " an override reason is given; the override is recorded and published.")
    @PostMapping("/budgets/{budgetId}/approve")
    BudgetView approve(@PathVariable String budgetId, @Valid @RequestBody ApprovalForm form) {
        readable(budgetId);
        return BudgetView.of(approvals.approve(budgetId, form.version(), form.overrideReason(),
                Caller.current().name()));
    }

    @Operation(summary = "Send a submitted budget back to draft, saying why (finance)")
    @PostMapping("/budgets/{budgetId}/return")
    BudgetView returnToDraft(@PathVariable String budgetId, @Valid @RequestBody ReturnForm form) {
        readable(budgetId);
        return BudgetView.of(approvals.returnToDraft(budgetId, form.version(), form.reason().strip(),
                Caller.current().name()));
    }

    @Operation(summary = "Close an approved budget (finance)")
    @PostMapping("/budgets/{budgetId}/close")
    BudgetView close(@PathVariable String budgetId, @Valid @RequestBody VersionForm form) {
        Budget budget = readable(budgetId);
        budget.expectVersion(form.version());
        return BudgetView.of(budgets.save(budget.close(Caller.current().name(), clock.instant())));
    }

    /** @param lineId the line to change, or null for a new line of {@code category} */
    record ChangeForm(String lineId, Category category, @NotBlank String month, @NotNull BigDecimal amount,
                      @NotBlank @Size(max = 2000) String justification, @NotNull Long version) {
    }

    /** @param overrideReason when an increase would take the program past its envelope */
    record DecisionForm(@NotNull Boolean approve, @Size(max = 1000) String note,
                        @Size(max = 1000) String overrideReason, @NotNull Long version) {
    }

    @Operation(summary = "Ask to change an approved budget: an amount on a line and month, with a justification")
    @PostMapping("/budgets/{budgetId}/change-requests")
    ResponseEntity<ChangeRequestView> requestChange(@PathVariable String budgetId,
                                                    @Valid @RequestBody ChangeForm form) {
        Budget budget = changeable(budgetId, form.version());
        Changed<ChangeRequest> requested = budget.changes().request(new ChangeRequests.Ask(
                OptionalText.of(form.lineId()), form.category(), form.month(), form.amount(),
                form.justification().strip()),
                settings.fiscalCalendar(), Caller.current().name(), clock.instant());
        budgets.save(budget, requested.events());
        ChangeRequest request = requested.result();
        return ResponseEntity.created(URI.create("/budgets/" + budgetId + "/change-requests/" + request.id()))
                .body(ChangeRequestView.of(request));
    }

    @Operation(summary = "The change requests of a budget, decided and pending: its history")
    @GetMapping("/budgets/{budgetId}/change-requests")
    List<ChangeRequestView> changeRequests(@PathVariable String budgetId) {
        return readable(budgetId).changeRequests().stream().map(ChangeRequestView::of).toList();
    }

    @Operation(summary = "Approve or reject a change request (finance)")
    @PostMapping("/budgets/{budgetId}/change-requests/{requestId}/decision")
    BudgetView decide(@PathVariable String budgetId, @PathVariable String requestId,
                      @Valid @RequestBody DecisionForm form) {
        readable(budgetId);
        return BudgetView.of(approvals.decideChange(budgetId, requestId, form.version(), form.approve(),
                form.note(), form.overrideReason(), Caller.current().name()));
    }

    private Budget readable(String budgetId) {
        Budget budget = budgets.get(budgetId);
        access.check(budget.rolloutId(), RolloutAccess.Action.READ);
        return budget;
    }

    private Budget changeable(String budgetId, Long version) {
        Budget budget = budgets.get(budgetId);
        access.check(budget.rolloutId(), RolloutAccess.Action.CHANGE);
        budget.expectVersion(version);
        return budget;
    }
}
