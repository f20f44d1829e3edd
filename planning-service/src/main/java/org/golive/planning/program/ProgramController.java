package org.golive.planning.program;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.golive.platform.input.PlainText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Tag(name = "Programs", description = "Programs of site rollouts and their waves")
@RestController
@RequestMapping("/programs")
class ProgramController {

    private final Programs programs;
    private final Clock clock;

    ProgramController(Programs programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    /**
     * @param id omit for a new goal; give an existing goal's id to keep it (rollouts link to goals by id)
     */
    record GoalForm(@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}") String id,
                    @NotNull StrategicGoal.Category category,
                    @NotBlank @Size(max = 500) String statement,
                    @Size(max = 300) @PlainText String kpi,
                    BigDecimal baselineValue,
                    BigDecimal targetValue,
                    @Size(max = 50) @PlainText String unit) {
        StrategicGoal toGoal() {
            return new StrategicGoal(id, category, statement.strip(), kpi, baselineValue, targetValue, unit);
        }

        static GoalForm of(StrategicGoal g) {
            return new GoalForm(g.id(), g.category(), g.statement(), g.kpi(), g.baselineValue(), g.targetValue(),
                    g.unit());
        }
    }

    /** @param version required when changing a program: the version you read */
    record ProgramForm(@NotBlank @Size(max = 200) @PlainText String name,
                       @Size(max = 200) @PlainText String sponsor,
                       @Size(max = 4000) String vision,
                       @Size(max = 50) List<@Valid GoalForm> goals,
                       Long version) {
        Program.Charter toCharter() {
            return new Program.Charter(name.strip(), sponsor, vision,
                    goals == null ? List.of() : goals.stream().map(GoalForm::toGoal).toList());
        }
    }

    record CreateWave(@NotBlank @Size(max = 200) @PlainText String name) {
    }

    record RenameWave(@NotBlank @Size(max = 200) @PlainText String name, @NotNull Long version) {
    }

    record WaveView(String id, String name, int sequence, Instant createdAt) {
        static WaveView of(Wave wave) {
            return new WaveView(wave.id(), wave.name(), wave.sequence(), wave.createdAt());
        }
    }

    record ProgramView(String id, String name, String sponsor, String vision, List<GoalForm> goals,
                       Instant createdAt, List<WaveView> waves, long version) {
        static ProgramView of(Program program) {
            return new ProgramView(program.id(), program.name(), program.sponsor(), program.vision(),
                    program.goals().stream().map(GoalForm::of).toList(), program.createdAt(),
                    program.waves().stream().map(WaveView::of).toList(), program.version());
        }
    }

    @Operation(summary = "Create a program")
    @PostMapping
    ResponseEntity<ProgramView> create(@Valid @RequestBody ProgramForm request) {
        Program program = programs.add(Program.create(request.toCharter(), clock.instant()));
        return ResponseEntity.created(URI.create("/programs/" + program.id())).body(ProgramView.of(program));
    }

    @Operation(summary = "List programs")
    @GetMapping
    List<ProgramView> list() {
        return programs.all().stream().map(ProgramView::of).toList();
    }

    @Operation(summary = "Read a program with its waves")
    @GetMapping("/{programId}")
    ProgramView get(@PathVariable String programId) {
        return ProgramView.of(programs.get(programId));
    }

    @Operation(summary = "Change a program's name, sponsor, vision or strategic goals")
    @PutMapping("/{programId}")
    ProgramView revise(@PathVariable String programId, @Valid @RequestBody ProgramForm request) {
        Program program = programs.get(programId);
        program.expectVersion(request.version());
        return ProgramView.of(programs.save(program, program.revise(request.toCharter(), clock.instant())));
    }

    @Operation(summary = "Rename a wave")
    @PutMapping("/{programId}/waves/{waveId}")
    WaveView renameWave(@PathVariable String programId, @PathVariable String waveId,
                        @Valid @RequestBody RenameWave request) {
        Program program = programs.get(programId);
        program.expectVersion(request.version());
        return WaveView.of(programs.save(program, program.renameWave(waveId, request.name().strip(), clock.instant())));
    }

    @Operation(summary = "Add a wave to a program")
    @PostMapping("/{programId}/waves")
    ResponseEntity<WaveView> addWave(@PathVariable String programId, @Valid @RequestBody CreateWave request) {
        Wave wave = programs.addWave(programId, request.name().strip(), clock.instant());
        return ResponseEntity.created(URI.create("/programs/" + programId + "/waves/" + wave.id()))
                .body(WaveView.of(wave));
    }
}
