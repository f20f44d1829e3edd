package org.golive.stakeholder.communication.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.golive.platform.input.PlainText;
import org.golive.platform.security.Caller;
import org.golive.stakeholder.communication.Purpose;
import org.golive.stakeholder.communication.ScopeAccess;
import org.golive.stakeholder.communication.audience.Audience;
import org.golive.stakeholder.register.Quadrant;
import org.golive.stakeholder.communication.audience.RolloutCalendar;
import org.golive.stakeholder.communication.audience.Scope;
import org.golive.stakeholder.communication.plan.CommunicationPlans;
import org.golive.stakeholder.communication.plan.PlanEntry;
import org.golive.stakeholder.paging.Filters;
import org.golive.stakeholder.paging.ListPage;
import org.golive.stakeholder.paging.ListParameters;
import org.golive.stakeholder.paging.PageLinks;
import org.golive.stakeholder.paging.PageQuery;
import org.golive.stakeholder.paging.Sorting;
import org.golive.stakeholder.register.RoleGroup;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Tag(name = "Communications", description = "Announcements sent by e-mail to an audience resolved at send time")
@RestController
class CommunicationController {

    private final CommunicationIssuer issuer;
    private final Communications communications;
    private final RolloutCalendar calendar;
    private final CommunicationPlans plans;
    private final ScopeAccess access;
    private final Clock clock;

    CommunicationController(CommunicationIssuer issuer, Communications communications, RolloutCalendar calendar,
                            CommunicationPlans plans, ScopeAccess access, Clock clock) {
        this.issuer = issuer;
        this.communications = communications;
        this.calendar = calendar;
        this.plans = plans;
        this.access = access;
        this.clock = clock;
    }

    record AudienceForm(Set<RoleGroup> roleGroups, Set<Quadrant> quadrants,
                        @Size(max = 500) List<@NotBlank @Size(max = 100) @PlainText String> stakeholderIds) {

        Audience audience() {
            return new Audience(roleGroups, quadrants, stakeholderIds);
        }
    }

    /**
     * Either a rollout or a program. With a plan entry ({@code entryId} of the scope's plan), the entry's audience
     * and purpose are used where the request leaves them out.
     */
    record CommunicationForm(@Size(max = 100) @PlainText String rolloutId,
                             @Size(max = 100) @PlainText String programId,
                             @Size(max = 100) @PlainText String entryId,
                             Purpose purpose,
                             @NotBlank @Size(max = 200) @PlainText String subject,
                             @NotBlank @Size(max = 20_000) String body,
                             @Valid AudienceForm audience,
                             @Positive @Max(90) Integer acknowledgeWithinDays) {
    }

    @Operation(summary = "Send a communication: its audience is resolved now, and each recipient gets it by e-mail",
            description = "Answers 201 at once; deliveries follow (GET the communication to see each recipient's).")
    @PostMapping("/communications")
    ResponseEntity<CommunicationView> send(@Valid @RequestBody CommunicationForm form) {
        Scope scope = calendar.scope(form.rolloutId(), form.programId());
        access.mayChange(scope);
        PlanEntry entry = form.entryId() == null ? null : plans.entry(scope, form.entryId());
        Audience audience = form.audience() != null ? form.audience().audience()
                : entry != null ? entry.audience() : null;
        if (audience == null || audience.isEmpty()) {
            throw new org.golive.platform.problem.RuleViolationException("audience",
                    "Name an audience: role groups, quadrants or stakeholders");
        }
        Purpose purpose = form.purpose() != null ? form.purpose() : entry != null ? entry.purpose() : null;
        if (purpose == null) {
            throw new org.golive.platform.problem.RuleViolationException("purpose", "Say what the communication is for");
        }
        Integer ackDays = form.acknowledgeWithinDays() != null ? form.acknowledgeWithinDays()
                : entry != null ? entry.acknowledgeWithinDays() : null;
        Communication sent = issuer.issue(new CommunicationDraft(UUID.randomUUID().toString(), scope,
                Kind.ANNOUNCEMENT, purpose, form.subject(), form.body(),
                ackDays == null ? null : clock.instant().plus(Duration.ofDays(ackDays)),
                entry == null ? null : plans.planId(scope), form.entryId(), null, null, null, null,
                Caller.current().name()), audience);
        return ResponseEntity.created(URI.create("/communications/" + sent.id())).body(CommunicationView.of(sent));
    }

    /** Newest first by default; ties by id. */
    private static final Sorting<Communication> ORDERS = Sorting.byId(Communication::id, "sentAt")
            .by("sentAt", Communication::sentAt, true)
            .by("subject", Communication::subject, false);

    /** A page of a scope's communications. */
    record CommunicationList(List<CommunicationView> communications, int page, int size, int total, int totalPages,
                             PageLinks links) {
    }

    @Operation(summary = "List the communications of a rollout or a program, newest first, a page at a time",
            description = "Give rolloutId or programId (a program's include its rollouts'). Sorted whole (ties by"
                    + " id), then cut into pages. An unknown parameter, a single-valued one given twice or a bad value"
                    + " is a 400 naming it.")
    @Parameters({
            @Parameter(name = "rolloutId", in = ParameterIn.QUERY), @Parameter(name = "programId", in = ParameterIn.QUERY),
            @Parameter(name = "sort", in = ParameterIn.QUERY, description = "sentAt (default, newest first) or"
                    + " subject; ,asc or ,desc to choose"),
            @Parameter(name = "page", in = ParameterIn.QUERY, description = "from 0"),
            @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to 500 (50)")})
    @GetMapping("/communications")
    CommunicationList list(HttpServletRequest request) {
        ListParameters parameters = new ListParameters(request.getParameterMap(), Set.of(),
                Set.of("rolloutId", "programId"));
        String rolloutId = parameters.text("rolloutId");
        String programId = parameters.text("programId");
        PageQuery<Communication> page = parameters.page(ORDERS);
        Scope scope = calendar.scope(rolloutId, programId);
        access.mayRead(scope);
        ListPage<CommunicationView> found = page.of(communications.of(scope.rolloutId(), scope.programId()),
                new Filters().add("rolloutId", rolloutId).add("programId", programId).toString())
                .map(CommunicationView::of);
        return new CommunicationList(found.items(), found.page(), found.size(), found.total(), found.totalPages(),
                found.links());
    }

    @Operation(summary = "Read a communication with each recipient's delivery and acknowledgement")
    @GetMapping("/communications/{communicationId}")
    CommunicationView get(@PathVariable String communicationId) {
        Communication communication = communications.get(communicationId);
        access.mayRead(communication.scope());
        return CommunicationView.of(communication);
    }

    @Operation(summary = "Send a failed delivery again",
            description = "For a delivery that failed (refused, gave up, or unconfirmed after a cut-off send). An"
                    + " unconfirmed one may have reached the recipient: resending it may make a second copy.")
    @PostMapping("/communications/{communicationId}/deliveries/{recipientKey}/resend")
    CommunicationView resend(@PathVariable String communicationId, @PathVariable String recipientKey) {
        access.mayChange(communications.get(communicationId).scope());
        return CommunicationView.of(communications.change(communicationId,
                c -> c.resend(recipientKey, clock.instant())));
    }
}
