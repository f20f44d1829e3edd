package org.golive.tracking.benefits;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.golive.contract.tracking.KpiMeasured;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.RuleViolationException;
import org.golive.platform.security.Caller;
import org.golive.platform.security.RolloutAccess;
import org.golive.tracking.benefits.BenefitsViews.SiteKpiView;
import org.golive.tracking.benefits.BenefitsViews.SiteView;
import org.golive.tracking.status.StatusDate;
import org.golive.tracking.training.RowProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

@Tag(name = "KPI values", description = "A site's measured KPI values by month: baselines before go-live, values"
        + " after")
@RestController
class ValuesController {

    private final Kpis kpis;
    private final BenefitSites sites;
    private final BenefitsQueries queries;
    private final RolloutAccess access;
    private final StatusDate today;
    private final Clock clock;
    private final ValueImport reader = new ValueImport();

    ValuesController(Kpis kpis, BenefitSites sites, BenefitsQueries queries, RolloutAccess access, StatusDate today,
                     Clock clock) {
        this.kpis = kpis;
        this.sites = sites;
        this.queries = queries;
        this.access = access;
        this.today = today;
        this.clock = clock;
    }

    /** @param revision omit for a month not recorded yet; the value's revision read when changing it */
    record ValueForm(@NotNull BigDecimal value, @Size(max = 500) String note, @Min(1) Integer revision) {
    }

    /** What an import did: rows read, accepted, the rows left out by line and column, values that changed. */
    record ImportReport(int rowsRead, int accepted, List<RowProblem> rejected, int valuesChanged, SiteView site) {
    }

    @Operation(summary = "A site's KPIs: every value with its phase, and its progress in the month (this one by"
            + " default)")
    @GetMapping("/benefits/rollouts/{rolloutId}")
    SiteView site(@PathVariable String rolloutId, @RequestParam(required = false) YearMonth period) {
        BenefitSites.Site site = sites.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        return queries.site(site, BenefitsViews.month(period, today.today()));
    }

    @Operation(summary = "Record a KPI's value for a month (no revision), or change it (the revision read)")
    @PutMapping("/benefits/rollouts/{rolloutId}/kpis/{kpiId}/values/{period}")
    SiteKpiView record(@PathVariable String rolloutId, @PathVariable String kpiId, @PathVariable YearMonth period,
                       @Valid @RequestBody ValueForm form) {
        BenefitSites.Site site = changeable(rolloutId);
        Kpi kpi = kpis.get(site.programId(), kpiId);
        YearMonth thisMonth = YearMonth.from(today.today());
        if (period.isAfter(thisMonth) || period.getYear() < 1900) {
            throw new RuleViolationException("period", "A month from 1900-01 to this month (" + thisMonth
                    + "): nothing is measured ahead");
        }
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        KpiSeries.Entry entry = new KpiSeries.Entry(period, form.value(), note);
        return kpis.changeSeries(rolloutId, site.programId(), kpiId, series -> series.record(entry, form.revision(),
                kpi, site.goLiveDate(), Caller.current().name(), clock.instant()),
                changed -> queries.siteKpi(site, kpi, changed.result(), thisMonth));
    }

    @Operation(summary = "Import a measuring system's export of the site's values (text/csv)",
            description = "Columns kpi_id, period (YYYY-MM), value and optional note. Good rows are recorded (a"
                    + " month's value replaced whatever its revision: the export is the latest word), rows with"
                    + " problems are left out and reported by line and column; a file that cannot be read changes"
                    + " nothing. The same file again changes nothing.")
    @PostMapping("/benefits/rollouts/{rolloutId}/values/import")
    ImportReport importFile(@PathVariable String rolloutId, @RequestBody byte[] csv) {
        BenefitSites.Site site = changeable(rolloutId);
        Map<String, Kpi> byId = new HashMap<>();
        kpis.ofProgram(site.programId()).forEach(k -> byId.put(k.kpiId(), k));
        YearMonth thisMonth = YearMonth.from(today.today());
        ValueImport.Result result = reader.read(csv, new HashSet<>(byId.keySet()), thisMonth);
        String source = "import:" + sha256(csv);
        String by = Caller.current().name();
        int changed = 0;
        for (Map.Entry<String, List<KpiSeries.Entry>> entries : result.entries().entrySet()) {
            Kpi kpi = byId.get(entries.getKey());
            changed += kpis.changeSeries(rolloutId, site.programId(), kpi.kpiId(), series -> series.recordAll(
                    entries.getValue(), kpi, site.goLiveDate(), source, by, clock.instant()),
                    ValuesController::valuesChanged);
        }
        return new ImportReport(result.rowsRead(), result.accepted(), result.rejected(), changed,
                queries.site(site, thisMonth));
    }

    private BenefitSites.Site changeable(String rolloutId) {
        BenefitSites.Site site = sites.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.CHANGE);
        return site;
    }

    /** How many values a change wrote: those its event carries (a value sent as it was raises none). */
    private static int valuesChanged(Changed<KpiSeries> changed) {
        return changed.events().stream().mapToInt(e -> ((KpiMeasured) e.data()).values().size()).sum();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
