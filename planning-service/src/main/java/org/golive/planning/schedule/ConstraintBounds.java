package org.golive.planning.schedule;

/**
 * What a constraint other than start-no-earlier-than does to a task's span {@code [s, e)} of working-day indices, in
 * each pass. The constraint wins over the links (MS Project's default, "tasks will always honor their constraint
 * dates"): SNLT, FNLT, MSO and MFO cap or fix the early dates whatever the links say, and the late dates too, so the
 * tasks that drive a violated constraint show negative float.
 *
 * <p>Days from dates, as for deadlines: "finish on D at the latest" is {@code e <= index(D + 1)}, finishing on the last
 * working day on or before D; "finish on D at the earliest" is {@code e >= index(D) + 1}. A milestone, which shows the
 * day of its {@code e}, takes one less for both. "Start on D at the latest" is the last working day on or before D.
 */
final class ConstraintBounds {

    private ConstraintBounds() {
    }

    /** The early start of a task not started, from the start its links and the plan start give. */
    static long earlyStart(ScheduleTask task, long linkStart, WorkCalendar calendar) {
        Constraint constraint = task.constraint();
        int duration = task.durationDays();
        return switch (constraint.type()) {
            case ASAP, SNET, ALAP -> linkStart; // ALAP moves in a second forward pass, SNET is startNoEarlierThan
            case SNLT -> Math.min(linkStart, latestStart(constraint, calendar));
            case FNET -> Math.max(linkStart, earliestEnd(task, calendar) - duration);
            case FNLT -> Math.min(linkStart, latestEnd(task, calendar) - duration);
            case MSO -> calendar.indexOf(constraint.date());
            case MFO -> latestEnd(task, calendar) - duration;
        };
    }

    /** The late end of a task not done, from the end its successors, deadline and the plan's end allow. */
    static long lateEnd(ScheduleTask task, long successorEnd, WorkCalendar calendar) {
        Constraint constraint = task.constraint();
        int duration = task.durationDays();
        return switch (constraint.type()) {
            case ASAP, SNET, ALAP, FNET -> successorEnd;
            case SNLT -> Math.min(successorEnd, latestStart(constraint, calendar) + duration);
            case FNLT -> Math.min(successorEnd, latestEnd(task, calendar));
            case MSO -> calendar.indexOf(constraint.date()) + duration;
            case MFO -> latestEnd(task, calendar);
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

    /** The start index a dated constraint implies on its own: what {@link #earlyStart} gives with no links. */
    static long impliedStart(ScheduleTask task, WorkCalendar calendar) {
        return earlyStart(task, Long.MIN_VALUE / 4, calendar);
    }

    private static long latestStart(Constraint constraint, WorkCalendar calendar) {
        return calendar.indexOf(constraint.date().plusDays(1)) - 1;
    }

    private static long latestEnd(ScheduleTask task, WorkCalendar calendar) {
        long afterDate = calendar.indexOf(task.constraint().date().plusDays(1));
        return task.isMilestone() ? afterDate - 1 : afterDate;
    }

    private static long earliestEnd(ScheduleTask task, WorkCalendar calendar) {
        long onOrAfter = calendar.indexOf(task.constraint().date());
        return task.isMilestone() ? onOrAfter : onOrAfter + 1;
    }
}
