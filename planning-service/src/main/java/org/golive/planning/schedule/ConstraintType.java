package org.golive.planning.schedule;

/**
 * The eight date constraints of Microsoft Project, by the abbreviations planners use. With MS Project's default
 * ("tasks will always honor their constraint dates") a constraint that conflicts with a link wins, and the conflict
 * shows as negative float on the tasks that drive it; see {@link Scheduler}.
 */
public enum ConstraintType {
    /** As soon as possible: the links and the plan start place the task. No date. */
    ASAP(false),
    /** As late as possible: as late as its successors, deadlines and the plan's finish allow. No date. */
    ALAP(false),
    /** Start no earlier than the date (links may push it later). */
    SNET(true),
    /** Start no later than the date, even if a link would start it later. */
    SNLT(true),
    /** Finish no earlier than the date (links may push it later). */
    FNET(true),
    /** Finish no later than the date, even if a link would finish it later. */
    FNLT(true),
    /** Must start on the date, whatever the links say. */
    MSO(true),
    /** Must finish on the date, whatever the links say. */
    MFO(true);

    private final boolean dated;

    ConstraintType(boolean dated) {
        this.dated = dated;
    }

    /** Whether the constraint needs a date; ASAP and ALAP take none. */
    public boolean dated() {
        return dated;
    }
}
