package org.golive.stakeholder.register;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.golive.platform.input.PlainText;
import org.golive.platform.problem.ForbiddenException;
import org.golive.platform.security.RolloutAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Tag(name = "Stakeholders", description = "The stakeholder register: who the rollouts need, and how engaged they are")
/**
 * The register at the root of the service, so the gateway's one rule for every service ({@code /api/<service>/**}
 * reaches the service as {@code /**}) gives it its public paths {@code /api/stakeholders} and
 * {@code /api/stakeholders/{id}}. Communications and conflicts will sit beside it ({@code /communications/**}).
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

    /** Validation of a revision: everything a registration checks, and the version the client read. */
    interface Revision extends Default {
    }

    /**
     * The full editable state of a stakeholder. {@code version}, the version the client read, is required when
     * revising and ignored when registering. {@code champion} is a {@code Boolean} so that leaving it out means
     * "no" (Jackson 3 refuses a missing primitive); the engagement levels and ratings may be left out until assessed.
     */
    record StakeholderForm(@NotNull(groups = Revision.class) @PositiveOrZero(groups = Revision.class) Long version,
                           @NotBlank @Size(max = 200) @PlainText String name,
                           @Email @Size(max = 320) @PlainText String email,
                           @Size(max = 200) @PlainText String title,
                           @Size(max = 200) @PlainText String organization,
                           @NotNull RoleGroup roleGroup,
                           Level influence,
                           Level interest,
                           Engagement currentEngagement,
                           Engagement desiredEngagement,
                           Boolean champion,
                           @Size(max = 200) List<@NotBlank @Size(max = 100) @PlainText String> rolloutIds) {

        Stakeholder.Profile profile() {
            return new Stakeholder.Profile(name, email, title, organization, roleGroup, influence, interest,
                    currentEngagement, desiredEngagement, Boolean.TRUE.equals(champion), rolloutIds);
        }
    }

    /** {@code engagementGap}: levels still to climb from current to desired engagement; null until both are set. */
    record StakeholderView(String id, String name, String email, String title, String organization,
                           RoleGroup roleGroup, Level influence, Level interest, Engagement currentEngagement,
                           Engagement desiredEngagement, Integer engagementGap, boolean champion,
                           List<String> rolloutIds, Instant createdAt, Instant updatedAt, long version) {

        static StakeholderView of(Stakeholder s) {
            return new StakeholderView(s.id(), s.name(), s.email(), s.title(), s.organization(), s.roleGroup(),
                    s.influence(), s.interest(), s.currentEngagement(), s.desiredEngagement(), s.engagementGap(),
                    s.champion(), s.rolloutIds(), s.createdAt(), s.updatedAt(), s.version());
        }
    }

    @Operation(summary = "Register a stakeholder, optionally on rollouts planning has announced")
    @PostMapping
    ResponseEntity<StakeholderView> register(@Valid @RequestBody StakeholderForm request) {
        mayChangeEach(request.profile().rolloutIds());
        Stakeholder stakeholder = stakeholders.register(request.profile(), clock.instant());
        return ResponseEntity.created(URI.create("/" + stakeholder.id()))
                .body(StakeholderView.of(stakeholder));
    }

    @Operation(summary = "List the stakeholders of a rollout, by name")
    @GetMapping
    List<StakeholderView> onRollout(@RequestParam String rolloutId) {
        access.check(rolloutId, RolloutAccess.Action.READ);
        return stakeholders.onRollout(rolloutId).stream().map(StakeholderView::of).toList();
    }

    @Operation(summary = "Read a stakeholder")
    @GetMapping("/{stakeholderId}")
    StakeholderView get(@PathVariable String stakeholderId) {
        Stakeholder stakeholder = stakeholders.get(stakeholderId);
        if (!access.mayAny(stakeholder.rolloutIds(), RolloutAccess.Action.READ)) {
            throw new ForbiddenException("Stakeholder " + stakeholderId + " is on none of your rollouts");
        }
        return StakeholderView.of(stakeholder);
    }

    @Operation(summary = "Revise a stakeholder",
            description = "Replaces the editable state. Send the version you read: if the stakeholder changed since,"
                    + " the answer is 409 and nothing is written.")
    @PutMapping("/{stakeholderId}")
    StakeholderView revise(@PathVariable String stakeholderId, @Validated(Revision.class) @RequestBody StakeholderForm request) {
        if (!access.mayAny(stakeholders.get(stakeholderId).rolloutIds(), RolloutAccess.Action.CHANGE)) {
            throw new ForbiddenException("Stakeholder " + stakeholderId + " is on none of your rollouts");
        }
        return StakeholderView.of(stakeholders.revise(stakeholderId, request.version(), request.profile(),
                rolloutId -> access.may(rolloutId, RolloutAccess.Action.CHANGE), clock.instant()));
    }

    /** A project manager links stakeholders to their own rollouts only. */
    private void mayChangeEach(List<String> rolloutIds) {
        if (rolloutIds != null) {
            rolloutIds.forEach(id -> access.check(id, RolloutAccess.Action.CHANGE));
        }
    }
}
