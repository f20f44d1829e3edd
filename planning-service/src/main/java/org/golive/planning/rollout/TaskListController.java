package org.golive.planning.rollout;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.golive.planning.plan.TaskPage;
import org.golive.planning.plan.TaskQuery;
import org.golive.planning.plan.TaskStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static org.golive.planning.rollout.PlanViews.TaskView;

@Tag(name = "Tasks")
@RestController
class TaskListController {

    private final PlanCommands commands;

    TaskListController(PlanCommands commands) {
        this.commands = commands;
    }

    /**
     * A page of the tasks, each as the single-task read shows it.
     *
     * @param total      how many tasks match, over all pages
     * @param totalPages how many pages of {@code size} they fill (0 when none match)
     * @param links      the pages around this one, as relative references ({@code ?status=DONE&page=1&size=50}): each
     *                   replaces the query of the URL this page was read from, so they hold through the gateway;
     *                   {@code prev} and {@code next} are null at the ends
     */
    record TaskListView(List<TaskView> tasks, int page, int size, int total, int totalPages, PageLinks links) {
    }

    record PageLinks(String self, String first, String prev, String next, String last) {
    }

    @Operation(summary = "List the plan's tasks, filtered, sorted and a page at a time",
            description = "Every filter given must hold; a repeated status or phase means any of them. The list is"
                    + " sorted whole (ties by task id, so pages never overlap or skip a task while the plan is"
                    + " unchanged), then cut into pages. A page past the last is empty. An unknown parameter, a"
                    + " single-valued one given twice, or a value that does not parse is a 400 naming it.")
    @GetMapping("/rollouts/{rolloutId}/plan/tasks")
    TaskListView list(
            @Parameter(description = "The site rollout whose plan is listed") @PathVariable String rolloutId,
            @Parameter(description = "Only tasks in one of these statuses (repeat the parameter for several)",
                    array = @ArraySchema(schema = @Schema(implementation = TaskStatus.class)))
            @RequestParam(required = false) List<String> status,
            @Parameter(description = "Only tasks of one of these phases, by the phase key the plan lists"
                    + " (assess, plan, design-build, test, train, go-live, stabilize in the standard template)",
                    example = "test")
            @RequestParam(required = false) List<String> phase,
            @Parameter(description = "true: only tasks on the critical path; false: only tasks off it")
            @RequestParam(required = false) Boolean critical,
            @Parameter(description = "Only tasks this party is responsible or accountable for in the RACI (a user"
                    + " name or a role as the RACI names it, exactly); consulted and informed do not count",
                    example = "Site Project Manager")
            @RequestParam(required = false) String assignee,
            @Parameter(description = "Only tasks whose scheduled finish (actual finish once done) is before this day",
                    schema = @Schema(type = "string", format = "date", example = "2027-03-01"))
            @RequestParam(required = false) String dueBefore,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Tasks per page, 1 to " + TaskQuery.MAX_PAGE_SIZE)
            @RequestParam(defaultValue = "50") @Min(1) @Max(TaskQuery.MAX_PAGE_SIZE) int size,
            @Parameter(description = "start, finish, float or name, optionally with ,asc or ,desc",
                    schema = @Schema(defaultValue = "start", example = "finish,desc"))
            @RequestParam(defaultValue = "start") String sort,
            HttpServletRequest request) {
        TaskListParameters.checkNames(request.getParameterMap());
        TaskQuery query = TaskListParameters.query(status, phase, critical, assignee, dueBefore, sort);
        // The one read of the plan: swap it for a narrower one and the rest stays as it is.
        Rollout rollout = commands.read(rolloutId);
        TaskPage found = query.page(rollout.plan().tasks(), page, size);
        return new TaskListView(found.tasks().stream().map(t -> TaskView.of(t, rollout.goLiveDate())).toList(),
                found.page(), found.size(), found.total(), found.totalPages(), links(query, found));
    }

    private static PageLinks links(TaskQuery query, TaskPage found) {
        int last = found.lastPage();
        return new PageLinks(TaskListParameters.queryString(query, found.page(), found.size()),
                TaskListParameters.queryString(query, 0, found.size()),
                found.page() > 0 ? TaskListParameters.queryString(query, Math.min(found.page() - 1, last),
                        found.size()) : null,
                found.hasNext() ? TaskListParameters.queryString(query, found.page() + 1, found.size()) : null,
                TaskListParameters.queryString(query, last, found.size()));
    }
}
