package org.golive.planning.resource;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.golive.platform.input.PlainText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the scenario endpoints take and answer. */
final class ScenarioViews {

    private ScenarioViews() {
    }

    @Schema(name = "ScenarioCreateForm")
    record CreateForm(@NotBlank @Size(max = 200) @PlainText String name,
                      @NotEmpty @Size(max = 50) List<@Valid @NotNull MoveForm> moves) {
    }

    /** A wave's sites, or one rollout, moved by {@code shiftDays} (calendar days; negative: earlier) or to a date. */
    @Schema(name = "ScenarioMoveForm")
    record MoveForm(@Size(max = 100) @PlainText String waveId, @Size(max = 100) @PlainText String rolloutId,
                    @Min(-3650) @Max(3650) Integer shiftDays, LocalDate goLiveDate) {

        WhatIf.Asked asked() {
            return new WhatIf.Asked(waveId, rolloutId, shiftDays, goLiveDate);
        }
    }

    @Schema(name = "ScenarioMove")
    record MoveView(String rolloutId, String siteName, String waveId, LocalDate fromGoLiveDate,
                    LocalDate toGoLiveDate, boolean promoted, boolean refused) {

        static MoveView of(WaveScenario.Move move) {
            return new MoveView(move.rolloutId(), move.siteName(), move.waveId(), move.from(), move.to(),
                    move.done() && !move.refused(), move.refused());
        }
    }

    @Schema(name = "Scenario")
    record Scenario(String id, String programId, String name, String status, boolean current, String fingerprint,
                    List<MoveView> moves, ScenarioEffects effects, Instant createdAt, Instant promotedAt,
                    long version) {

        static Scenario of(WaveScenario scenario, boolean current) {
            return new Scenario(scenario.id(), scenario.programId(), scenario.name(), scenario.status().name(),
                    current, scenario.fingerprint(), scenario.moves().stream().map(MoveView::of).toList(),
                    scenario.effects(), scenario.createdAt(), scenario.promotedAt(), scenario.version());
        }
    }

    @Schema(name = "ScenarioSummary")
    record Summary(String id, String name, String status, int rollouts, int overAllocationsAppearing,
                   int overAllocationsDisappearing, String currency, java.math.BigDecimal labourCostDifference,
                   Instant createdAt, long version) {

        static Summary of(WaveScenario scenario) {
            ScenarioEffects effects = scenario.effects();
            return new Summary(scenario.id(), scenario.name(), scenario.status().name(), scenario.moves().size(),
                    effects.appearing().size(), effects.disappearing().size(), effects.currency(),
                    effects.labourCostDifference(), scenario.createdAt(), scenario.version());
        }
    }
}
