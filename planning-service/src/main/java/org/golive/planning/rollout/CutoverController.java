package org.golive.planning.rollout;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.golive.planning.plan.CutoverRunbook;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The go-live weekend of a site plan, hour by hour: what runs when, who owns it, the checkpoints and the downtime. */
@Tag(name = "Site plans", description = "A site's implementation plan, anchored to its go-live date and scheduled")
@RestController
class CutoverController {

    private final PlanCommands commands;

    CutoverController(PlanCommands commands) {
        this.commands = commands;
    }

    /**
     * The cutover runbook: every task of the site plan whose time overlaps GL-2 00:00 .. GL+3 00:00, by start moment,
     * with its owners (RACI responsible and accountable), go/no-go checkpoints (milestones) and downtime windows
     * (tasks titled "Downtime ..."). Times are the site's local time.
     */
    @GetMapping("/rollouts/{rolloutId}/cutover")
    CutoverRunbook.Runbook cutover(@PathVariable String rolloutId) {
        Rollout rollout = commands.read(rolloutId);
        return CutoverRunbook.of(rollout.plan().tasks(), rollout.goLiveDate());
    }
}
