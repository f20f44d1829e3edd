package org.golive.planning.plan;

import org.golive.platform.problem.RuleViolationException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What a task of a plan must satisfy before it is scheduled: a well-formed id, and dependencies inside its plan. */
final class TaskRules {

    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private TaskRules() {
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
