package org.golive.planning.plan;

import org.golive.planning.schedule.WorkCalendar;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A plan's baselines, in the order they were set: naming rules, look-ups, and the variance against one. */
final class PlanBaselines {

    static final int MAX_BASELINES = 20;

    private PlanBaselines() {
    }

    /** {@code baselines} with a new one of the tasks' current dates; names are unique regardless of case. */
    static List<Baseline> adding(List<Baseline> baselines, String name, String setBy, Instant now,
                                 List<PlanTask> tasks) {
        if (baselines.stream().anyMatch(b -> b.name().equalsIgnoreCase(name))) {
            throw new ConflictException("The plan already has a baseline named '" + name + "'");
        }
        if (baselines.size() >= MAX_BASELINES) {
            throw new RuleViolationException("name", "A plan keeps at most " + MAX_BASELINES + " baselines");
        }
        Baseline baseline = new Baseline(name, now, setBy, tasks.stream()
                .map(t -> new Baseline.TaskDates(t.id(), t.scheduled().start(), t.scheduled().finish()))
                .toList());
        List<Baseline> all = new ArrayList<>(baselines);
        all.add(baseline);
        return List.copyOf(all);
    }

    static Baseline named(List<Baseline> baselines, String name) {
        return baselines.stream().filter(b -> b.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("Baseline", name));
    }

    static Optional<Baseline> latest(List<Baseline> baselines) {
        return baselines.isEmpty() ? Optional.empty() : Optional.of(baselines.get(baselines.size() - 1));
    }

    static List<TaskVariance> variance(Baseline baseline, List<PlanTask> tasks, WorkCalendar workCalendar) {
        Map<String, Baseline.TaskDates> dates = baseline.byTask();
        return tasks.stream().map(task -> TaskVariance.of(task, dates.get(task.id()), workCalendar)).toList();
    }
}
