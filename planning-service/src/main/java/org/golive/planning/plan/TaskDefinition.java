package org.golive.planning.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a planner decides about a task, as opposed to what the schedule and progress make of it. Dates are kept as
 * offsets in calendar days from the site's go-live date, so that moving go-live moves the whole plan with it.
 *
 * @param startOffsetDays    start no earlier than go-live plus this many calendar days (negative: before go-live), or
 *                           null to let the dependencies alone decide
 * @param deadlineOffsetDays finish no later than go-live plus this many days, or null
 * @param durationDays       working days on the site's calendar; 0 makes a milestone
 */
public record TaskDefinition(
        String wbs,
        String phase,
        String title,
        Integer startOffsetDays,
        Integer deadlineOffsetDays,
        int durationDays,
        List<Dependency> dependencies,
        BigDecimal effortHours,
        String readinessCriterion,
        Raci raci) {

    public TaskDefinition {
        dependencies = List.copyOf(dependencies == null ? List.of() : dependencies);
        raci = raci == null ? Raci.NONE : raci;
    }

    public boolean milestone() {
        return durationDays == 0;
    }

    /** The start-no-earlier-than date this definition gives at a go-live date, or null. */
    public LocalDate notBefore(LocalDate goLive) {
        return startOffsetDays == null ? null : goLive.plusDays(startOffsetDays);
    }

    /** The deadline this definition gives at a go-live date, or null. */
    public LocalDate deadline(LocalDate goLive) {
        return deadlineOffsetDays == null ? null : goLive.plusDays(deadlineOffsetDays);
    }

    TaskDefinition withRaci(Raci newRaci) {
        return new TaskDefinition(wbs, phase, title, startOffsetDays, deadlineOffsetDays, durationDays, dependencies,
                effortHours, readinessCriterion, newRaci);
    }
}
