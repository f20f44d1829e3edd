package org.golive.planning.resource;

import org.golive.planning.role.ResourceRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A program's capacity view as a read answers from it: hours per week as doubles (exact for hundredths at these
 * magnitudes), so that an answer copies arrays instead of converting thousands of decimals.
 */
record LoadSnapshot(long version, LocalDate firstMonday, int weeks, List<Row> rows,
                    List<LoadTable.OverAllocation> overAllocations, Instant computedAt) {

    record Row(String resourceId, String name, ResourceKind kind, ResourceRole role, double[] capacity,
               double[] demand) {
    }

    static LoadSnapshot of(LoadTable table, long version, Instant computedAt) {
        List<Row> rows = table.rows().stream().map(row -> new Row(row.member().resourceId(), row.member().name(),
                row.member().kind(), row.member().role(), hours(row.capacity()), hours(row.demand()))).toList();
        return new LoadSnapshot(version, table.firstMonday(), table.weeks(), rows, table.overAllocations(),
                computedAt);
    }

    static double[] hours(long[] centihours) {
        double[] hours = new double[centihours.length];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = centihours[i] / 100.0;
        }
        return hours;
    }
}
