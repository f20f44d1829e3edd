package org.golive.planning.rollout;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.golive.planning.plan.DependencyForm;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.ProgressReport;
import org.golive.planning.plan.Raci;
import org.golive.planning.plan.TaskDefinition;
import org.golive.planning.plan.TaskStatus;
import org.golive.planning.schedule.ConstraintType;
import org.golive.platform.input.PlainText;
import org.golive.platform.problem.ForbiddenException;
import org.golive.platform.problem.RuleViolationException;
import org.golive.platform.security.Caller;
import org.golive.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.golive.planning.rollout.PlanViews.TaskChangeView;
import static org.golive.planning.rollout.PlanViews.TaskView;

@Tag(name = "Tasks", description = "The tasks of a site's plan: definition, assignments (RACI) and progress")
@RestController
class TaskController {

    private final PlanCommands commands;
    private final Clock clock;

    TaskController(PlanCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** A plan reaches at most ten years either side of its go-live. */
    private static final int MAX_OFFSET_DAYS = 3650;

    /**
     * A task as a planner defines it. Dates are stored relative to go-live, so moving go-live moves them too.
     *
     * @param startNoEarlierThan the task starts on this day at the earliest (or later, if its dependencies say so)
     * @param deadline           the task should finish by this day; missing it makes the total float negative
     * @param constraintType     one of MS Project's eight constraints (ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO,
     *                           MFO); SNLT, FNLT, MSO and MFO win over the dependencies. Left out: SNET when
     *                           startNoEarlierThan is given, else ASAP
     * @param constraintDate     the date of a dated constraint (all but ASAP and ALAP); for SNET it may be given here
     *                           or as startNoEarlierThan
     * @param revision           required when changing a task: the revision you read
     * @param durationDays       working days; 0 makes a milestone. May be left out when {@code duration} is given
     * @param duration           opt-in hour-level or elapsed duration in MS Project's notation instead of
     *                           durationDays: {@code 4h}, {@code 90m}, {@code 2ed}, {@code 12eh}
     * @param calendar           {@code 24-hours} for a task worked around the clock (a cutover); left out: the site's
     * @param effortDriven       true: MS Project's effort-driven task, its duration is effortHours / (units assigned x
     *                           the calendar's hours per day) once resources with units are assigned; left out: fixed
     *                           duration
     */
    record TaskForm(@Size(max = 40) @PlainText String wbs,
                    @Size(max = 40) @PlainText String phase,
                    @NotBlank @Size(max = 300) @PlainText String title,
                    LocalDate startNoEarlierThan,
                    LocalDate deadline,
                    @Min(0) @Max(1000) Integer durationDays,
                    @Size(max = 100) List<@Valid DependencyForm> dependencies,
                    @PositiveOrZero @DecimalMax("1000000") BigDecimal effortHours,
                    @Size(max = 200) @PlainText String readinessCriterion,
                    @Size(max = 100) List<Raci.Assignment> raci,
                    Integer revision,
                    ConstraintType constraintType,
                    LocalDate constraintDate,
                    @Size(max = 16) String duration,
                    @Size(max = 40) String calendar,
                    Boolean effortDriven) {

        TaskDefinition toDefinition(LocalDate goLive) {
            return new TaskDefinition(wbs, phase, title.strip(),
                    offset(goLive, startNoEarlierThan, "startNoEarlierThan"), offset(goLive, deadline, "deadline"),
                    daysOrZero(), DependencyForm.toDependencies(dependencies), effortHours, readinessCriterion,
                    Raci.of(raci == null ? List.of() : raci, "raci"), constraintType,
                    offset(goLive, constraintDate, "constraintDate"), duration, calendar,
                    Boolean.TRUE.equals(effortDriven), null);
        }

        private int daysOrZero() {
            if (durationDays == null && duration == null) {
                throw new RuleViolationException("durationDays", "A task needs durationDays or duration");
            }
            return durationDays == null ? 0 : durationDays;
        }

        /** Dates are kept relative to go-live; a plan reaches at most ten years either side of it. */
        private static Integer offset(LocalDate goLive, LocalDate date, String field) {
            if (date == null) {
                return null;
            }
            long days = ChronoUnit.DAYS.between(goLive, date);
            if (Math.abs(days) > MAX_OFFSET_DAYS) {
                throw new RuleViolationException(field, date + " lies more than ten years from the go-live date "
                        + goLive);
            }
            return (int) days;
        }
    }

    record Assignments(@NotNull @Size(max = 100) List<Raci.Assignment> raci, @NotNull Integer revision) {
    }

    /**
     * @param status          NOT_STARTED, IN_PROGRESS or DONE; inferred from the percentage when left out
     * @param actualStart     defaults to today when a task starts
     * @param actualFinish    defaults to today when a task is done
     */
    record Progress(TaskStatus status, @Min(0) @Max(100) Integer percentComplete, LocalDate actualStart,
                    LocalDate actualFinish, @NotNull Integer revision) {
    }

    @Operation(summary = "Add a task to the site's plan")
    @PostMapping("/rollouts/{rolloutId}/plan/tasks")
    ResponseEntity<TaskChangeView> add(@PathVariable String rolloutId, @Valid @RequestBody TaskForm form) {
        TaskChangeView added = commands.changeTasks(rolloutId,
                rollout -> rollout.planning().addTask(form.toDefinition(rollout.goLiveDate()), clock.instant()),
                TaskChangeView::of);
        return ResponseEntity.created(URI.create("/rollouts/" + rolloutId + "/plan/tasks/" + added.task().id()))
                .body(added);
    }

    @Operation(summary = "Read one task")
    @GetMapping("/rollouts/{rolloutId}/plan/tasks/{taskId}")
    TaskView get(@PathVariable String rolloutId, @PathVariable String taskId) {
        Rollouts.TaskAt task = commands.readTask(rolloutId, taskId);
        return TaskView.of(task.task(), task.goLiveDate());
    }

    @Operation(summary = "Change a task's definition; a slip pushes its successors, listed in the answer")
    @PutMapping("/rollouts/{rolloutId}/plan/tasks/{taskId}")
    TaskChangeView revise(@PathVariable String rolloutId, @PathVariable String taskId,
                          @Valid @RequestBody TaskForm form) {
        int revision = required(form.revision());
        return commands.changeTasks(rolloutId, rollout -> rollout.planning().reviseTask(taskId, revision,
                form.toDefinition(rollout.goLiveDate()), clock.instant()), TaskChangeView::of);
    }

    @Operation(summary = "Replace a task's RACI: exactly one accountable party")
    @PutMapping("/rollouts/{rolloutId}/plan/tasks/{taskId}/raci")
    TaskChangeView assign(@PathVariable String rolloutId, @PathVariable String taskId,
                          @Valid @RequestBody Assignments request) {
        Raci raci = Raci.of(request.raci(), "raci");
        return commands.changeTasks(rolloutId,
                rollout -> rollout.planning().assign(taskId, request.revision(), raci, clock.instant()), TaskChangeView::of);
    }

    @Operation(summary = "Record progress on a task",
            description = "The site's project manager and the PMO may record progress on any task; a contributor"
                    + " only on the tasks they are responsible or accountable for.")
    @PostMapping("/rollouts/{rolloutId}/plan/tasks/{taskId}/progress")
    TaskChangeView progress(@PathVariable String rolloutId, @PathVariable String taskId,
                            @Valid @RequestBody Progress request) {
        ProgressReport report = new ProgressReport(request.status(), request.percentComplete(),
                request.actualStart(), request.actualFinish());
        return commands.changeTasks(rolloutId, rollout -> checkMayProgress(rollout, taskId),
                rollout -> rollout.planning().recordProgress(taskId, request.revision(), report, LocalDate.now(clock),
                        clock.instant()), TaskChangeView::of);
    }

    private void checkMayProgress(Rollout rollout, String taskId) {
        if (commands.mayChange(rollout.id())) {
            return;
        }
        Caller caller = Caller.current();
        PlanTask task = rollout.plan().task(taskId);
        if (!caller.roles().contains(Role.CONTRIBUTOR) || !task.definition().raci().involves(caller.name())) {
            throw new ForbiddenException("You are not responsible or accountable for task " + taskId
                    + " of rollout " + rollout.id());
        }
    }

    private static int required(Integer revision) {
        if (revision == null) {
            throw new RuleViolationException("revision",
                    "Send the revision of the task you read, so that nobody's change is overwritten");
        }
        return revision;
    }
}
