package org.golive.tracking.report;

import org.golive.platform.problem.RuleViolationException;
import org.golive.tracking.earnedvalue.EarnedValue;
import org.golive.tracking.earnedvalue.EarnedValues;
import org.golive.tracking.health.CurrentHealth;
import org.golive.tracking.readiness.Scorecards;
import org.golive.tracking.status.RolloutStatus;
import org.golive.tracking.status.StatusCalculator;
import org.golive.tracking.status.TrackedPlan;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * Takes a rollout's figures for a report from the read models tracking keeps: status, earned value, health and the
 * readiness score. Planned value and actuals are measured on the status date; progress (percent complete, earned
 * value) is the progress recorded when the figures are taken, since planning's events keep no history of it; the
 * completed share of the burn-up counts the tasks finished by the status date.
 */
@Component
class FigureSnapshots {

    private final EarnedValues earnedValues;
    private final CurrentHealth health;
    private final Scorecards scorecards;
    private final Clock clock;

    FigureSnapshots(EarnedValues earnedValues, CurrentHealth health, Scorecards scorecards, Clock clock) {
        this.earnedValues = earnedValues;
        this.health = health;
        this.scorecards = scorecards;
        this.clock = clock;
    }

    /** The week's figures: on its Friday, or today while the week runs. */
    ReportFigures take(TrackedPlan plan, IsoWeek week, LocalDate today) {
        LocalDate on = week.friday().isAfter(today) ? today : week.friday();
        RolloutStatus status = StatusCalculator.status(plan, on);
        return new ReportFigures(on, status.goLiveDate(), status.forecastGoLive(), status.percentComplete(),
                planned(status, on), on.equals(today) ? status.percentComplete() : completedBy(plan, on),
                status.overdueTasks().size(), status.overdueCriticalTasks(),
                status.nextMilestones().stream().map(m -> new ReportFigures.Milestone(m.taskId(), m.title(),
                        m.forecast(), m.baselineDate(), m.slipDays())).toList(),
                status.baselineName(), status.scheduleVarianceDays(), status.criticalPathFloat(),
                earnedValue(plan, on), health(plan.rolloutId()), readiness(plan.rolloutId()), clock.instant());
    }

    /** The baseline's planned share on the status date (the burn-up has a point on it while the plan runs). */
    private static BigDecimal planned(RolloutStatus status, LocalDate on) {
        return status.burnUp().stream().filter(point -> !point.date().isAfter(on))
                .max(Comparator.comparing(RolloutStatus.BurnUpPoint::date))
                .map(RolloutStatus.BurnUpPoint::plannedPercent).orElse(BigDecimal.ZERO.setScale(1));
    }

    /** Percent of the plan's weight in tasks finished by the day (as the status burn-up counts a past day). */
    static BigDecimal completedBy(TrackedPlan plan, LocalDate day) {
        BigDecimal total = plan.totalWeight();
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        BigDecimal done = plan.tasks().stream()
                .filter(t -> t.done() && t.actualFinish() != null && !t.actualFinish().isAfter(day))
                .map(plan::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return done.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    }

    private ReportFigures.Value earnedValue(TrackedPlan plan, LocalDate on) {
        try {
            EarnedValue v = earnedValues.ofRollout(plan, on);
            return new ReportFigures.Value(v.currency(), v.bac(), v.pv(), v.ev(), v.ac(), v.spi(), v.cpi(), v.eac(),
                    v.vac());
        } catch (RuleViolationException twoCurrencies) {
            return null; // the report still stands; its earned value is left out, as the 422 of the API says
        }
    }

    private ReportFigures.Health health(String rolloutId) {
        return health.of(rolloutId).map(h -> new ReportFigures.Health(h.overall().name(),
                h.dimensions().stream().map(d -> new ReportFigures.DimensionColour(d.dimension().name(),
                        d.colour().name(), d.rule(), d.value())).toList())).orElse(null);
    }

    private ReportFigures.Readiness readiness(String rolloutId) {
        return scorecards.find(rolloutId).map(card -> card.score()).map(score -> new ReportFigures.Readiness(
                score.score(), score.rating().name(), score.gated())).orElse(null);
    }
}
