package org.golive.tracking.comparison;

import org.golive.tracking.readiness.Revision;
import org.golive.tracking.status.PlannedProgress;
import org.golive.tracking.status.TrackedPlan;
import org.golive.tracking.status.TrackedTask;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * What can be worked out for a past day without a recorded point. Plain Java.
 * <ul>
 *   <li>planned percent complete: the baseline's curve, exact for any day;</li>
 *   <li>percent complete: the tasks done by then (actual finish on or before the day). Partial progress of tasks
 *   then under way is not known afterwards, so this is a floor of what was done;</li>
 *   <li>readiness score: the score after the scorecard's last revision of that day or before.</li>
 * </ul>
 */
final class DerivedFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DerivedFigures() {
    }

    static BigDecimal planned(TrackedPlan plan, LocalDate on) {
        return percent(plan, task -> PlannedProgress.fraction(task, on));
    }

    static BigDecimal doneBy(TrackedPlan plan, LocalDate on) {
        return percent(plan, task -> task.done() && task.actualFinish() != null && !task.actualFinish().isAfter(on)
                ? BigDecimal.ONE : BigDecimal.ZERO);
    }

    /** @param history the scorecard's revisions, oldest first */
    static BigDecimal readiness(List<Revision> history, LocalDate on, ZoneId zone) {
        BigDecimal score = null;
        for (Revision revision : history) {
            if (revision.at().atZone(zone).toLocalDate().isAfter(on)) {
                break;
            }
            score = revision.score();
        }
        return score;
    }

    private static BigDecimal percent(TrackedPlan plan, Function<TrackedTask, BigDecimal> share) {
        BigDecimal total = plan.totalWeight();
        if (total.signum() == 0) {
            return null;
        }
        BigDecimal part = plan.tasks().stream().map(task -> plan.weight(task).multiply(share.apply(task)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return part.multiply(HUNDRED).divide(total, MathContext.DECIMAL128).setScale(1, RoundingMode.HALF_EVEN);
    }
}
