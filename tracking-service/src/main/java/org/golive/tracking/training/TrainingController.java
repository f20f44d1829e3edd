package org.golive.tracking.training;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.golive.platform.problem.RuleViolationException;
import org.golive.platform.security.Caller;
import org.golive.platform.security.RolloutAccess;
import org.golive.tracking.readiness.Scorecard;
import org.golive.tracking.readiness.Scorecards;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

@Tag(name = "Training", description = "Training and super-user readiness per site and role group; feeds the training"
        + " readiness criteria")
@RestController
class TrainingController {

    private final Scorecards scorecards;
    private final RolloutAccess access;
    private final Clock clock;
    private final LearnerImport reader = new LearnerImport();

    TrainingController(Scorecards scorecards, RolloutAccess access, Clock clock) {
        this.scorecards = scorecards;
        this.access = access;
        this.clock = clock;
    }

    record GroupForm(@NotNull @Min(0) @Max(1_000_000) Integer usersToTrain, @NotNull @Min(0) Integer trained,
                     @NotNull @Min(0) Integer passedProficiency, @NotNull @Min(0) Integer superUsers,
                     @NotNull @Min(0) @Max(10) Integer shiftsToCover, @NotNull @Min(0) Integer shiftsCovered) {
    }

    record TargetForm(@NotNull @Min(1) @Max(1000) Integer usersPerSuperUser) {
    }

    /** What an import did: the role groups it replaced and the rows it left out, by line. */
    @Schema(name = "TrainingImportReport") // not the KPI values' ImportReport: one OpenAPI document holds both
    record ImportReport(int rowsRead, int accepted, List<RowProblem> rejected, List<RoleGroupTraining> groups,
                        TrainingView training) {
    }

    /** The figures with the measures the readiness criteria read (percent, empty while there is nothing to count). */
    record TrainingView(String rolloutId, TrainingFigures figures, Integer trainedPercent, Integer proficiencyPercent,
                        int superUsers, int superUsersNeeded, Integer superUserRatioPercent,
                        Integer shiftCoveragePercent) {

        static TrainingView of(Scorecard card) {
            TrainingFigures t = card.training();
            return new TrainingView(card.rolloutId(), t, boxed(t.trainedPercent()), boxed(t.proficiencyPercent()),
                    t.superUsers(), t.superUsersNeeded(), boxed(t.superUserRatioPercent()),
                    boxed(t.shiftCoveragePercent()));
        }

        private static Integer boxed(java.util.OptionalInt value) {
            return value.isPresent() ? value.getAsInt() : null;
        }
    }

    @GetMapping("/training/rollouts/{rolloutId}")
    TrainingView training(@PathVariable String rolloutId) {
        Scorecard card = scorecards.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        return TrainingView.of(card);
    }

    @Operation(summary = "Set a role group's figures: users to train, trained, passed proficiency, super users, shifts")
    @PutMapping("/training/rollouts/{rolloutId}/role-groups/{roleGroup}")
    TrainingView group(@PathVariable String rolloutId, @PathVariable String roleGroup,
                       @Valid @RequestBody GroupForm form) {
        if (roleGroup.isBlank() || roleGroup.length() > 100 || roleGroup.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolationException("roleGroup", "A role group of 1 to 100 characters, on one line");
        }
        RoleGroupTraining group = new RoleGroupTraining(roleGroup, form.usersToTrain(), form.trained(),
                form.passedProficiency(), form.superUsers(), form.shiftsToCover(), form.shiftsCovered());
        return change(rolloutId, card -> card.training().with(List.of(group)));
    }

    @Operation(summary = "Set the super-user target: one super user per this many users (10 by default)")
    @PutMapping("/training/rollouts/{rolloutId}/target")
    TrainingView target(@PathVariable String rolloutId, @Valid @RequestBody TargetForm form) {
        return change(rolloutId, card -> card.training().withRatio(form.usersPerSuperUser()));
    }

    @Operation(summary = "Import a learning-system export (text/csv, one row per learner)",
            description = "Columns user_id, role_group, status (NOT_STARTED, IN_PROGRESS, COMPLETED) and optional"
                    + " proficiency (PASSED, FAILED), super_user (yes/no), shift. The role groups the file names get"
                    + " the figures of its good rows; rows with problems are left out and reported by line and"
                    + " column. A file that cannot be read changes nothing.")
    @PostMapping("/training/rollouts/{rolloutId}/import")
    ImportReport importFile(@PathVariable String rolloutId, @RequestBody byte[] csv) {
        checkChangeable(rolloutId);
        LearnerImport.Result result = reader.read(csv);
        if (result.groups().isEmpty()) {
            return new ImportReport(result.rowsRead(), 0, result.rejected(), List.of(),
                    TrainingView.of(scorecards.get(rolloutId)));
        }
        TrainingView view = change(rolloutId, card -> card.training().with(result.groups()));
        return new ImportReport(result.rowsRead(), result.accepted(), result.rejected(), result.groups(), view);
    }

    private TrainingView change(String rolloutId, java.util.function.Function<Scorecard, TrainingFigures> figures) {
        checkChangeable(rolloutId);
        return scorecards.change(rolloutId, card -> card.recordTraining(figures.apply(card),
                Caller.current().name(), clock.instant()), TrainingView::of);
    }

    private void checkChangeable(String rolloutId) {
        scorecards.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.CHANGE);
    }
}
