package org.golive.planning.plan;

import org.golive.platform.problem.RuleViolationException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a task of a plan must satisfy before it is scheduled: a well-formed id, unique in its plan, and dependencies
 * inside its plan.
 */
final class TaskRules {

    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private TaskRules() {
    }

    /** A new plan's tasks: at least one, at most {@code maxTasks}, ids well formed and unique, dependencies in it. */
    static void checkBlueprint(Blueprint blueprint, int maxTasks) {
        List<BlueprintTask> tasks = blueprint.tasks();
        if (tasks.isEmpty()) {
            throw new RuleViolationException("tasks", "A plan needs at least one task");
        }
        if (tasks.size() > maxTasks) {
            throw new RuleViolationException("tasks", "A site plan holds at most " + maxTasks + " tasks, not "
                    + tasks.size());
        }
        Set<String> ids = tasks.stream().map(BlueprintTask::id).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            BlueprintTask task = tasks.get(i);
            checkId(task.id(), "tasks[" + i + "].id");
            if (!seen.add(task.id())) {
                throw new RuleViolationException("tasks[" + i + "].id", "Two tasks share the id " + task.id());
            }
            checkDependencies(task.id(), task.definition(), ids, "tasks[" + i + "].dependencies");
        }
    }

    static void checkId(String taskId, String field) {
        if (taskId == null || !TASK_ID.matcher(taskId).matches()) {
            throw new RuleViolationException(field, "A task id is 1 to 64 letters, digits, '-' or"
                    + " '_', starting with a letter or digit: " + taskId);
        }
    }

    /** Each dependency names a task among {@code ids}, not the task itself, and no task twice. */
    static void checkDependencies(String taskId, TaskDefinition definition, Set<String> ids, String field) {
        Map<String, Integer> seen = new HashMap<>();
        List<Dependency> dependencies = definition.dependencies();
        for (int i = 0; i < dependencies.size(); i++) {
            Dependency dependency = dependencies.get(i);
            String at = field + "[" + i + "].taskId";
            if (dependency.taskId() == null || !ids.contains(dependency.taskId())) {
                throw new RuleViolationException(at, "No task " + dependency.taskId() + " in this plan: a task"
                        + " depends only on tasks of its own rollout's plan");
            }
            if (dependency.taskId().equals(taskId)) {
                throw new RuleViolationException(at, "A task cannot depend on itself");
            }
            if (seen.put(dependency.taskId(), i) != null) {
                throw new RuleViolationException(at, "Task " + dependency.taskId() + " is named twice");
            }
        }
    }
}
