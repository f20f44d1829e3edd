package org.golive.budget.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.golive.budget.erp.ErpCsvReader;
import org.golive.budget.erp.ErpImport;
import org.golive.budget.erp.ErpTransaction;
import org.golive.budget.erp.RowProblem;
import org.golive.budget.money.Money;
import org.golive.contract.budget.ThresholdCrossed;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.RuleViolationException;
import org.golive.platform.security.Caller;
import org.golive.platform.security.RolloutAccess;
import org.golive.platform.web.OptionalText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.golive.budget.budget.BudgetViews.MoneyView;

@Tag(name = "Spend", description = "Commitments and actuals against a site budget, by hand or from an ERP export")
@RestController
class SpendController {

    /** Larger exports are split: a whole file is written at once, with an event per transaction. */
    static final int MAX_IMPORT_ROWS = 5_000;

    private final Budgets budgets;
    private final BudgetSettings settings;
    private final Thresholds thresholds;
    private final RolloutAccess access;
    private final Clock clock;

    SpendController(Budgets budgets, BudgetSettings settings, Thresholds thresholds, RolloutAccess access,
                    Clock clock) {
        this.budgets = budgets;
        this.settings = settings;
        this.thresholds = thresholds;
        this.access = access;
        this.clock = clock;
    }

    record SpendForm(@NotBlank @Size(max = 100) String transactionId, @NotNull LocalDate date,
                     @NotNull Category category, @NotNull BigDecimal amount, @Size(max = 500) String description,
                     @Size(max = 200) String vendor, @Size(max = 100) String reference,
                     @Size(max = 40) String lineId) {
    }

    record PositionView(MoneyView approved, MoneyView actual, MoneyView openCommitments, MoneyView exposure) {
    }

    record SpendView(String budgetId, Map<String, PositionView> byCategory, PositionView total, int entries) {
    }

    record Rejected(int line, String column, String message) {
    }

    /** What an import did: a re-import of the same file records nothing and says so. */
    record ImportReport(int rowsRead, int recorded, int alreadyRecorded, List<Rejected> rejected, String fileDigest,
                        int thresholdsCrossed) {
    }

    @Operation(summary = "Record an actual cost (a cost transaction); the same transaction id twice records it once")
    @PostMapping("/budgets/{budgetId}/actuals")
    ResponseEntity<SpendView> actual(@PathVariable String budgetId, @Valid @RequestBody SpendForm form) {
        return record(budgetId, form, SpendEntry.Kind.ACTUAL);
    }

    @Operation(summary = "Record a commitment (purchase order, contract)")
    @PostMapping("/budgets/{budgetId}/commitments")
    ResponseEntity<SpendView> commitment(@PathVariable String budgetId, @Valid @RequestBody SpendForm form) {
        return record(budgetId, form, SpendEntry.Kind.COMMITMENT);
    }

    @Operation(summary = "Import actuals from an ERP CSV export",
            description = "Columns transaction_id, date, category, amount, currency, description, vendor and optional"
                    + " reference. Good rows are recorded together, bad ones reported by line and column; rows"
                    + " recorded before (same transaction id and values) are skipped, so a re-import changes nothing.")
    @PostMapping("/budgets/{budgetId}/actuals/import")
    ImportReport importActuals(@PathVariable String budgetId, @RequestBody byte[] csv) {
        return importFile(budgetId, csv, SpendEntry.Kind.ACTUAL);
    }

    @Operation(summary = "Import commitments (purchase orders) from an ERP CSV export")
    @PostMapping("/budgets/{budgetId}/commitments/import")
    ImportReport importCommitments(@PathVariable String budgetId, @RequestBody byte[] csv) {
        return importFile(budgetId, csv, SpendEntry.Kind.COMMITMENT);
    }

    @Operation(summary = "Spend against the budget by category: approved, actual, open commitments, exposure")
    @GetMapping("/budgets/{budgetId}/spend")
    SpendView spend(@PathVariable String budgetId) {
        Budget budget = budgets.get(budgetId);
        access.check(budget.rolloutId(), RolloutAccess.Action.READ);
        return view(budget);
    }

    record LineForecastView(MoneyView planned, MoneyView actual, MoneyView openCommitments,
                                MoneyView estimateAtCompletion, MoneyView variance) {
    }

    /** @param months planned against actual per month, from the transactions' dates */
    record ForecastView(String budgetId, MoneyView planned, MoneyView estimateAtCompletion, MoneyView variance,
                        Map<String, LineForecastView> categories, Map<String, LineForecastView> lines,
                        Map<String, MonthView> months) {
    }

    @Schema(name = "SpendMonthView") // not BudgetViews' MonthView: one OpenAPI document holds both
    record MonthView(MoneyView planned, MoneyView actual, MoneyView variance) {
    }

    @Operation(summary = "The estimate at completion and the variance by category, by month and in total")
    @GetMapping("/budgets/{budgetId}/forecast")
    ForecastView forecast(@PathVariable String budgetId) {
        Budget budget = budgets.get(budgetId);
        access.check(budget.rolloutId(), RolloutAccess.Action.READ);
        Forecast forecast = budget.forecast();
        Map<String, LineForecastView> categories = new LinkedHashMap<>();
        forecast.categories().forEach((category, line) -> categories.put(category.name(), forecastView(line)));
        Map<String, LineForecastView> lines = new LinkedHashMap<>();
        forecast.lines().forEach((lineId, line) -> lines.put(lineId, forecastView(line)));
        Map<String, MonthView> months = new LinkedHashMap<>();
        forecast.months().forEach((month, m) -> months.put(month.toString(), new MonthView(MoneyView.of(m.planned()),
                MoneyView.of(m.actual()), MoneyView.of(m.variance()))));
        return new ForecastView(budgetId, MoneyView.of(forecast.planned()),
                MoneyView.of(forecast.estimateAtCompletion()), MoneyView.of(forecast.variance()), categories, lines,
                months);
    }

