package org.golive.planning.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A question a UI or a BI tool asks of a plan's tasks: which ones (every filter given must hold; a filter left out
 * holds for every task), in what order, and which page. Applied to the tasks as the plan holds them, so it does not
 * care how the plan is stored.
 *
 * @param statuses  any of these statuses; empty: any status
 * @param phases    any of these phases (the key a task names, as in the plan's {@code phases}); empty: any phase
 * @param critical  on the critical path (true) or off it (false); null: either
 * @param assignee  a party the task is assigned to: responsible for it or accountable for it in its RACI (the same
 *                  rule that lets a contributor record progress on it), compared exactly; consulted and informed
 *                  parties are not assignees; null: anyone
 * @param dueBefore the task's scheduled finish (its actual finish once done) falls strictly before this day; null: any
 * @param order     the order of the whole list, before it is cut into pages
 */
public record TaskQuery(Set<TaskStatus> statuses, Set<String> phases, Boolean critical, String assignee,
                        LocalDate dueBefore, TaskOrder order) {

    /** The most tasks one page holds: a 10,000-task plan is 20 pages, each answer a few hundred kilobytes. */
    public static final int MAX_PAGE_SIZE = 500;

    public TaskQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        phases = phases == null ? Set.of() : Set.copyOf(phases);
        order = order == null ? TaskOrder.BY_START : order;
    }

    /** Every task, by start. */
    public static TaskQuery everyTask() {
        return new TaskQuery(Set.of(), Set.of(), null, null, null, TaskOrder.BY_START);
    }

    public boolean matches(PlanTask task) {
        ScheduledDates scheduled = task.scheduled();
        return (statuses.isEmpty() || statuses.contains(task.status()))
                && (phases.isEmpty() || phases.contains(task.definition().phase()))
                && (critical == null || critical == (scheduled != null && scheduled.critical()))
                && (assignee == null || task.definition().raci().involves(assignee))
                && (dueBefore == null || scheduled != null && scheduled.finish() != null
                        && scheduled.finish().isBefore(dueBefore));
    }

    /**
     * The {@code page}th page (from 0) of {@code size} tasks among those that match, in this query's order.
     *
     * @throws IllegalArgumentException for a negative page or a size outside 1 to {@link #MAX_PAGE_SIZE}: the edge
     *                                  checks both before it asks
     */
    public TaskPage page(List<PlanTask> tasks, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is outside 0.. and 1.."
                    + MAX_PAGE_SIZE);
        }
        List<PlanTask> matching = tasks.stream().filter(this::matches).sorted(order.comparator()).toList();
        long from = (long) page * size;
        List<PlanTask> slice = from >= matching.size() ? List.of()
                : matching.subList((int) from, (int) Math.min(from + size, matching.size()));
        return new TaskPage(slice, matching.size(), page, size);
    }
}
