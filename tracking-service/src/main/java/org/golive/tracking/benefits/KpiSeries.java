package org.golive.tracking.benefits;

import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One site's measured values of one KPI, a value per month, each with its own revision so that two people entering
 * different months never collide, and one entering the same month as another gets a 409 instead of overwriting it.
 * User input, stored with the events its changes raised.
 */
@Document("benefits_values")
public class KpiSeries extends Aggregate {

    @Id
    private String id;
    private String rolloutId;
    private String programId;
    private String kpiId;
    private List<Measurement> values = new ArrayList<>();

    /**
     * @param period   the month measured, {@code 2027-03}
     * @param value    an exact decimal, as sent
     * @param revision 1 when first recorded, one more at each change
     * @param source   {@code api}, or {@code import:<sha-256 of the file>}
     */
    record Measurement(String period, String value, String note, int revision, String recordedBy,
                       Instant recordedAt, String source) {

        YearMonth month() {
            return YearMonth.parse(period);
        }
    }

    /** A value to record: the month, the value and an optional note. */
    record Entry(YearMonth period, BigDecimal value, String note) {
    }

    KpiSeries() {
    }

    static KpiSeries empty(String rolloutId, String programId, String kpiId) {
        KpiSeries series = new KpiSeries();
        series.id = idOf(rolloutId, kpiId);
        series.rolloutId = rolloutId;
        series.programId = programId;
        series.kpiId = kpiId;
        return series;
    }

    static String idOf(String rolloutId, String kpiId) {
        return rolloutId + ":" + kpiId;
    }

    /**
     * Records one month through the API: a first value without a revision, a change with the revision read.
     *
     * @throws ConflictException when the month has a value and no revision or another one was sent, or has none and
     *                           a revision was sent
     */
    Changed<KpiSeries> record(Entry entry, Integer revisionRead, Kpi kpi, LocalDate goLive, String by, Instant at) {
        Optional<Measurement> stored = find(entry.period());
        if (stored.isPresent() && revisionRead == null) {
            throw new ConflictException("Rollout " + rolloutId + " has a value of " + kpiId + " for "
                    + entry.period() + " (revision " + stored.get().revision() + "): send its revision to change it");
        }
        if (stored.isPresent() && stored.get().revision() != revisionRead) {
            throw new ConflictException("The value of " + kpiId + " for " + entry.period() + " was changed by"
                    + " someone else (it is at revision " + stored.get().revision() + ", not " + revisionRead
                    + "); reload it and try again");
        }
        if (stored.isEmpty() && revisionRead != null) {
            throw new ConflictException("Rollout " + rolloutId + " has no value of " + kpiId + " for "
                    + entry.period() + " at revision " + revisionRead + ": it was removed or never recorded");
        }
        return recordAll(List.of(entry), kpi, goLive, "api", by, at);
    }

    /**
     * Records the entries whatever was there (an import: the measuring system's export is the latest word); a month
     * whose value and note are unchanged is left alone and raises nothing, so a file imported twice changes nothing.
     */
    Changed<KpiSeries> recordAll(List<Entry> entries, Kpi kpi, LocalDate goLive, String source, String by,
                                 Instant at) {
        List<BenefitsEvents.MeasuredValue> changed = new ArrayList<>();
        for (Entry entry : entries) {
            Optional<Measurement> stored = find(entry.period());
            if (stored.isPresent() && new BigDecimal(stored.get().value()).compareTo(entry.value()) == 0
                    && java.util.Objects.equals(stored.get().note(), entry.note())) {
                continue;
            }
            values.removeIf(m -> m.month().equals(entry.period()));
            values.add(new Measurement(entry.period().toString(), entry.value().toPlainString(), entry.note(),
                    stored.map(m -> m.revision() + 1).orElse(1), by, at, source));
            changed.add(new BenefitsEvents.MeasuredValue(entry.period(), entry.value(),
                    stored.map(m -> new BigDecimal(m.value())).orElse(null)));
        }
        values.sort(Comparator.comparing(Measurement::period));
        return changed.isEmpty() ? Changed.silently(this)
                : Changed.of(this, BenefitsEvents.measured(this, kpi, goLive, changed, source, by, at));
    }

    Optional<Measurement> find(YearMonth period) {
        return values.stream().filter(m -> m.month().equals(period)).findFirst();
    }

    /** The values by month, for the progress and benefit figures. */
    NavigableMap<YearMonth, BigDecimal> byMonth() {
        NavigableMap<YearMonth, BigDecimal> months = new TreeMap<>();
        values.forEach(m -> months.put(m.month(), new BigDecimal(m.value())));
        return months;
    }

    List<Measurement> values() {
        return List.copyOf(values);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/tracking/kpi-values/" + id;
    }

    String rolloutId() {
        return rolloutId;
    }

    String programId() {
        return programId;
    }

    String kpiId() {
        return kpiId;
    }
}
