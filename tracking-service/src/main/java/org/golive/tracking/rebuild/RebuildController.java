package org.golive.tracking.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.golive.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@Tag(name = "Read models", description = "Rebuild the read models built from events by replaying the topics"
        + " (PMO_ADMIN)")
@RestController
class RebuildController {

    private static final String PATH = "/read-models/rebuild";

    private final ReadModelRebuild rebuild;

    RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Operation(summary = "Start a rebuild by replay; reads go on from the current read models until the switch",
            description = "202 with the rebuild's status; 409 while another rebuild runs. Scorecards, training"
                    + " figures and health rules (people's input) are kept as they are.")
    @PostMapping(PATH)
    ResponseEntity<RebuildStatus> start() {
        return ResponseEntity.accepted().location(URI.create(PATH)).body(rebuild.start(Caller.current().name()));
    }

    @Operation(summary = "The running or last rebuild: state, phase, records replayed, rate; 404 if none ever ran")
    @GetMapping(PATH)
    RebuildStatus status() {
        return rebuild.status();
    }
}
