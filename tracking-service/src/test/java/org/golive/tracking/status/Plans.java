package org.golive.tracking.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

    /**
     * A plan of every shape a day-by-day figure treats apart: starts and finishes on weekends, spans of weekend days
     * only, milestones, a finish before its start, tasks on the same dates, with and without a baseline, weighted by
     * effort (two rounds in three) or by duration, done tasks with and without an actual finish; up to 60 tasks every
     * tenth round, up to 12 otherwise, starting within 90 days of {@code from}.
     */
    public static TrackedPlan random(Random random, int round, LocalDate from) {
        boolean byEffort = round % 3 != 0;
        List<TrackedTask> tasks = new ArrayList<>();
        int count = 1 + random.nextInt(round % 10 == 0 ? 60 : 12);
        for (int i = 0; i < count; i++) {
            LocalDate start = from.plusDays(random.nextInt(90));
            LocalDate finish = random.nextInt(20) == 0 ? start.minusDays(random.nextInt(3))
                    : start.plusDays(random.nextInt(25));
            if (random.nextInt(6) == 0 && !tasks.isEmpty()) { // the same dates as another task
                TrackedTask other = tasks.get(random.nextInt(tasks.size()));
                start = other.start();
                finish = other.finish();
            }
            boolean milestone = random.nextInt(8) == 0;
            boolean baselined = random.nextInt(4) != 0;
            LocalDate baselineStart = baselined ? start.plusDays(random.nextInt(7) - 3) : null;
            LocalDate baselineFinish = baselined ? finish.plusDays(random.nextInt(7) - 3) : null;
            String status = switch (random.nextInt(3)) {
                case 0 -> "DONE";
                case 1 -> "IN_PROGRESS";
                default -> "NOT_STARTED";
            };
            LocalDate actualFinish = "DONE".equals(status) && random.nextInt(5) != 0
                    ? finish.plusDays(random.nextInt(9) - 4) : null;
            BigDecimal effort = byEffort ? BigDecimal.valueOf(random.nextInt(5) * 7 + random.nextInt(3),
                    random.nextInt(2)) : BigDecimal.ZERO;
            tasks.add(new TrackedTask("t" + i, "Task " + i, "Build", start, finish, milestone ? 0
                    : random.nextInt(30), milestone, false, status, "DONE".equals(status) ? 100 : random.nextInt(100),
                    null, actualFinish, effort, baselineStart, baselineFinish));
        }
        return plan("r-" + round, tasks);
    }
}
