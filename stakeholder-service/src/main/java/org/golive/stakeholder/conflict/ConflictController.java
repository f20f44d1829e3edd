package org.golive.stakeholder.conflict;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.golive.platform.consumer.RolloutManagers;
import org.golive.platform.problem.RuleViolationException;
import org.golive.platform.security.Caller;
import org.golive.platform.security.RolloutAccess;
import org.golive.stakeholder.conflict.ConflictForms.ConflictView;
import org.golive.stakeholder.conflict.ConflictForms.EditForm;
import org.golive.stakeholder.conflict.ConflictForms.EscalationForm;
import org.golive.stakeholder.conflict.ConflictForms.MediationForm;
import org.golive.stakeholder.conflict.ConflictForms.RaiseForm;
import org.golive.stakeholder.conflict.ConflictForms.ResolutionForm;
import org.golive.stakeholder.paging.Filters;
import org.golive.stakeholder.paging.ListPage;
import org.golive.stakeholder.paging.ListParameters;
import org.golive.stakeholder.paging.PageLinks;
import org.golive.stakeholder.paging.PageQuery;
import org.golive.stakeholder.paging.Sorting;
import org.golive.stakeholder.register.Stakeholders;
import org.golive.stakeholder.rollout.Programs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.golive.platform.security.RolloutAccess.Action.CHANGE;
import static org.golive.platform.security.RolloutAccess.Action.READ;

/** The conflict log of the rollouts: raise, mediate, resolve; escalation runs on its own ({@link ConflictEscalation}). */
@Tag(name = "Conflicts", description = "Conflicts between stakeholders, with owners, due dates, escalation and decisions")
@RestController
@RequestMapping("/conflicts")
class ConflictController {

    private static final Sorting<Conflict> ORDERS = Sorting.byId(Conflict::id, "dueDate")
            .by("dueDate", Conflict::dueDate, false)
            .by("severity", Conflict::severity, true)
            .by("raisedAt", Conflict::raisedAt, true)
            .by("updatedAt", Conflict::updatedAt, true);

    /** A page of the conflict log. */
    record ConflictList(List<ConflictView> conflicts, int page, int size, int total, int totalPages,
                        PageLinks links) {
    }

    private final Conflicts conflicts;
    private final Stakeholders stakeholders;
    private final RolloutManagers rollouts;
    private final Programs programs;
    private final RolloutAccess access;
    private final Clock clock;
    private final Duration escalationStep;

    ConflictController(Conflicts conflicts, Stakeholders stakeholders, RolloutManagers rollouts, Programs programs,
                       RolloutAccess access, Clock clock,
                       @Value("${golive.conflicts.escalation-step:P1D}") Duration escalationStep) {
        this.escalationStep = escalationStep;
        this.conflicts = conflicts;
        this.stakeholders = stakeholders;
        this.rollouts = rollouts;
        this.programs = programs;
        this.access = access;
        this.clock = clock;
    }

    @Operation(summary = "Raise a conflict on a rollout",
            description = "The parties are stakeholders in the register. Overdue, it escalates one level per step.")
    @PostMapping
    ResponseEntity<ConflictView> raise(@Valid @RequestBody RaiseForm form) {
        if (!rollouts.knows(form.rolloutId())) {
            throw new RuleViolationException("rolloutId", "Unknown rollout: " + form.rolloutId()
                    + ". A conflict belongs to a rollout planning has announced.");
        }
        access.check(form.rolloutId(), CHANGE);
        requireRegistered(form.partyIds());
        Instant now = clock.instant();
        Conflict raised = conflicts.insert(Conflict.raise(form.rolloutId(), programs.programOf(form.rolloutId()),
                form.details(), Caller.current().name(), now));
        return ResponseEntity.created(URI.create("/conflicts/" + raised.id())).body(ConflictView.of(raised, now));
    }

