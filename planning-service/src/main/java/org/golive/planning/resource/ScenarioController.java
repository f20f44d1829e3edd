package org.golive.planning.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.golive.planning.program.Programs;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@Tag(name = "Resources")
@RestController
@RequestMapping("/programs/{programId}/scenarios")
class ScenarioController {

    private final Scenarios scenarios;
    private final Programs programs;

    ScenarioController(Scenarios scenarios, Programs programs) {
        this.scenarios = scenarios;
        this.programs = programs;
    }

    @Operation(summary = "Create a what-if scenario: move waves' (shiftDays) or rollouts' (shiftDays or goLiveDate)"
            + " go-live dates without changing the plans, and see the over-allocations appearing and disappearing"
            + " (by resource, role and week) and the moved rollouts' labour cost by month against the plan")
    @PostMapping
    ResponseEntity<ScenarioViews.Scenario> create(@PathVariable String programId,
                                                  @Valid @RequestBody ScenarioViews.CreateForm form) {
        WaveScenario created = scenarios.create(programId, form.name().strip(), form.moves().stream()
                .map(ScenarioViews.MoveForm::asked).toList());
        return ResponseEntity.created(URI.create("/programs/" + programId + "/scenarios/" + created.id()))
                .body(ScenarioViews.Scenario.of(created, true));
    }

    @Operation(summary = "The program's scenarios, newest first")
    @GetMapping
    List<ScenarioViews.Summary> list(@PathVariable String programId) {
        programs.get(programId);
        return scenarios.list(programId).stream().map(ScenarioViews.Summary::of).toList();
    }

    @Operation(summary = "A scenario with its moves and effects; current: whether the program is still in the state"
            + " it was computed from (a scenario that is not can no longer be promoted)")
    @GetMapping("/{scenarioId}")
    ScenarioViews.Scenario read(@PathVariable String programId, @PathVariable String scenarioId) {
        WaveScenario scenario = scenarios.get(programId, scenarioId);
        return ScenarioViews.Scenario.of(scenario, scenarios.current(scenario));
    }

    @Operation(summary = "Promote a scenario to the plans: each rollout's go-live moved (its plan rescheduled, its"
            + " events) in one write per rollout; 409 when anything of the program changed since it was computed;"
            + " 200 when every rollout is written, 202 when it stopped midway and resumes")
    @PostMapping("/{scenarioId}/promote")
    ResponseEntity<ScenarioViews.Scenario> promote(@PathVariable String programId, @PathVariable String scenarioId) {
        WaveScenario promoted = scenarios.promote(programId, scenarioId);
        return ResponseEntity.status(promoted.status() == WaveScenario.Status.PROMOTED ? HttpStatus.OK
                : HttpStatus.ACCEPTED).body(ScenarioViews.Scenario.of(promoted, false));
    }

    @Operation(summary = "Delete a scenario (version: the one read); go-live moves it promoted stay")
    @DeleteMapping("/{scenarioId}")
    ResponseEntity<Void> delete(@PathVariable String programId, @PathVariable String scenarioId,
                                @RequestParam long version) {
        scenarios.delete(programId, scenarioId, version);
        return ResponseEntity.noContent().build();
    }
}
