package org.golive.tracking.benefits;

import org.golive.contract.tracking.KpiDefined;
import org.golive.contract.tracking.KpiMeasured;
import org.golive.platform.outbox.RaisedEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The events KPIs and their values raise, in the published contract's shape. */
final class BenefitsEvents {

    /** A month whose value changed, and the value it had. */
    record MeasuredValue(YearMonth period, BigDecimal value, BigDecimal previous) {
    }

    private BenefitsEvents() {
    }

    /** Keyed by program: a KPI belongs to the program, not to one site. */
    static RaisedEvent defined(Kpi kpi) {
        return RaisedEvent.of(kpi.programId(), new KpiDefined(kpi.programId(), kpi.goalId(), kpi.kpiId(), kpi.name(),
                kpi.unit(), kpi.direction().name(), kpi.baselineValue().toPlainString(),
                kpi.targetValue().toPlainString(), kpi.targetDate(), kpi.currency(), kpi.definedBy(),
                kpi.definedAt()));
    }

    static RaisedEvent measured(KpiSeries series, Kpi kpi, LocalDate goLive, List<MeasuredValue> values,
                                String source, String by, Instant at) {
        YearMonth goLiveMonth = goLive == null ? null : YearMonth.from(goLive);
        return RaisedEvent.of(series.rolloutId(), new KpiMeasured(series.rolloutId(), series.programId(),
                kpi.goalId(), series.kpiId(), goLive, values.stream().map(v -> new KpiMeasured.Value(
                        v.period().toString(), v.value().toPlainString(),
                        v.previous() == null ? null : v.previous().toPlainString(),
                        goLiveMonth != null && v.period().isBefore(goLiveMonth) ? "BASELINE" : "LIVE")).toList(),
                source, by, at));
    }
}
