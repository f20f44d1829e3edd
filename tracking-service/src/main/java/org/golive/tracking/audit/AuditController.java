package org.golive.tracking.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.servlet.http.HttpServletRequest;
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
    private final AuditSearch search;

    AuditController(AuditTrail trail, AuditSearch search) {
        this.trail = trail;
        this.search = search;
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

    @Operation(summary = "Search the audit trail of a rollout or of a program's own changes, newest first, a page at"
            + " a time", description = "Give exactly one of rolloutId and programId. Narrow by actor (a user name), by"
            + " type (any part of the event type, in any case) and by days (from, to: yyyy-mm-dd, UTC, both"
            + " included). An unknown parameter, one given twice or a bad value is a 400 naming it.")
    @Parameters({
            @Parameter(name = "rolloutId", in = ParameterIn.QUERY), @Parameter(name = "programId", in = ParameterIn.QUERY),
            @Parameter(name = "actor", in = ParameterIn.QUERY), @Parameter(name = "type", in = ParameterIn.QUERY),
            @Parameter(name = "from", in = ParameterIn.QUERY), @Parameter(name = "to", in = ParameterIn.QUERY),
            @Parameter(name = "page", in = ParameterIn.QUERY, description = "from 0"),
            @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to " + AuditSearch.MAX_PAGE_SIZE
                    + " (50)")})
    @GetMapping("/audit/entries")
    AuditSearch.AuditPage entries(HttpServletRequest request) {
        return search.search(request.getParameterMap());
    }
}
