package org.golive.stakeholder.communication.plan;

import org.golive.platform.problem.RuleViolationException;
import org.golive.stakeholder.communication.Purpose;
import org.golive.stakeholder.communication.audience.Audience;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One line of a communication plan: what goes to whom, why, how, and when — on a cadence counted from the go-live
 * date ("weekly from GL-90": every 7 days from 90 days before go-live, until go-live) or when planning says something
 * happened (a trigger). Exactly one of the two.
 *
 * @param acknowledgeWithinDays days the audience has to acknowledge each sending, or null when none is asked
 */
public record PlanEntry(String entryId, String title, Purpose purpose, Channel channel, Audience audience,
                        Integer everyDays, Integer fromDaysBeforeGoLive, Trigger trigger, String owner,
                        Integer acknowledgeWithinDays) {

    public PlanEntry {
        if (audience == null || audience.isEmpty()) {
            throw new RuleViolationException("audience", "Name an audience: role groups, quadrants or stakeholders");
        }
        boolean cadence = everyDays != null || fromDaysBeforeGoLive != null;
        if (cadence == (trigger != null)) {
            throw new RuleViolationException("trigger", "Give a plan entry either a cadence (everyDays and"
                    + " fromDaysBeforeGoLive) or a trigger, not both nor neither");
        }
        if (cadence && (everyDays == null || fromDaysBeforeGoLive == null)) {
            throw new RuleViolationException("everyDays", "A cadence needs both everyDays and fromDaysBeforeGoLive");
        }
    }

    /**
     * The next date on or after {@code today} this entry is due, counted from {@code goLive}; null for a trigger, when
     * no go-live date is known, or when the cadence is over (past go-live).
     */
    public LocalDate nextDue(LocalDate goLive, LocalDate today) {
        if (trigger != null || goLive == null) {
            return null;
        }
        LocalDate start = goLive.minusDays(fromDaysBeforeGoLive);
        if (!today.isAfter(start)) {
            return start;
        }
        long since = ChronoUnit.DAYS.between(start, today);
        long periods = (since + everyDays - 1) / everyDays;
        LocalDate due = start.plusDays(periods * everyDays);
        return due.isAfter(goLive) ? null : due;
    }
}
