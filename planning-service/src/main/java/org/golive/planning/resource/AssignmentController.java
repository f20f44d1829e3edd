package org.golive.planning.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.role.ResourceRole;
import org.golive.planning.rollout.Rollout;
import org.golive.planning.rollout.Rollouts;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.golive.platform.security.RolloutAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Tag(name = "Resources")
@RestController
class AssignmentController {

    private final Rollouts rollouts;
    private final Resources resources;
    private final RolloutAssignmentStore assignments;
    private final LoadRefresh refresh;
    private final LabourCostRefresh labour;
    private final EffortDrivenTasks effortDriven;
    private final RolloutAccess access;
    private final Clock clock;

    AssignmentController(Rollouts rollouts, Resources resources, RolloutAssignmentStore assignments,
                         LoadRefresh refresh, LabourCostRefresh labour, EffortDrivenTasks effortDriven,
                         RolloutAccess access, Clock clock) {
        this.rollouts = rollouts;
        this.resources = resources;
        this.assignments = assignments;
        this.refresh = refresh;
        this.labour = labour;
        this.effortDriven = effortDriven;
        this.access = access;
        this.clock = clock;
    }

    /** @param units 1 = one full-time person on every working day of the task; or give effortHours instead */
    @Schema(name = "ResourceAssignmentForm")
    record AssignmentForm(@NotBlank @Size(max = 100) String resourceId,
                          @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal units,
                          @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal effortHours) {
    }

    /** @param revision the task's assignment revision you read (0 when nobody was ever assigned) */
    @Schema(name = "TaskResourcesForm")
    record TaskResourcesForm(@NotNull Integer revision,
                             @NotNull @Size(max = 50) List<@NotNull @Valid AssignmentForm> assignments) {
    }

    @Schema(name = "ResourceAssignmentView")
    record AssignmentView(String resourceId, String name, ResourceRole role, BigDecimal units, BigDecimal effortHours) {
    }

    @Schema(name = "TaskResourcesView")
    record TaskResourcesView(String rolloutId, String taskId, LocalDate start, LocalDate finish, int revision,
                             List<AssignmentView> assignments) {
    }

    @Operation(summary = "Read the resources assigned to a task")
    @GetMapping("/rollouts/{rolloutId}/plan/tasks/{taskId}/resources")
    TaskResourcesView read(@PathVariable String rolloutId, @PathVariable String taskId) {
        Rollout rollout = rollouts.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        taskOf(rollout, taskId);
        AssignedTask task = assignments.find(rolloutId).map(a -> a.task(taskId))
                .orElse(new AssignedTask(taskId, null, null, false, 0, List.of()));
        return view(rolloutId, task, names(rollout.programId()));
    }

    @Operation(summary = "Read every assigned task of a rollout")
    @GetMapping("/rollouts/{rolloutId}/resources")
    List<TaskResourcesView> readAll(@PathVariable String rolloutId) {
        Rollout rollout = rollouts.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        Map<String, Resource> names = names(rollout.programId());
        return assignments.find(rolloutId).map(RolloutAssignments::tasks).orElse(List.of()).stream()
                .map(task -> view(rolloutId, task, names)).toList();
    }

    @Operation(summary = "Assign people or roles of the program's pool to a task (replaces its assignments; send "
            + "the revision you read, a stale one is 409)")
    @PutMapping("/rollouts/{rolloutId}/plan/tasks/{taskId}/resources")
    TaskResourcesView assign(@PathVariable String rolloutId, @PathVariable String taskId,
                             @Valid @RequestBody TaskResourcesForm form) {
        Rollout rollout = rollouts.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.CHANGE);
        SitePlan plan = rollout.sitePlan().orElseThrow(() -> new NotFoundException("Plan of rollout", rolloutId));
        PlanTask task = taskOf(rollout, taskId);
        Map<String, Resource> pool = names(rollout.programId());
        for (int i = 0; i < form.assignments().size(); i++) {
            if (!pool.containsKey(form.assignments().get(i).resourceId())) {
                throw new RuleViolationException("assignments[" + i + "].resourceId", "The program's pool has no"
                        + " resource " + form.assignments().get(i).resourceId());
            }
        }
        List<Assignment> given = form.assignments().stream()
                .map(a -> new Assignment(a.resourceId(), a.units(), a.effortHours())).toList();
        AssignedTask assigned = assignments.change(rolloutId,
                () -> RolloutAssignments.open(rolloutId, rollout.programId(), plan.calendar(), rollout.goLiveDate()),
                document -> {
                    document.planCalendar(plan.calendar());
                    return document.assign(task, form.revision(), given, clock.instant());
                });
        if (effortDriven.assigned(rolloutId, taskId, given)) {
            assigned = assignments.find(rolloutId).map(a -> a.task(taskId)).orElse(assigned);
        }
        refresh.program(rollout.programId());
        labour.rollout(rolloutId);
        return view(rolloutId, assigned, pool);
    }

    private static PlanTask taskOf(Rollout rollout, String taskId) {
        return rollout.sitePlan().flatMap(plan -> plan.find(taskId))
                .orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    private Map<String, Resource> names(String programId) {
        return resources.pool(programId).stream().collect(Collectors.toMap(Resource::id, Function.identity()));
    }

    private static TaskResourcesView view(String rolloutId, AssignedTask task, Map<String, Resource> pool) {
        return new TaskResourcesView(rolloutId, task.taskId(), task.start(), task.finish(), task.revision(),
                task.assignments().stream().map(a -> {
                    Resource resource = pool.get(a.resourceId());
                    return new AssignmentView(a.resourceId(), resource == null ? null : resource.profile().name(),
                            resource == null ? null : resource.profile().role(), a.units(), a.effortHours());
                }).toList());
    }

}
