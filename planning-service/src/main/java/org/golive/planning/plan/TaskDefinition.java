package org.golive.planning.plan;

import org.golive.planning.schedule.Constraint;
import org.golive.planning.schedule.ConstraintType;
import org.golive.platform.problem.RuleViolationException;

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
 * @param constraintType     null or one of MS Project's constraints other than ASAP and SNET (those two are kept as
 *                           null and {@code startOffsetDays}, the form plans had before the other types existed)
 * @param constraintOffsetDays the constraint's date as go-live plus this many calendar days; null for ALAP
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
        Raci raci,
        ConstraintType constraintType,
        Integer constraintOffsetDays) {

    /** @throws RuleViolationException for a constraint without its date, a date on ALAP, or two constraints */
    public TaskDefinition {
        dependencies = List.copyOf(dependencies == null ? List.of() : dependencies);
        raci = raci == null ? Raci.NONE : raci;
        if (constraintType == ConstraintType.ASAP && constraintOffsetDays == null) {
            constraintType = null;
        }
        if (constraintType == ConstraintType.SNET && startOffsetDays == null && constraintOffsetDays != null) {
            startOffsetDays = constraintOffsetDays;
            constraintOffsetDays = null;
        }
        if (constraintType == ConstraintType.SNET && startOffsetDays != null && constraintOffsetDays == null) {
            constraintType = null; // SNET is kept as the start-no-earlier-than date alone
        }
        if (constraintType == null && constraintOffsetDays != null) {
            throw new RuleViolationException("constraintType", "A constraint date needs a constraint type");
        }
        if (constraintType != null) {
            if (constraintType.dated() && constraintOffsetDays == null) {
                throw new RuleViolationException("constraintDate", "A " + constraintType
                        + " constraint needs a date");
            }
            if (!constraintType.dated() && constraintOffsetDays != null) {
                throw new RuleViolationException("constraintDate", "An " + constraintType
                        + " constraint takes no date");
            }
            if (startOffsetDays != null) {
                throw new RuleViolationException("constraintType", "A task has one constraint: it cannot have both"
                        + " a start-no-earlier-than date and a " + constraintType + " constraint");
            }
        }
    }

    /** A task with no constraint but start-no-earlier-than. */
    public TaskDefinition(String wbs, String phase, String title, Integer startOffsetDays, Integer deadlineOffsetDays,
                          int durationDays, List<Dependency> dependencies, BigDecimal effortHours,
                          String readinessCriterion, Raci raci) {
        this(wbs, phase, title, startOffsetDays, deadlineOffsetDays, durationDays, dependencies, effortHours,
                readinessCriterion, raci, null, null);
    }

    /** The task's constraint at a go-live date, in MS Project's terms: ASAP when it has none. */
    public Constraint constraint(LocalDate goLive) {
        if (constraintType == null) {
            return startOffsetDays == null ? Constraint.ASAP
                    : Constraint.of(ConstraintType.SNET, goLive.plusDays(startOffsetDays));
        }
        return Constraint.of(constraintType,
                constraintOffsetDays == null ? null : goLive.plusDays(constraintOffsetDays));
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
                effortHours, readinessCriterion, newRaci, constraintType, constraintOffsetDays);
    }
}
