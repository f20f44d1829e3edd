package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The result of {@link Scheduler#schedule}.
 *
 * @param tasks        every task by id, in the order of the input
 * @param criticalPath ids of the critical tasks, by start and, on the same day, in dependency order
 * @param start        the earliest start of any task; null for an empty plan
 * @param finish       the latest finish of any task; null for an empty plan
 */
public record Schedule(Map<String, ScheduledTask> tasks, List<String> criticalPath, LocalDate start,
                       LocalDate finish) {

    public Schedule {
        // The scheduler's own map is immutable already: a copy would only hash every id again.
        tasks = tasks instanceof ScheduledTasks ? tasks : Collections.unmodifiableMap(new LinkedHashMap<>(tasks));
        criticalPath = List.copyOf(criticalPath);
    }

    /** @throws NoSuchElementException if the plan has no such task */
    public ScheduledTask task(String id) {
        ScheduledTask task = tasks.get(id);
        if (task == null) {
            throw new NoSuchElementException("No task " + id + " in the schedule");
        }
        return task;
    }
}
