package org.golive.planning.schedule;

import java.time.LocalDate;

/**
 * What a constraint other than start-no-earlier-than does to a task's span {@code [s, e)} of {@link Timeline} points,
 * in each pass. The constraint wins over the links (MS Project's default, "tasks will always honor their constraint
 * dates"): SNLT, FNLT, MSO and MFO cap or fix the early dates whatever the links say, and the late dates too, so the
 * tasks that drive a violated constraint show negative float.
 *
 * <p>Points from dates, on the task's calendar, as for deadlines: "finish on D at the latest" is the end of the last
 * working day on or before D; "finish on D at the earliest" the end of the first working day on or after D (for a
 * milestone, the start of that day); "start on D at the latest" the start of the last working day on or before D. A
 * milestone held by a finish constraint shows the end of that day (MS Project's convention, see {@link Scheduler}).
 */
final class ConstraintBounds {

    private ConstraintBounds() {
    }

    /** The early start of task v, not started, from the start its links and the plan start give. */
    static long earlyStart(Constraint constraint, int v, long linkStart, Timeline timeline, WorkCalendar calendar) {
        long work = timeline.work(v);
        return switch (constraint.type()) {
            case ASAP, SNET, ALAP -> linkStart; // ALAP moves in a second forward pass, SNET is startNoEarlierThan
            case SNLT -> Math.min(linkStart, latestStart(constraint, v, timeline, calendar));
            case FNET -> Math.max(linkStart, timeline.start(v, earliestEnd(constraint, v, work, timeline, calendar), work));
            case FNLT -> Math.min(linkStart, timeline.start(v, latestEnd(constraint, v, timeline), work));
            case MSO -> timeline.dayStart(v, constraint.date());
            case MFO -> timeline.start(v, latestEnd(constraint, v, timeline), work);
        };
    }

    /** Whether a milestone placed at {@code start} by its constraint shows the end of a day (a finish constraint). */
    static boolean endLike(Constraint constraint, long linkStart, long start, boolean linkEndLike) {
        return switch (constraint.type()) {
            case MFO -> true;
            case MSO -> false;
            case FNET, FNLT -> start != linkStart || linkEndLike;
            case SNLT -> start == linkStart && linkEndLike;
            default -> linkEndLike;
        };
    }

    /** The late end of task v, not done, from the end its successors, deadline and the plan's end allow. */
    static long lateEnd(Constraint constraint, int v, long successorEnd, Timeline timeline, WorkCalendar calendar) {
        long work = timeline.work(v);
        return switch (constraint.type()) {
            case ASAP, SNET, ALAP, FNET -> successorEnd;
            case SNLT -> Math.min(successorEnd, timeline.finish(v, latestStart(constraint, v, timeline, calendar), work));
            case FNLT -> Math.min(successorEnd, latestEnd(constraint, v, timeline));
            case MSO -> timeline.finish(v, timeline.dayStart(v, constraint.date()), work);
            case MFO -> latestEnd(constraint, v, timeline);
        };
    }

    /**
     * The start a constraint ties a plan to, for the plan start: MSO, MFO and FNET dates place a task on the
     * calendar on their own, like a start-no-earlier-than date; the others do not.
     */
    static boolean anchors(Constraint constraint) {
        return switch (constraint.type()) {
            case MSO, MFO, FNET -> true;
            default -> false;
        };
    }

    /** The start a dated constraint implies on its own: what {@link #earlyStart} gives with no links. */
    static long impliedStart(Constraint constraint, int v, Timeline timeline, WorkCalendar calendar) {
        long work = timeline.work(v);
        return switch (constraint.type()) {
            case MSO -> timeline.dayStart(v, constraint.date());
            case MFO -> timeline.start(v, latestEnd(constraint, v, timeline), work);
            case FNET -> timeline.start(v, earliestEnd(constraint, v, work, timeline, calendar), work);
            default -> throw new IllegalArgumentException(constraint.type() + " does not anchor a plan");
        };
    }

    private static long latestStart(Constraint constraint, int v, Timeline timeline, WorkCalendar calendar) {
        return timeline.dayStart(v, calendar.onOrBefore(constraint.date()));
    }

    private static long latestEnd(Constraint constraint, int v, Timeline timeline) {
        return timeline.dayEnd(v, constraint.date());
    }

    private static long earliestEnd(Constraint constraint, int v, long work, Timeline timeline,
                                    WorkCalendar calendar) {
        LocalDate date = constraint.date();
        return work == 0 ? timeline.dayStart(v, date) : timeline.dayEnd(v, calendar.onOrAfter(date));
    }
}
