package org.golive.tracking.status;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plan's percent complete by day, as the wave comparison shows it for any T-minus day, worked out once per plan:
 * <ul>
 *   <li>planned: what its current baseline had done by the day ({@link PlannedProgress#fraction} of each task,
 *   weighted as the plan weighs progress);</li>
 *   <li>done by: the tasks finished on or before the day (their actual finish).</li>
 * </ul>
 * The same figures, to the last digit, as working them out for the day from the plan: the same exact products and sums
 * and the same rounding, only swept day by day over the plan's span instead of over every task for each day. A plan
 * without weight (no task, or none with effort or duration) has no percent on any day: {@link #weighted()} false.
 *
 * @param planSequence the plan's {@link TrackedPlan#sequence} they were worked out from
 */
public record ProgressCurves(long planSequence, boolean weighted, StepCurve planned, StepCurve doneBy) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The planned percent complete on a day; null for a plan without weight. */
    public BigDecimal plannedOn(LocalDate date) {
        return weighted ? planned.at(date) : null;
    }

    /** The percent of the plan finished on or before a day; null for a plan without weight. */
    public BigDecimal doneOn(LocalDate date) {
        return weighted ? doneBy.at(date) : null;
    }

    public static ProgressCurves of(TrackedPlan plan) {
        BigDecimal total = plan.totalWeight();
        if (total.signum() == 0) {
            StepCurve none = new StepCurve(new int[0], new int[0]);
            return new ProgressCurves(plan.sequence(), false, none, none);
        }
        return new ProgressCurves(plan.sequence(), true, planned(plan, total), doneBy(plan, total));
    }

    /** Tasks planned on the same dates add their weights: their shares are the same every day. */
    private record Span(LocalDate start, LocalDate finish, boolean milestone) {

        /** Planned in part on the days from its start until the day before its finish. */
        boolean gradual() {
            return !milestone && start.isBefore(finish) && WorkingDays.inclusive(start, finish) > 0;
        }
    }

    private static StepCurve planned(TrackedPlan plan, BigDecimal total) {
        Map<Span, BigDecimal> weights = new LinkedHashMap<>();
        for (TrackedTask task : plan.tasks()) {
            weights.merge(new Span(task.plannedStart(), task.plannedFinish(), task.milestone()), plan.weight(task),
                    BigDecimal::add);
        }
        // A span counts whole from its finish (a milestone, or one planned on no working day, too), in part before.
        TreeMap<LocalDate, BigDecimal> finishing = new TreeMap<>();
        List<Map.Entry<Span, BigDecimal>> gradual = new ArrayList<>();
        LocalDate first = null;
        for (Map.Entry<Span, BigDecimal> each : weights.entrySet()) {
            Span span = each.getKey();
            finishing.merge(span.finish(), each.getValue(), BigDecimal::add);
            if (span.gradual()) {
                gradual.add(each);
            }
            LocalDate earliest = span.gradual() ? span.start() : span.finish();
            first = first == null || earliest.isBefore(first) ? earliest : first;
        }
        gradual.sort(Comparator.comparing(each -> each.getKey().start()));
        Curve curve = new Curve(total);
        Map<Long, BigDecimal> shares = new HashMap<>();
        List<Map.Entry<Span, BigDecimal>> underWay = new ArrayList<>();
        BigDecimal finished = BigDecimal.ZERO;
        int next = 0;
        for (LocalDate day = first; !day.isAfter(finishing.lastKey()); day = day.plusDays(1)) {
            BigDecimal finishingToday = finishing.get(day);
            while (next < gradual.size() && !gradual.get(next).getKey().start().isAfter(day)) {
                underWay.add(gradual.get(next++));
            }
            if (finishingToday == null && !WorkingDays.isWorkingDay(day)) {
                continue; // nothing finishes and no working day elapses: as the day before
            }
            if (finishingToday != null) {
                finished = finished.add(finishingToday);
                LocalDate today = day;
                underWay.removeIf(each -> !today.isBefore(each.getKey().finish()));
            }
            BigDecimal part = finished;
            for (Map.Entry<Span, BigDecimal> each : underWay) {
                Span span = each.getKey();
                part = part.add(each.getValue().multiply(share(shares, WorkingDays.inclusive(span.start(), day),
                        WorkingDays.inclusive(span.start(), span.finish()))));
            }
            curve.on(day, part);
        }
        return curve.steps();
    }

    /** {@code elapsed / span} as {@link PlannedProgress#fraction} divides, each pair divided once. */
    private static BigDecimal share(Map<Long, BigDecimal> shares, long elapsed, long span) {
        return shares.computeIfAbsent(elapsed << 32 | span, key -> BigDecimal.valueOf(elapsed)
                .divide(BigDecimal.valueOf(span), MathContext.DECIMAL128));
    }

    private static StepCurve doneBy(TrackedPlan plan, BigDecimal total) {
        TreeMap<LocalDate, BigDecimal> finished = new TreeMap<>();
        for (TrackedTask task : plan.tasks()) {
            if (task.done() && task.actualFinish() != null) {
                finished.merge(task.actualFinish(), plan.weight(task), BigDecimal::add);
            }
        }
        Curve curve = new Curve(total);
        BigDecimal part = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, BigDecimal> day : finished.entrySet()) {
            part = part.add(day.getValue());
            curve.on(day.getKey(), part);
        }
        return curve.steps();
    }

    /** The change points of a percent of {@code total}, given day by day in order. */
    private static final class Curve {

        private final BigDecimal total;
        private final List<int[]> points = new ArrayList<>();
        private int last;

        Curve(BigDecimal total) {
            this.total = total;
        }

        void on(LocalDate day, BigDecimal part) {
            int tenths = part.multiply(HUNDRED).divide(total, MathContext.DECIMAL128)
                    .setScale(1, RoundingMode.HALF_EVEN).unscaledValue().intValueExact();
            if (tenths != last) {
                points.add(new int[] {Math.toIntExact(day.toEpochDay()), tenths});
                last = tenths;
            }
        }

        StepCurve steps() {
            return new StepCurve(points.stream().mapToInt(point -> point[0]).toArray(),
                    points.stream().mapToInt(point -> point[1]).toArray());
        }
    }
}
