package org.golive.planning.rollout;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.golive.planning.program.Program;
import org.golive.planning.program.Programs;
import org.golive.platform.input.PlainText;
import org.golive.platform.outbox.Changed;
import org.golive.platform.security.RolloutAccess;
import org.golive.platform.web.OptionalText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Tag(name = "Rollouts", description = "Site rollouts: one EHR go-live at one site")
@RestController
class RolloutController {

    private final Rollouts rollouts;
    private final Programs programs;
    private final PlanCommands commands;
    private final Clock clock;
    private final RolloutAccess access;

    RolloutController(Rollouts rollouts, Programs programs, PlanCommands commands, Clock clock,
                      RolloutAccess access) {
        this.rollouts = rollouts;
        this.programs = programs;
        this.commands = commands;
        this.clock = clock;
        this.access = access;
    }

    record CreateRollout(@NotBlank @Size(max = 200) @PlainText String siteName,
                         @NotNull SiteType siteType,
                         @NotNull LocalDate goLiveDate,
                         @Size(max = 100) @PlainText String waveId,
                         @PositiveOrZero Integer beds,
                         @PositiveOrZero Integer users,
                         @Size(max = 200) @PlainText String projectManager,
                         @Size(max = 50) List<@NotBlank @Size(max = 40) @PlainText String> goalIds,
                         @Schema(description = "True to record a site that already went live: its go-live date "
                                 + "may then lie in the past. Otherwise the go-live lies between today and ten years "
                                 + "ahead.")
                         Boolean history) {
    }

    /** The go-live date is not here: it moves by PUT /rollouts/{id}/go-live, which reschedules the plan. */
    record ReviseRollout(@NotBlank @Size(max = 200) @PlainText String siteName,
                         @NotNull SiteType siteType,
                         @Size(max = 100) @PlainText String waveId,
                         @PositiveOrZero Integer beds,
                         @PositiveOrZero Integer users,
                         @Size(max = 200) @PlainText String projectManager,
                         @Size(max = 50) List<@NotBlank @Size(max = 40) @PlainText String> goalIds,
                         @NotNull Long version) {
    }

    record RolloutView(String id, String programId, String waveId, String siteName, SiteType siteType,
                       LocalDate goLiveDate, Integer beds, Integer users, String projectManager, List<String> goalIds,
                       Instant createdAt, int priority, long version) {
        static RolloutView of(Rollout r) {
            return new RolloutView(r.id(), r.programId(), r.waveId(), r.siteName(), r.siteType(), r.goLiveDate(),
                    r.beds(), r.users(), r.projectManager(), r.goalIds(), r.createdAt(), r.priority(), r.version());
        }
    }

    @Operation(summary = "Create a site rollout in a program", description = "The go-live date lies between today and"
            + " ten years ahead (422 naming goLiveDate otherwise); a site that already went live is recorded with"
            + " \"history\": true.")
    @PostMapping("/programs/{programId}/rollouts")
    ResponseEntity<RolloutView> create(@PathVariable String programId, @Valid @RequestBody CreateRollout request) {
        Program program = programs.get(programId);
        Site site = new Site(request.siteName().strip(), request.siteType(), request.beds(),
                request.users());
        Changed<Rollout> created = Rollout.create(program, new RolloutDetails(site, request.goLiveDate(),
                request.waveId(), OptionalText.of(request.projectManager()), request.goalIds()), clock.instant());
        // After the wave and goals are checked, so those errors do not depend on the day a request is made.
        GoLiveWindow.checkNew(request.goLiveDate(), LocalDate.now(clock), Boolean.TRUE.equals(request.history()));
        Rollout rollout = rollouts.add(created);
        return ResponseEntity.created(URI.create("/rollouts/" + rollout.id())).body(RolloutView.of(rollout));
    }

    @Operation(summary = "List the rollouts of a program")
    @GetMapping("/programs/{programId}/rollouts")
    List<RolloutView> list(@PathVariable String programId) {
        programs.get(programId);
        var readable = access.readable();
        return rollouts.ofProgram(programId).stream().filter(r -> readable.test(r.id())).map(RolloutView::of)
                .toList();
    }

    @Operation(summary = "Read a site rollout")
    @GetMapping("/rollouts/{rolloutId}")
    RolloutView get(@PathVariable String rolloutId) {
        Rollout rollout = rollouts.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        return RolloutView.of(rollout);
    }

    @Schema(name = "SetRolloutPriority")
    record SetPriority(@NotNull Integer priority, @NotNull Long version) {
    }

    @Operation(summary = "Set a rollout's levelling priority (1 to 1000, 500 unless set): levelling delays the tasks"
            + " of lower-priority rollouts first")
    @PutMapping("/rollouts/{rolloutId}/priority")
    RolloutView setPriority(@PathVariable String rolloutId, @Valid @RequestBody SetPriority request) {
        return commands.change(rolloutId, rollout -> {
            rollout.expectVersion(request.version());
            return rollout.setPriority(request.priority(), clock.instant());
        }, (priority, rollout) -> RolloutView.of(rollout));
    }

    @Operation(summary = "Change a rollout's site, size, wave, project manager or linked goals")
    @PutMapping("/rollouts/{rolloutId}")
    RolloutView revise(@PathVariable String rolloutId, @Valid @RequestBody ReviseRollout request) {
        Rollout current = rollouts.get(rolloutId);
        Program program = programs.get(current.programId());
        Site site = new Site(request.siteName().strip(), request.siteType(), request.beds(),
                request.users());
        return RolloutView.of(commands.change(rolloutId, rollout -> {
            rollout.expectVersion(request.version());
            return rollout.revise(program, site, request.waveId(), OptionalText.of(request.projectManager()),
                    request.goalIds(), clock.instant());
        }));
    }

}
