package org.golive.planning.program;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

    record CreateProgram(@NotBlank @Size(max = 200) String name,
                         @Size(max = 200) String sponsor,
                         @Size(max = 4000) String vision) {
    }

    record CreateWave(@NotBlank @Size(max = 200) String name) {
    }

    record WaveView(String id, String name, int sequence, Instant createdAt) {
        static WaveView of(Wave wave) {
            return new WaveView(wave.id(), wave.name(), wave.sequence(), wave.createdAt());
        }
    }

    record ProgramView(String id, String name, String sponsor, String vision, Instant createdAt,
                       List<WaveView> waves, long version) {
        static ProgramView of(Program program) {
            return new ProgramView(program.id(), program.name(), program.sponsor(), program.vision(),
                    program.createdAt(), program.waves().stream().map(WaveView::of).toList(), program.version());
        }
    }

    @Operation(summary = "Create a program")
    @PostMapping
    ResponseEntity<ProgramView> create(@Valid @RequestBody CreateProgram request) {
        Program program = programs.add(Program.create(request.name().strip(), request.sponsor(), request.vision(),
                clock.instant()));
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

    @Operation(summary = "Add a wave to a program")
    @PostMapping("/{programId}/waves")
    ResponseEntity<WaveView> addWave(@PathVariable String programId, @Valid @RequestBody CreateWave request) {
        Wave wave = programs.addWave(programId, request.name().strip(), clock.instant());
        return ResponseEntity.created(URI.create("/programs/" + programId + "/waves/" + wave.id()))
                .body(WaveView.of(wave));
    }
}
