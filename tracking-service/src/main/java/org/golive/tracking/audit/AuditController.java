package org.golive.tracking.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@Tag(name = "Audit", description = "Every change to a rollout or a program: who, when, what, in which request"
        + " (PMO_ADMIN)")
@RestController
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(summary = "The audit trail of a rollout, or of a program's own changes (its waves), oldest first",
            description = "Give exactly one of rolloutId and programId.")
    @GetMapping("/audit")
    List<AuditTrail.Entry> trail(@RequestParam(required = false) String rolloutId,
                                 @RequestParam(required = false) String programId) {
        if ((rolloutId == null) == (programId == null)) {
            throw new RuleViolationException("rolloutId", "Give exactly one of rolloutId and programId");
        }
        return trail.of(rolloutId != null ? rolloutId : programId);
    }
}
