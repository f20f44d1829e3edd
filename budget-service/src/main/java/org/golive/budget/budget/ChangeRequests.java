package org.golive.budget.budget;

import org.golive.budget.money.Money;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The change requests of an approved budget, pending and decided: its history. A value: opening or deciding a
 * request returns new requests, which the budget then holds.
 */
record ChangeRequests(List<ChangeRequest> all) {

    ChangeRequests {
        all = List.copyOf(all);
    }

    /** What a change asks for, as a user gave it. */
    record Ask(String lineId, Category category, String month, BigDecimal amount, String justification) {
    }

    /**
     * A new pending request, checked against the plan: it names an existing line, or the category of a new one, a
     * month of the fiscal year and an amount other than zero.
     */
    ChangeRequest open(Ask ask, LinePlan plan, FiscalYear year, String budgetId, String by, Instant now) {
        Category target = ask.category();
        if (ask.lineId() != null) {
            target = plan.line(ask.lineId()).orElseThrow(() -> new RuleViolationException("lineId", "Budget "
                    + budgetId + " has no line " + ask.lineId())).category();
        } else if (target == null) {
            throw new RuleViolationException("category", "Name the line to change, or the category of a new line");
        }
        YearMonth month = Given.month(ask.month(), "month");
        year.require(month, "month");
        Money delta = Given.money(ask.amount(), plan.currency(), "amount");
        if (delta.isZero()) {
            throw new RuleViolationException("amount", "A change of zero changes nothing");
        }
        return new ChangeRequest("cr-" + (all.size() + 1), ask.lineId(), target, month.toString(), delta.amount(),
                ask.justification(), by, now, ChangeRequest.Decision.PENDING, null, null, null);
    }

    ChangeRequests with(ChangeRequest request) {
        List<ChangeRequest> changed = new ArrayList<>(all);
        if (changed.stream().anyMatch(r -> r.id().equals(request.id()))) {
            changed.replaceAll(r -> r.id().equals(request.id()) ? request : r);
        } else {
            changed.add(request);
        }
        return new ChangeRequests(changed);
    }

    ChangeRequest get(String requestId) {
        return all.stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Change request", requestId));
    }

    /** The request, if it still waits for a decision; a conflict once decided. */
    ChangeRequest pending(String requestId) {
        ChangeRequest request = get(requestId);
        if (request.decision() != ChangeRequest.Decision.PENDING) {
            throw new ConflictException("Change request " + requestId + " was already " + request.decision());
        }
        return request;
    }
}
