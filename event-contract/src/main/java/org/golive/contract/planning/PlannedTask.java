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
 * @param durationDays  working days on the site's calendar; 0 for a milestone
 * @param totalFloat    working days the task may slip without moving the plan's finish or a deadline; negative
 *                      when a deadline (e.g. go-live) cannot be met
 * @param status        NOT_STARTED, IN_PROGRESS or DONE
 * @param readinessCriterion the go-live readiness criterion the task evidences, or null
 * @param accountable   the one accountable party: a stakeholder id or a role name
 * @param responsible   who does the work: user names, stakeholder ids or role names
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
        List<TaskLink> predecessors) {

    /** A dependency on another task of the same plan; type FS, SS, FF or SF, lag in working days (negative: lead). */
    public record TaskLink(String taskId, String type, int lagDays) {
    }
}
