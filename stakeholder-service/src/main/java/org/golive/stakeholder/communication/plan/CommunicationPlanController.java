package org.golive.stakeholder.communication.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.golive.platform.input.PlainText;
import org.golive.platform.problem.NotFoundException;
import org.golive.stakeholder.communication.Purpose;
import org.golive.stakeholder.communication.ScopeAccess;
import org.golive.stakeholder.communication.audience.Audience;
import org.golive.stakeholder.communication.audience.AudienceDirectory;
import org.golive.stakeholder.register.Quadrant;
import org.golive.stakeholder.communication.audience.RolloutCalendar;
import org.golive.stakeholder.communication.audience.Scope;
import org.golive.stakeholder.register.RoleGroup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@Tag(name = "Communication plans", description = "What goes to whom, why, how and when, per rollout or program")
@RestController
class CommunicationPlanController {

    private final CommunicationPlans plans;
    private final RolloutCalendar calendar;
    private final AudienceDirectory directory;
    private final ScopeAccess access;

    CommunicationPlanController(CommunicationPlans plans, RolloutCalendar calendar, AudienceDirectory directory,
                                ScopeAccess access) {
        this.plans = plans;
        this.calendar = calendar;
        this.directory = directory;
        this.access = access;
    }

    record EntryForm(@NotBlank @Size(max = 200) @PlainText String title,
                     @NotNull Purpose purpose,
                     @NotNull Channel channel,
                     Set<RoleGroup> roleGroups,
                     Set<Quadrant> quadrants,
                     @Size(max = 500) List<@NotBlank @Size(max = 100) @PlainText String> stakeholderIds,
                     @Positive @Max(366) Integer everyDays,
                     @PositiveOrZero @Max(1000) Integer fromDaysBeforeGoLive,
                     Trigger trigger,
                     @NotBlank @Size(max = 200) @PlainText String owner,
                     @Positive @Max(90) Integer acknowledgeWithinDays,
                     Boolean autoSend) {

        PlanEntry entry() {
            return new PlanEntry(null, title, purpose, channel, new Audience(roleGroups, quadrants, stakeholderIds),
                    everyDays, fromDaysBeforeGoLive, trigger, owner, acknowledgeWithinDays, autoSend);
        }
    }

    /** Either a rollout or a program; {@code version}: the plan's version you read, when it exists already. */
    record PlanForm(@Size(max = 100) @PlainText String rolloutId,
                    @Size(max = 100) @PlainText String programId,
                    @PositiveOrZero Long version,
                    @NotEmpty @Size(max = 50) List<@Valid @NotNull EntryForm> entries) {
    }

    record EntryView(String entryId, String title, Purpose purpose, Channel channel, Set<RoleGroup> roleGroups,
                     Set<Quadrant> quadrants, List<String> stakeholderIds, Integer everyDays,
                     Integer fromDaysBeforeGoLive, Trigger trigger, String owner, Integer acknowledgeWithinDays,
                     boolean autoSend, LocalDate nextDue, HandledOccurrence lastHandled) {
    }

    /** {@code version}: the plan's version you read; {@code entry}: the entry as it should now stand, whole. */
    record EntryRevisionForm(@NotNull @PositiveOrZero Long version, @Valid @NotNull EntryForm entry) {
    }

    /** {@code goLiveDate}: what the due dates count from (the program's: its next go-live). */
    record PlanView(String id, String rolloutId, String programId, LocalDate goLiveDate, List<EntryView> entries,
                    Instant createdAt, long version) {
    }

    @Operation(summary = "Add entries to the communication plan of a rollout or a program (created on first use)",
            description = "Each entry has a cadence counted from the go-live date (everyDays from"
                    + " fromDaysBeforeGoLive: weekly from GL-90 is 7 and 90) or a trigger. When a cadence entry falls"
                    + " due, Golive sends it (autoSend, e-mail entries only) or e-mails its owner a reminder with a"
                    + " draft. Send the plan's version when it exists: a stale one is 409.")
    @PostMapping("/communication-plans")
    PlanView add(@Valid @RequestBody PlanForm form) {
        Scope scope = calendar.scope(form.rolloutId(), form.programId());
        access.mayChange(scope);
        List<PlanEntry> entries = form.entries().stream().map(EntryForm::entry).toList();
        // Named stakeholders must be registered: resolving now refuses unknown ones with 422.
        entries.forEach(e -> directory.resolve(scope, new Audience(Set.of(), Set.of(), e.audience().stakeholderIds())));
        return view(plans.add(scope, entries, form.version()));
    }

    @Operation(summary = "Revise one entry of a communication plan (the plan's id and the entry's, as read)",
            description = "The entry is replaced by the one sent, whole; its id and what was already dealt with stay,"
                    + " and nothing before today falls due because of the change. Send the plan's version: a stale"
                    + " one is 409.")
    @PutMapping("/communication-plans/{planId}/entries/{entryId}")
    PlanView revise(@PathVariable String planId, @PathVariable String entryId,
                    @Valid @RequestBody EntryRevisionForm form) {
        CommunicationPlan plan = plans.get(planId);
        access.mayChange(plan.scope());
        PlanEntry revision = form.entry().entry();
        directory.resolve(plan.scope(), new Audience(Set.of(), Set.of(), revision.audience().stakeholderIds()));
        return view(plans.revise(plan, entryId, revision, form.version()));
    }

    @Operation(summary = "Read the communication plan of a rollout or a program, with each entry's next due date")
    @GetMapping("/communication-plans")
    PlanView get(@RequestParam(required = false) String rolloutId, @RequestParam(required = false) String programId) {
        Scope scope = calendar.scope(rolloutId, programId);
        access.mayRead(scope);
        return view(plans.of(scope).orElseThrow(() -> new NotFoundException("Plan", plans.planId(scope))));
    }

    private PlanView view(CommunicationPlan plan) {
        LocalDate goLive = plans.goLive(plan.scope());
        LocalDate today = plans.today();
        return new PlanView(plan.id(), plan.scope().rolloutId(), plan.scope().programId(), goLive,
                plan.entries().stream().map(e -> new EntryView(e.entryId(), e.title(), e.purpose(), e.channel(),
                        e.audience().roleGroups(), e.audience().quadrants(), e.audience().stakeholderIds(),
                        e.everyDays(), e.fromDaysBeforeGoLive(), e.trigger(), e.owner(), e.acknowledgeWithinDays(),
                        e.sendsItself(), e.nextDue(goLive, today), e.lastHandled())).toList(), plan.createdAt(),
                plan.version());
    }
}
