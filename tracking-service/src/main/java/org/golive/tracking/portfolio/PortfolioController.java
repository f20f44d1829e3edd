package org.golive.tracking.portfolio;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.golive.platform.security.Caller;
import org.golive.platform.security.RolloutAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

@Tag(name = "Portfolio", description = "Every site rollout of the program at once")
@RestController
class PortfolioController {

    private final PortfolioQueries queries;
    private final Clock clock;
    private final ZoneId zone;
    private final RolloutAccess access;

    PortfolioController(PortfolioQueries queries, Clock clock, @Value("${golive.tracking.time-zone:UTC}") ZoneId zone,
                        RolloutAccess access) {
        this.queries = queries;
        this.clock = clock;
        this.zone = zone;
        this.access = access;
    }

    @Operation(summary = "The portfolio: programs, waves and every rollout with its go-live date and days to go-live")
    @GetMapping("/portfolio")
    Portfolio portfolio(@RequestParam(required = false) String programId) {
        // A project manager's portfolio holds the rollouts they manage, and counts those only.
        return PortfolioScope.of(queries.portfolio(programId, today()), access.readable(), Caller.current());
    }

    @Operation(summary = "One rollout of the portfolio")
    @GetMapping("/portfolio/rollouts/{rolloutId}")
    Portfolio.RolloutEntry rollout(@PathVariable String rolloutId) {
        Portfolio.RolloutEntry entry = queries.rollout(rolloutId, today());
        access.check(rolloutId, RolloutAccess.Action.READ);
        return PortfolioScope.entry(entry, Caller.current());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
