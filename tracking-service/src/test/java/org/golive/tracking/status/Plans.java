package org.golive.tracking.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Object mother of tracked plans for the domain tests. */
public final class Plans {

    private Plans() {
    }

    /** A task planned (and baselined) from {@code start} to {@code finish}, with an effort in hours. */
    public static TrackedTask task(String id, String start, String finish, int effortHours, String status, int percent) {
        LocalDate s = LocalDate.parse(start);
        LocalDate f = LocalDate.parse(finish);
        return new TrackedTask(id, "Task " + id, "Build", s, f, (int) WorkingDays.inclusive(s, f), false, false,
                status, percent, null, "DONE".equals(status) ? f : null, BigDecimal.valueOf(effortHours), s, f);
    }

    public static TrackedPlan plan(String rolloutId, List<TrackedTask> tasks) {
        return new TrackedPlan(rolloutId, "program-1", "wave-1", "Site " + rolloutId, LocalDate.parse("2027-03-06"),
                "Approved plan", tasks, List.of(), 0);
    }

    /**
     * The README's worked example: three tasks of 100, 200 and 100 hours over three fortnights from 4 January 2027;
     * on the status date, Friday 22 January, the first is done and the second 30 % done.
     */
    public static TrackedPlan workedExample(String rolloutId) {
        return plan(rolloutId, List.of(
                task("design", "2027-01-04", "2027-01-15", 100, "DONE", 100),
                task("build", "2027-01-18", "2027-01-29", 200, "IN_PROGRESS", 30),
                task("test", "2027-02-01", "2027-02-12", 100, "NOT_STARTED", 0)));
    }
}
