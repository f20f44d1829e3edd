package org.golive.tracking.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@Tag(name = "Audit", description = "Every change to a rollout: who, when, what, in which request (PMO_ADMIN)")
@RestController
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(summary = "The audit trail of a rollout, oldest first")
    @GetMapping("/audit")
    List<AuditTrail.Entry> ofRollout(@RequestParam String rolloutId) {
        return trail.ofRollout(rolloutId);
    }
}