    @Operation(summary = "List conflicts, most urgent first, a page at a time",
            description = "Those of the rollouts you may read; narrow by rollout or program and status (repeat status for any of"
                    + " several). Sorted whole (ties by id), then cut into pages; a page past the last is empty. An"
                    + " unknown parameter, a single-valued one given twice or a bad value is a 400 naming it.")
    @Parameters({
            @Parameter(name = "rolloutId", in = ParameterIn.QUERY, description = "Only this rollout's conflicts"),
            @Parameter(name = "programId", in = ParameterIn.QUERY, description = "Only the conflicts of this"
                    + " program's rollouts"),
            @Parameter(name = "status", in = ParameterIn.QUERY, description = "OPEN, IN_MEDIATION, ESCALATED or"
                    + " RESOLVED; repeatable"),
            @Parameter(name = "sort", in = ParameterIn.QUERY, description = "dueDate (default, earliest first),"
                    + " severity (most severe first), raisedAt or updatedAt (newest first); ,asc or ,desc to choose"),
            @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 0"),
            @Parameter(name = "size", in = ParameterIn.QUERY, description = "Conflicts per page, 1 to 500 (50)")})
    @GetMapping
    ConflictList list(HttpServletRequest request) {
        ListParameters parameters = new ListParameters(request.getParameterMap(), Set.of("status"),
                Set.of("rolloutId", "programId"));
        String rolloutId = parameters.text("rolloutId");
        String programId = parameters.text("programId");
        List<ConflictStatus> statuses = parameters.enums("status", ConflictStatus.class);
        PageQuery<Conflict> page = parameters.page(ORDERS);
        if (rolloutId != null) {
            access.check(rolloutId, READ);
        }
        Instant now = clock.instant();
        ListPage<ConflictView> found = page.of(conflicts.find(rolloutId, programId, statuses,
                        access.readable()),
                new Filters().add("rolloutId", rolloutId).add("programId", programId).addEach("status", statuses).toString())
                .map(c -> ConflictView.of(c, now));
        return new ConflictList(found.items(), found.page(), found.size(), found.total(), found.totalPages(),
                found.links());
    }

    @Operation(summary = "Read a conflict")
    @GetMapping("/{conflictId}")
    ConflictView get(@PathVariable String conflictId) {
        Conflict conflict = conflicts.get(conflictId);
        access.check(conflict.rolloutId(), READ);
        return ConflictView.of(conflict, clock.instant());
    }

    @Operation(summary = "Edit an unresolved conflict",
            description = "Send the version you read and the fields to change (others stay; of the SBAR, the parts"
                    + " given). Who may raise conflicts on the rollout may edit them. A new due date reschedules the next"
                    + " escalation; the level reached stays. A stale version or a resolved conflict: 409.")
    @PatchMapping("/{conflictId}")
    ConflictView edit(@PathVariable String conflictId, @Valid @RequestBody EditForm form) {
        Conflict conflict = changeable(conflictId, form.version());
        if (form.rolloutId() != null && !form.rolloutId().equals(conflict.rolloutId())) {
            throw new RuleViolationException("rolloutId", "A conflict stays on the rollout it was raised on: raise"
                    + " it on the other rollout and resolve this one");
        }
        if (form.partyIds() != null) {
            requireRegistered(form.partyIds());
        }
        Instant now = clock.instant();
        return ConflictView.of(conflicts.update(conflict.edit(form.details(), Caller.current().name(), now)), now);
    }

    @Operation(summary = "Start mediating a conflict", description = "409 if it changed since the version you read.")
    @PostMapping("/{conflictId}/mediation")
    ConflictView mediate(@PathVariable String conflictId, @Valid @RequestBody MediationForm form) {
        Conflict conflict = changeable(conflictId, form.version());
        Instant now = clock.instant();
        return ConflictView.of(conflicts.update(conflict.startMediation(now)), now);
    }

    @Operation(summary = "Escalate a conflict one level now",
            description = "Who may change the conflict may take it a level up (owner, project manager, PMO lead,"
                    + " executive sponsor) before it is overdue. Send the version you read: a stale one, a resolved"
                    + " conflict or one already with the executive sponsor is 409.")
    @PostMapping("/{conflictId}/escalation")
    ConflictView escalate(@PathVariable String conflictId, @Valid @RequestBody EscalationForm form) {
        Conflict conflict = changeable(conflictId, form.version());
        Instant now = clock.instant();
        return ConflictView.of(conflicts.update(conflict.escalate(now, escalationStep)), now);
    }

    @Operation(summary = "Resolve a conflict with the decision taken",
            description = "Records the decision, who made it and when. A resolved conflict is final: 409.")
    @PostMapping("/{conflictId}/resolution")
    ConflictView resolve(@PathVariable String conflictId, @Valid @RequestBody ResolutionForm form) {
        Conflict conflict = changeable(conflictId, form.version());
        Instant now = clock.instant();
        return ConflictView.of(conflicts.update(conflict.resolve(form.decision(), form.decidedBy(),
                Caller.current().name(), now)), now);
    }

    private void requireRegistered(List<String> partyIds) {
        List<String> unknown = stakeholders.unknownAmong(partyIds);
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("partyIds", "Unknown stakeholders: " + String.join(", ", unknown));
        }
    }

    private Conflict changeable(String conflictId, Long versionRead) {
        Conflict conflict = conflicts.get(conflictId);
        access.check(conflict.rolloutId(), CHANGE);
        conflict.expectVersion(versionRead);
        return conflict;
    }
}
