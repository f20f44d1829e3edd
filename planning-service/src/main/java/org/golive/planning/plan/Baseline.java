package org.golive.planning.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A named snapshot of the plan's scheduled dates, to measure slips against. */
public record Baseline(String name, Instant setAt, String setBy, List<TaskDates> tasks) {

    public record TaskDates(String taskId, LocalDate start, LocalDate finish) {
    }

    public Baseline {
        tasks = List.copyOf(tasks);
    }

    Map<String, TaskDates> byTask() {
        return tasks.stream().collect(Collectors.toMap(TaskDates::taskId, Function.identity()));
    }

    public Optional<TaskDates> of(String taskId) {
        return tasks.stream().filter(t -> t.taskId().equals(taskId)).findFirst();
    }
}
