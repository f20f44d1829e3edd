package org.golive.tracking.portfolio;

import org.golive.tracking.status.TrackedPlan;
import org.golive.tracking.status.TrackedTask;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phase a rollout is in: the phase of its unfinished task that starts first (the work at the front of the plan).
 * Its rank is the phase's place among the plan's phases ordered by their first start, so sorting by phase follows
 * the plan (assess before go-live), not the alphabet. A plan with every task done is {@code DONE}, ranked last.
 */
record RolloutPhase(String name, int rank) {

    static final String DONE = "DONE";
    static final RolloutPhase NOT_PLANNED = new RolloutPhase(null, -1);

    static RolloutPhase of(TrackedPlan plan) {
        if (!plan.planned()) {
            return NOT_PLANNED;
        }
        Map<String, LocalDate> firstStart = new LinkedHashMap<>();
        plan.tasks().forEach(task -> firstStart.merge(String.valueOf(task.phase()), task.start(),
                (a, b) -> a.isBefore(b) ? a : b));
        List<String> phases = firstStart.entrySet().stream()
                .sorted(Map.Entry.<String, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        return plan.tasks().stream().filter(task -> !task.done())
                .min(Comparator.comparing(TrackedTask::start).thenComparing(TrackedTask::taskId))
                .map(task -> new RolloutPhase(String.valueOf(task.phase()),
                        phases.indexOf(String.valueOf(task.phase()))))
                .orElse(new RolloutPhase(DONE, phases.size()));
    }
}
