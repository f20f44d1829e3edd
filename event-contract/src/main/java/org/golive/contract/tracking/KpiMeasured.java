package org.golive.contract.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Values of a KPI were recorded for a site, by hand or by a file import: each month that changed, with the value it
 * had before. Key: rollout id.
 *
 * @param goLiveDate the site's go-live date when the values were recorded (months before its month are baselines)
 * @param source     {@code api}, or {@code import:<sha-256 of the file>}
 */
public record KpiMeasured(
        String rolloutId,
        String programId,
        String goalId,
        String kpiId,
        LocalDate goLiveDate,
        List<Value> values,
        String source,
        String recordedBy,
        Instant recordedAt) {

    public static final String TYPE = "org.golive.tracking.kpi.measured.v1";

    /**
     * @param period        the month, {@code 2027-03}
     * @param value         an exact decimal string
     * @param previousValue the value it replaced, null when first recorded
     * @param phase         BASELINE (a month before the go-live month) or LIVE
     */
    public record Value(String period, String value, String previousValue, String phase) {
    }
}
