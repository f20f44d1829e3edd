package org.golive.contract.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A task of a site plan as the planning service scheduled it: carried whole by the plan and task events so that a
 * consumer can keep its own copy of the plan without calling back.
 *
 * @param taskId        unique within the rollout's plan (short, e.g. {@code t-12}); events are keyed by rollout id
 * @param start         scheduled (early) start; for a milestone, its date
 * @param finish        scheduled (early) finish, inclusive
 * @param durationDays  whole working days on the task's calendar; 0 for a milestone, and for a task measured in hours,
 *                      minutes or elapsed time (see {@code duration})
 * @param totalFloat    working days the task may slip without moving the plan's finish or a deadline; negative
 *                      when a deadline (e.g. go-live) cannot be met
 * @param status        NOT_STARTED, IN_PROGRESS or DONE
 * @param readinessCriterion the go-live readiness criterion the task evidences, or null
 * @param accountable   the one accountable party: a stakeholder id or a role name
 * @param responsible   who does the work: user names, stakeholder ids or role names
 * @param duration      the duration in MS Project's notation when it is not whole working days ({@code 4h},
 *                      {@code 90m}, elapsed {@code 12eh}, {@code 2ed}); null for whole working days, and in events
 *                      published before it was added (optional within v1: old events still read)
 * @param durationMinutes the same duration in minutes: working minutes of the task's calendar for hours and minutes,
 *                      minutes of the clock for elapsed units; null when {@code duration} is
 */
public record PlannedTask(
        String taskId,
        String wbs,
        String phase,
        String title,
        LocalDate start,
        LocalDate finish,
        int durationDays,
        boolean milestone,
        boolean critical,
        int totalFloat,
        LocalDate deadline,
        String status,
        int percentComplete,
        LocalDate actualStart,
        LocalDate actualFinish,
        BigDecimal effortHours,
        String readinessCriterion,
        String accountable,
        List<String> responsible,
        List<TaskLink> predecessors,
        String duration,
        Long durationMinutes) {

    /** A task of whole working days (the fields before the hour-level duration was published). */
    public PlannedTask(String taskId, String wbs, String phase, String title, LocalDate start, LocalDate finish,
                       int durationDays, boolean milestone, boolean critical, int totalFloat, LocalDate deadline,
                       String status, int percentComplete, LocalDate actualStart, LocalDate actualFinish,
                       BigDecimal effortHours, String readinessCriterion, String accountable,
                       List<String> responsible, List<TaskLink> predecessors) {
        this(taskId, wbs, phase, title, start, finish, durationDays, milestone, critical, totalFloat, deadline, status,
                percentComplete, actualStart, actualFinish, effortHours, readinessCriterion, accountable, responsible,
                predecessors, null, null);
    }

    /** A dependency on another task of the same plan; type FS, SS, FF or SF, lag in working days (negative: lead). */
    public record TaskLink(String taskId, String type, int lagDays) {
    }
}
