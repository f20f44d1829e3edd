package org.golive.planning.rollout;

import org.golive.planning.plan.Blueprint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.golive.planning.plan.Baseline;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.plan.TaskVariance;
import org.golive.planning.template.PlanTemplate;
import org.golive.planning.template.PlanTemplates;
import org.golive.planning.template.TemplateVersion;
import org.golive.platform.problem.RuleViolationException;
import org.golive.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.golive.planning.rollout.PlanViews.BaselineSummary;
import static org.golive.planning.rollout.PlanViews.BaselineView;
import static org.golive.planning.rollout.PlanViews.GoLiveMoved;
import static org.golive.planning.rollout.PlanViews.PlanView;

@Tag(name = "Site plans", description = "A site's implementation plan, anchored to its go-live date and scheduled")
@RestController
class PlanController {

    private final PlanCommands commands;
    private final PlanTemplates templates;
    private final ApplicationEventPublisher inProcess;
    private final Clock clock;

    PlanController(PlanCommands commands, PlanTemplates templates, ApplicationEventPublisher inProcess, Clock clock) {
        this.commands = commands;
        this.templates = templates;
        this.inProcess = inProcess;
        this.clock = clock;
    }

    /**
     * @param workingWeekdays default Monday to Friday
     * @param holidays        days nobody works on the site's project (closures, public holidays)
     * @param extraWorkingDays days worked although their weekday is not (a cutover weekend)
     * @param workingTimes    the hours of each working day, default 08:00-12:00,13:00-17:00
     */
    record CalendarForm(Set<DayOfWeek> workingWeekdays, @Size(max = 1000) List<@NotNull LocalDate> holidays,
                        @Size(max = 1000) List<@NotNull LocalDate> extraWorkingDays,
                        @Size(max = 200) String workingTimes) {
        PlanCalendar toCalendar() {
            if (workingWeekdays != null && workingWeekdays.isEmpty()) {
                throw new RuleViolationException("calendar.workingWeekdays", "A calendar needs a working weekday");
            }
            return new PlanCalendar(workingWeekdays == null ? PlanCalendar.MONDAY_TO_FRIDAY.workingWeekdays()
                    : workingWeekdays, holidays, extraWorkingDays, workingTimes);
        }
    }

    record Instantiate(@NotBlank String templateId, @Positive Integer templateVersion, @Valid CalendarForm calendar) {
    }

    record MoveGoLive(@NotNull LocalDate goLiveDate, @Size(max = 1000) String reason, @NotNull Long version) {
    }

    record SetBaseline(@NotBlank @Size(max = 100) @Pattern(regexp = "[^/?#]+") String name) {
    }

    @Operation(summary = "Instantiate a plan template for the site at its go-live date",
            description = "Asking again for the same template version returns the existing plan (200) and changes"
                    + " nothing; another template or version is refused (409). The template's role demand is"
                    + " assigned at once to the program pool's generic role of each role (roles the pool lacks are"
                    + " left unassigned).")
    @PostMapping("/rollouts/{rolloutId}/plan")
    ResponseEntity<PlanView> instantiate(@PathVariable String rolloutId, @Valid @RequestBody Instantiate request) {
        PlanTemplate template = templates.get(request.templateId());
        TemplateVersion version = request.templateVersion() == null ? template.latestPublished()
                : template.version(request.templateVersion());
        Blueprint blueprint = template.blueprint(version);
        PlanCalendar calendar = request.calendar() == null ? PlanCalendar.MONDAY_TO_FRIDAY
                : request.calendar().toCalendar();
        ResponseEntity<PlanView> answer = commands.change(rolloutId,
                rollout -> rollout.planning().instantiate(blueprint, calendar, clock.instant()),
                (created, rollout) -> created
                        ? ResponseEntity.created(URI.create("/rollouts/" + rolloutId + "/plan"))
                                .body(PlanView.of(rollout))
                        : ResponseEntity.ok(PlanView.of(rollout)));
        inProcess.publishEvent(new PlanMadeFromTemplate(rolloutId)); // its role demand, assigned once
        return answer;
    }

    @Operation(summary = "Read the site's plan: tasks with their scheduled, late and actual dates, float, critical path")
    @GetMapping("/rollouts/{rolloutId}/plan")
    PlanView plan(@PathVariable String rolloutId) {
        return PlanView.of(commands.read(rolloutId));
    }

    @Operation(summary = "Move the site's go-live date; every task not yet done is rescheduled and listed if it moved")
    @PutMapping("/rollouts/{rolloutId}/go-live")
    GoLiveMoved moveGoLive(@PathVariable String rolloutId, @Valid @RequestBody MoveGoLive request) {
        return commands.change(rolloutId, rollout -> {
            rollout.expectVersion(request.version());
            return rollout.moveGoLive(request.goLiveDate(), request.reason(), clock.instant());
        }, (rescheduled, rollout) -> new GoLiveMoved(rolloutId, rollout.goLiveDate(), rescheduled.moved(),
                rollout.sitePlan().map(SitePlan::criticalPath).orElse(List.of()),
                rollout.sitePlan().map(SitePlan::finish).orElse(null), rollout.version()));
    }

    @Operation(summary = "Set a named baseline: a snapshot of every task's dates to measure slips against")
    @PostMapping("/rollouts/{rolloutId}/plan/baselines")
    ResponseEntity<BaselineView> setBaseline(@PathVariable String rolloutId,
                                             @Valid @RequestBody SetBaseline request) {
        Baseline baseline = commands.change(rolloutId,
                rollout -> rollout.planning().setBaseline(request.name().strip(), Caller.current().name(), clock.instant()));
        URI location = UriComponentsBuilder.fromPath("/rollouts/{rolloutId}/plan/baselines/{name}")
                .buildAndExpand(rolloutId, baseline.name()).encode().toUri();
        return ResponseEntity.created(location).body(BaselineView.of(baseline));
    }

    @Operation(summary = "List the plan's baselines")
    @GetMapping("/rollouts/{rolloutId}/plan/baselines")
    List<BaselineSummary> baselines(@PathVariable String rolloutId) {
        return commands.read(rolloutId).plan().baselines().stream().map(BaselineSummary::of).toList();
    }

    @Operation(summary = "Read one baseline with its task dates")
    @GetMapping("/rollouts/{rolloutId}/plan/baselines/{name}")
    BaselineView baseline(@PathVariable String rolloutId, @PathVariable String name) {
        return BaselineView.of(commands.read(rolloutId).plan().baseline(name));
    }

    @Operation(summary = "Variance of every task and milestone against a baseline, in working days (positive: late)")
    @GetMapping("/rollouts/{rolloutId}/plan/variance")
    List<TaskVariance> variance(@PathVariable String rolloutId, @RequestParam String baseline) {
        Rollout rollout = commands.read(rolloutId);
        return rollout.plan().variance(baseline, rollout.goLiveDate());
    }
}
