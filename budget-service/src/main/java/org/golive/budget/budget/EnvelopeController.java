package org.golive.budget.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.golive.platform.input.FiscalYear;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.golive.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;

import static org.golive.budget.budget.BudgetViews.EnvelopeView;

@Tag(name = "Envelopes", description = "What a program may approve across its site budgets in a fiscal year")
@RestController
class EnvelopeController {

    private final Envelopes envelopes;
    private final Budgets budgets;
    private final BudgetSettings settings;
    private final Clock clock;

    EnvelopeController(Envelopes envelopes, Budgets budgets, BudgetSettings settings, Clock clock) {
        this.envelopes = envelopes;
        this.budgets = budgets;
        this.settings = settings;
        this.clock = clock;
    }

    /** @param version the envelope's version you read; leave it out when setting a program's first envelope */
    record EnvelopeForm(@NotNull BigDecimal amount, @Size(max = 3) String currency, Long version) {
    }

    @Operation(summary = "Set a program's envelope for a fiscal year (finance)")
    @PutMapping("/programs/{programId}/envelopes/{fiscalYear}")
    EnvelopeView set(@PathVariable String programId, @PathVariable @FiscalYear int fiscalYear,
                     @Valid @RequestBody EnvelopeForm form) {
        if (!budgets.knowsProgram(programId)) {
            throw new NotFoundException("Program", programId);
        }
        Currency currency = settings.currency();
        Envelope envelope = envelopes.find(programId, fiscalYear).orElse(null);
        if (envelope == null) {
            envelope = Envelope.open(programId, fiscalYear, currency);
        } else {
            envelope.expectVersion(form.version());
        }
        Currency given = form.currency() == null ? currency : currencyOf(form.currency());
        return EnvelopeView.of(envelopes.save(envelope.set(Given.money(form.amount(), given, "amount"),
                Caller.current().name(), clock.instant())));
    }

    @Operation(summary = "A program's envelope for a fiscal year: amount, what is approved, what remains")
    @GetMapping("/programs/{programId}/envelopes/{fiscalYear}")
    EnvelopeView get(@PathVariable String programId, @PathVariable @FiscalYear int fiscalYear) {
        return EnvelopeView.of(envelopes.find(programId, fiscalYear)
                .orElseThrow(() -> new NotFoundException("Envelope", programId + " FY" + fiscalYear)));
    }

    private static Currency currencyOf(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("currency", code
                    + " is not an ISO 4217 currency code");
        }
    }
}
