package org.golive.stakeholder.register;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.golive.platform.problem.ForbiddenException;
import org.golive.platform.security.RolloutAccess;
import org.golive.stakeholder.paging.ListPage;
import org.golive.stakeholder.paging.PageLinks;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import static org.golive.platform.security.RolloutAccess.Action.CHANGE;
import static org.golive.platform.security.RolloutAccess.Action.READ;

@Tag(name = "Stakeholders", description = "The stakeholder register: who the rollouts need, and how engaged they are")
/**
 * The register at the root of the service, so the gateway's one rule for every service ({@code /api/<service>/**}
 * reaches the service as {@code /**}) gives it its public paths {@code /api/stakeholders} and
 * {@code /api/stakeholders/{id}}. Conflicts sit beside it ({@code /conflicts/**}).
 */
@RestController
class StakeholderController {

    private final Stakeholders stakeholders;
    private final Clock clock;
    private final RolloutAccess access;

    StakeholderController(Stakeholders stakeholders, Clock clock, RolloutAccess access) {
        this.stakeholders = stakeholders;
        this.clock = clock;
        this.access = access;
    }

    @Operation(summary = "Register a stakeholder, optionally on rollouts and programs planning has announced")
    @PostMapping
    ResponseEntity<StakeholderView> register(@Valid @RequestBody StakeholderForm request) {
        mayChangeEach(request.profile().rolloutIds());
        if (request.programIds() != null && !request.programIds().isEmpty() && !mayChangeProgramLinks()) {
            throw new ForbiddenException("Only the PMO links stakeholders to whole programs");
        }
        Stakeholder stakeholder = stakeholders.register(request.profile(), clock.instant());
        return ResponseEntity.created(URI.create("/" + stakeholder.id()))
                .body(StakeholderView.of(stakeholder));
    }

    /** A page of the register. */
    record StakeholderList(List<StakeholderView> stakeholders, int page, int size, int total, int totalPages,
                           PageLinks links) {
    }

    @Operation(summary = "List the stakeholders of a rollout or a program, by name, a page at a time",
            description = "Give rolloutId or programId. A program's stakeholders include those of its rollouts."
                    + " Narrow with quadrant and roleGroup (repeatable) and minGap (levels still to climb). Sorted"
                    + " whole (ties by id), then cut into pages. An unknown parameter, a single-valued one given twice"
                    + " or a bad value is a 400 naming it.")
    @Parameters({
            @Parameter(name = "rolloutId", in = ParameterIn.QUERY), @Parameter(name = "programId", in = ParameterIn.QUERY),
            @Parameter(name = "quadrant", in = ParameterIn.QUERY, description = "repeatable"),
            @Parameter(name = "roleGroup", in = ParameterIn.QUERY, description = "repeatable"),
            @Parameter(name = "minGap", in = ParameterIn.QUERY, description = "0 to 5"),
            @Parameter(name = "sort", in = ParameterIn.QUERY, description = "name (default) or engagementGap"
                    + " (largest first); ,asc or ,desc to choose"),
            @Parameter(name = "page", in = ParameterIn.QUERY, description = "from 0"),
            @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to 500 (50)")})
    @GetMapping
    StakeholderList list(HttpServletRequest request) {
        RegisterParameters parameters = RegisterParameters.read(request.getParameterMap());
        ListPage<StakeholderView> found = parameters.page().of(visible(parameters.question()), parameters.filters())
                .map(StakeholderView::of);
        return new StakeholderList(found.items(), found.page(), found.size(), found.total(), found.totalPages(),
                found.links());
    }

    @Operation(summary = "The power/interest grid of a rollout or a program, a page at a time",
            description = "The same parameters as the list; the page's stakeholders by quadrant and those not rated"
                    + " yet, with counts over all pages.")
    @GetMapping("/grid")
    StakeholderGrid grid(HttpServletRequest request) {
        RegisterParameters parameters = RegisterParameters.read(request.getParameterMap());
        List<Stakeholder> all = visible(parameters.question());
        return StakeholderGrid.of(parameters.question(), all, parameters.page().of(all, parameters.filters()));
    }

    @Operation(summary = "Read a stakeholder")
    @GetMapping("/{stakeholderId}")
    StakeholderView get(@PathVariable String stakeholderId) {
        Stakeholder stakeholder = stakeholders.get(stakeholderId);
        if (!access.mayAny(stakeholder.rolloutIds(), READ)) {
            throw new ForbiddenException("Stakeholder " + stakeholderId + " is on none of your rollouts");
        }
        return StakeholderView.of(stakeholder);
    }

    @Operation(summary = "Revise a stakeholder",
            description = "Replaces the editable state. Send the version you read: if the stakeholder changed since,"
                    + " the answer is 409 and nothing is written.")
    @PutMapping("/{stakeholderId}")
    StakeholderView revise(@PathVariable String stakeholderId,
                           @Validated(StakeholderForm.Revision.class) @RequestBody StakeholderForm request) {
        Stakeholder stored = stakeholders.get(stakeholderId);
        if (!access.mayAny(stored.rolloutIds(), CHANGE)) {
            throw new ForbiddenException("Stakeholder " + stakeholderId + " is on none of your rollouts");
        }
        List<String> programLinks = request.programIds() == null ? List.of() : request.programIds();
        if (!mayChangeProgramLinks()) {
            if (!stored.programIds().containsAll(programLinks)) {
                throw new ForbiddenException("Only the PMO links stakeholders to whole programs");
            }
            programLinks = stored.programIds();
        }
        return StakeholderView.of(stakeholders.revise(stakeholderId, request.version(), request.profile(programLinks),
                rolloutId -> access.may(rolloutId, CHANGE), clock.instant()));
    }

    /**
     * A rollout's stakeholders to those who may read the rollout; a program's to those who read everywhere, and to a
     * project manager the ones on rollouts they manage.
     */
    private List<Stakeholder> visible(RegisterQuery question) {
        if (question.rolloutId() != null) {
            access.check(question.rolloutId(), READ);
        }
        List<Stakeholder> found = stakeholders.find(question);
        if (question.programId() == null || access.mayAny(List.of(), READ)) {
            return found;
        }
        return found.stream().filter(s -> access.mayAny(s.rolloutIds(), READ)).toList();
    }

    /** Program links are the PMO's: only a caller who changes every rollout (mayAny of none) may set them. */
    private boolean mayChangeProgramLinks() {
        return access.mayAny(List.of(), CHANGE);
    }

    /** A project manager links stakeholders to their own rollouts only. */
    private void mayChangeEach(List<String> rolloutIds) {
        if (rolloutIds != null) {
            rolloutIds.forEach(id -> access.check(id, CHANGE));
        }
    }
}