    private static LineForecastView forecastView(Forecast.Line line) {
        return new LineForecastView(MoneyView.of(line.planned()), MoneyView.of(line.actual()),
                MoneyView.of(line.openCommitments()), MoneyView.of(line.estimateAtCompletion()),
                MoneyView.of(line.variance()));
    }

    private ResponseEntity<SpendView> record(String budgetId, SpendForm form, SpendEntry.Kind kind) {
        Budget budget = changeable(budgetId);
        SpendEntry entry = new SpendEntry(form.transactionId().strip(), kind, form.date(), form.category(),
                form.amount(), form.description(), form.vendor(), OptionalText.of(form.reference()), "api",
                Caller.current().name(), clock.instant(), OptionalText.of(form.lineId()));
        Changed<Booking> booked = budget.spend().book(List.of(entry), programThresholds(budget),
                settings.fiscalCalendar(), clock.instant());
        Booking booking = booked.result();
        if (!booking.refused().isEmpty()) {
            throw new RuleViolationException(booking.refused().get(0).field(), booking.refused().get(0).message());
        }
        if (!booking.clashing().isEmpty()) {
            throw new ConflictException("Transaction " + entry.transactionId() + " was recorded before with other"
                    + " values");
        }
        budgets.save(budget, booked.events());
        SpendView view = view(budget);
        return booking.recorded().isEmpty() ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/budgets/" + budgetId + "/spend")).body(view);
    }

    private ImportReport importFile(String budgetId, byte[] csv, SpendEntry.Kind kind) {
        Budget budget = changeable(budgetId);
        FiscalYear year = budget.fiscalYear(settings.fiscalCalendar());
        ErpCsvReader.Options options = (kind == SpendEntry.Kind.ACTUAL
                ? ErpCsvReader.Options.actuals(budget.currency()) : ErpCsvReader.Options.commitments(budget.currency()))
                .withDatesBetween(year.firstDay(), year.lastDay())
                .withMaxRows(MAX_IMPORT_ROWS);
        ErpImport read = new ErpCsvReader().read(csv, options);
        String source = "import:" + read.fileDigest();
        Instant now = clock.instant();
        List<SpendEntry> entries = read.accepted().stream().map(t -> entry(t, kind, source, now)).toList();
        Changed<Booking> booked = budget.spend().book(entries, programThresholds(budget), settings.fiscalCalendar(),
                now);
        Booking booking = booked.result();
        if (booked.raisedEvents()) {
            budgets.save(budget, booked.events());
        }
        List<Rejected> rejected = new ArrayList<>();
        for (RowProblem problem : read.rejected()) {
            rejected.add(new Rejected(problem.line(), problem.column(), problem.message()));
        }
        for (Booking.Refusal refusal : booking.refused()) {
            rejected.add(new Rejected(lineOf(read, refusal.entry()), column(refusal.field()), refusal.message()));
        }
        for (SpendEntry clash : booking.clashing()) {
            rejected.add(new Rejected(lineOf(read, clash), "transaction_id", "Transaction " + clash.transactionId()
                    + " was recorded before with other values"));
        }
        rejected.sort((a, b) -> Integer.compare(a.line(), b.line()));
        long crossings = booked.events().stream()
                .filter(e -> e.data() instanceof ThresholdCrossed).count();
        return new ImportReport(read.rowsRead(), booking.recorded().size(), booking.alreadyRecorded().size(),
                rejected, read.fileDigest(), (int) crossings);
    }

    private static int lineOf(ErpImport read, SpendEntry entry) {
        return read.accepted().stream().filter(t -> t.transactionId().equals(entry.transactionId()))
                .mapToInt(ErpTransaction::line).findFirst().orElse(0);
    }

    private static SpendEntry entry(ErpTransaction t, SpendEntry.Kind kind, String source, Instant now) {
        return new SpendEntry(t.transactionId(), kind, t.date(), Category.valueOf(t.category()), t.amount(),
                t.description(), t.vendor(), t.reference(), source, Caller.current().name(), now, t.lineId());
    }

    private List<Integer> programThresholds(Budget budget) {
        return thresholds.ofProgram(budget.programId()).values();
    }

    private Budget changeable(String budgetId) {
        Budget budget = budgets.get(budgetId);
        access.check(budget.rolloutId(), RolloutAccess.Action.CHANGE);
        return budget;
    }

    /** The CSV column of a refused entry's field: {@code lineId} is {@code line_id}. */
    private static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static SpendView view(Budget budget) {
        var unit = budget.currencyUnit();
        Map<String, PositionView> byCategory = new LinkedHashMap<>();
        budget.ledger().byCategory(unit).forEach((category, position) -> byCategory.put(category.name(),
                position(budget.approvedFor(category), position)));
        return new SpendView(budget.id(), byCategory, position(budget.total(), budget.ledger().total(unit)),
                budget.ledger().size());
    }

    private static PositionView position(Money approved, SpendLedger.Position position) {
        return new PositionView(MoneyView.of(approved), MoneyView.of(position.actual()),
                MoneyView.of(position.openCommitments()), MoneyView.of(position.exposure()));
    }
}
