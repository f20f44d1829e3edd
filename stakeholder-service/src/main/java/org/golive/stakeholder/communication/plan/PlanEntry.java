package org.golive.stakeholder.communication.plan;

import org.golive.platform.problem.RuleViolationException;
import org.golive.stakeholder.communication.Purpose;
import org.golive.stakeholder.communication.audience.Audience;
import org.springframework.data.annotation.PersistenceCreator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One line of a communication plan: what goes to whom, why, how, and when — on a cadence counted from the go-live
 * date ("weekly from GL-90": every 7 days from 90 days before go-live, until go-live) or when planning says something
 * happened (a trigger). Exactly one of the two.
 *
 * @param acknowledgeWithinDays days the audience has to acknowledge each sending, or null when none is asked
 * @param autoSend        a cadence entry by e-mail whose due occurrences Golive sends itself; otherwise (null or
 *                        false) its owner is reminded to send them
 * @param handledThrough  the occurrences on or before this day are dealt with (set to the day before the entry was
 *                        added, so an entry never catches up on the past); null in entries stored before it existed
 * @param lastHandled     the last occurrence dealt with, or null
 */
public record PlanEntry(String entryId, String title, Purpose purpose, Channel channel, Audience audience,
                        Integer everyDays, Integer fromDaysBeforeGoLive, Trigger trigger, String owner,
                        Integer acknowledgeWithinDays, Boolean autoSend, LocalDate handledThrough,
                        HandledOccurrence lastHandled) {

    @PersistenceCreator
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
        if (Boolean.TRUE.equals(autoSend) && (!cadence || channel != Channel.EMAIL)) {
            throw new RuleViolationException("autoSend", "Only a cadence entry by e-mail is sent automatically"
                    + " (a trigger's entry is sent by its rule; other channels are the owner's)");
        }
    }

    /** An entry as a person plans it, before it is added: nothing handled yet. */
    public PlanEntry(String entryId, String title, Purpose purpose, Channel channel, Audience audience,
                     Integer everyDays, Integer fromDaysBeforeGoLive, Trigger trigger, String owner,
                     Integer acknowledgeWithinDays, Boolean autoSend) {
        this(entryId, title, purpose, channel, audience, everyDays, fromDaysBeforeGoLive, trigger, owner,
                acknowledgeWithinDays, autoSend, null, null);
    }

    public PlanEntry(String entryId, String title, Purpose purpose, Channel channel, Audience audience,
                     Integer everyDays, Integer fromDaysBeforeGoLive, Trigger trigger, String owner,
                     Integer acknowledgeWithinDays) {
        this(entryId, title, purpose, channel, audience, everyDays, fromDaysBeforeGoLive, trigger, owner,
                acknowledgeWithinDays, false);
    }

    public boolean sendsItself() {
        return Boolean.TRUE.equals(autoSend);
    }

    /** This entry added to a plan on {@code today} as {@code id}: what fell due before today is not its business. */
    PlanEntry addedAs(String id, LocalDate today) {
        return new PlanEntry(id, title, purpose, channel, audience, everyDays, fromDaysBeforeGoLive, trigger, owner,
                acknowledgeWithinDays, autoSend, today.minusDays(1), null);
    }

    /**
     * This entry as revised on {@code today} to {@code revision}'s what, whom, how and when; its id and what was dealt
     * with stay. Like an added entry, a revised one never catches up on occurrences before today.
     */
    PlanEntry revisedTo(PlanEntry revision, LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        LocalDate handled = handledThrough != null && handledThrough.isAfter(yesterday) ? handledThrough : yesterday;
        return new PlanEntry(entryId, revision.title, revision.purpose, revision.channel, revision.audience,
                revision.everyDays, revision.fromDaysBeforeGoLive, revision.trigger, revision.owner,
                revision.acknowledgeWithinDays, revision.autoSend, handled, lastHandled);
    }

    /** Whether {@code revision} plans the same as this entry (what was dealt with aside). */
    boolean plansAs(PlanEntry revision) {
        return title.equals(revision.title) && purpose == revision.purpose && channel == revision.channel
                && audience.equals(revision.audience) && java.util.Objects.equals(everyDays, revision.everyDays)
                && java.util.Objects.equals(fromDaysBeforeGoLive, revision.fromDaysBeforeGoLive)
                && trigger == revision.trigger && owner.equals(revision.owner)
                && java.util.Objects.equals(acknowledgeWithinDays, revision.acknowledgeWithinDays)
                && sendsItself() == revision.sendsItself();
    }

    PlanEntry handled(HandledOccurrence occurrence) {
        return new PlanEntry(entryId, title, purpose, channel, audience, everyDays, fromDaysBeforeGoLive, trigger,
                owner, acknowledgeWithinDays, autoSend, occurrence.occurrence(), occurrence);
    }

    /**
     * The occurrence that is due on {@code today} and not yet dealt with: the latest on or before today (one missed
     * while the service was down is not sent late in a row with the next), or null.
     *
     * @param handledBefore what counts as dealt with for an entry stored before {@code handledThrough} existed
     */
    public LocalDate dueOccurrence(LocalDate goLive, LocalDate today, LocalDate handledBefore) {
        if (trigger != null || goLive == null) {
            return null;
        }
        LocalDate start = goLive.minusDays(fromDaysBeforeGoLive);
        LocalDate until = today.isBefore(goLive) ? today : goLive;
        if (until.isBefore(start)) {
            return null;
        }
        LocalDate latest = start.plusDays(ChronoUnit.DAYS.between(start, until) / everyDays * everyDays);
        LocalDate handled = handledThrough != null ? handledThrough : handledBefore;
        return handled != null && !latest.isAfter(handled) ? null : latest;
    }

    /**
     * The next date on or after {@code today}, and after the last occurrence dealt with, this entry is due, counted
     * from {@code goLive}; null for a trigger, when no go-live date is known, or when the cadence is over (past
     * go-live).
     */
    public LocalDate nextDue(LocalDate goLive, LocalDate today) {
        if (trigger != null || goLive == null) {
            return null;
        }
        LocalDate from = handledThrough != null && !handledThrough.isBefore(today) ? handledThrough.plusDays(1) : today;
        LocalDate start = goLive.minusDays(fromDaysBeforeGoLive);
        if (!from.isAfter(start)) {
            return start;
        }
        long since = ChronoUnit.DAYS.between(start, from);
        long periods = (since + everyDays - 1) / everyDays;
        LocalDate due = start.plusDays(periods * everyDays);
        return due.isAfter(goLive) ? null : due;
    }
}
