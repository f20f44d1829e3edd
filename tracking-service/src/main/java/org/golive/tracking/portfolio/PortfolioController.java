package org.golive.tracking.portfolio;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.golive.platform.security.Caller;
import org.golive.platform.security.RolloutAccess;
import org.golive.tracking.health.Colour;
import org.golive.tracking.status.StatusDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Tag(name = "Portfolio", description = "Every site rollout of the program at once")
@RestController
class PortfolioController {

    private final PortfolioQueries queries;
    private final StatusDate statusDate;
    private final RolloutAccess access;

    PortfolioController(PortfolioQueries queries, StatusDate statusDate, RolloutAccess access) {
        this.queries = queries;
        this.statusDate = statusDate;
        this.access = access;
    }

    @Operation(summary = "The portfolio: every rollout with health, phase, days to go-live, percent complete, SPI/CPI,"
            + " readiness, budget burn and open conflicts; filtered, sorted and a page at a time",
            description = "Every filter given must hold; a repeated waveId, health or phase means any of them. The"
                    + " list is sorted whole (ties by site name, then rollout id, so pages never overlap or skip a"
                    + " rollout while nothing changes), then cut into pages. A page past the last is empty. An"
                    + " unknown parameter, a single-valued one given twice, or a value that does not parse is a 400"
                    + " naming it. The figures are those of the rollout's last health judgement (after each of its"
                    + " events, and daily).")
    @GetMapping("/portfolio")
    Portfolio portfolio(
            @Parameter(description = "Only this program's rollouts") @RequestParam(required = false) String programId,
            @Parameter(description = "Only rollouts of these waves (repeat for several)")
            @RequestParam(required = false) List<String> waveId,
            @Parameter(description = "Only rollouts whose overall health is one of these (repeat for several)",
                    array = @ArraySchema(schema = @Schema(implementation = Colour.class)))
            @RequestParam(required = false) List<String> health,
            @Parameter(description = "Only rollouts in one of these phases (a phase key of the plan, or DONE)",
                    example = "test")
            @RequestParam(required = false) List<String> phase,
            @Parameter(description = "Only sites whose name contains this text, in any case")
            @RequestParam(required = false) String q,
            @Parameter(description = "Go-live window: go-live on or after this day",
                    schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) String goLiveFrom,
            @Parameter(description = "Go-live window: go-live on or before this day",
                    schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) String goLiveTo,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) String page,
            @Parameter(description = "Rollouts per page, 1 to " + PortfolioQuery.MAX_PAGE_SIZE,
                    schema = @Schema(defaultValue = "" + PortfolioQuery.DEFAULT_PAGE_SIZE))
            @RequestParam(required = false) String size,
            @Parameter(description = "siteName, waveName, goLiveDate, daysToGoLive, health (worst last), phase (in"
                    + " plan order), percentComplete, spi, cpi, readinessScore, budgetBurn or openConflicts,"
                    + " optionally with ,asc or ,desc", schema = @Schema(defaultValue = "goLiveDate"))
            @RequestParam(required = false) String sort,
            HttpServletRequest request) {
        PortfolioParameters.checkNames(request.getParameterMap());
        PortfolioQuery query = PortfolioParameters.query(programId, waveId, health, phase, q, goLiveFrom, goLiveTo,
                sort);
        int pageNumber = PortfolioParameters.page(page);
        int pageSize = PortfolioParameters.size(size);
        Caller caller = Caller.current();
        PortfolioScope.checkOrder(query.order(), caller);
        // A project manager's portfolio holds the rollouts they manage, and counts those only: program counts over
        // the whole program would tell them its size.
        Optional<Set<String>> readable = access.readableIds();
        LocalDate today = statusDate.today();
        PortfolioQueries.Page found = queries.page(query, readable, pageNumber, pageSize, today);
        int totalPages = (int) ((found.total() + pageSize - 1) / pageSize);
        return new Portfolio(today, queries.programs(query.programId(), readable),
                found.rollouts().stream().map(entry -> PortfolioScope.entry(entry, caller)).toList(),
                pageNumber, pageSize, found.total(), totalPages, links(query, pageNumber, pageSize, totalPages));
    }

    @Operation(summary = "One rollout of the portfolio")
    @GetMapping("/portfolio/rollouts/{rolloutId}")
    Portfolio.RolloutEntry rollout(@PathVariable String rolloutId) {
        Portfolio.RolloutEntry entry = queries.rollout(rolloutId, statusDate.today());
        access.check(rolloutId, RolloutAccess.Action.READ);
        return PortfolioScope.entry(entry, Caller.current());
    }

    private static Portfolio.PageLinks links(PortfolioQuery query, int page, int size, int totalPages) {
        int last = Math.max(totalPages - 1, 0);
        return new Portfolio.PageLinks(PortfolioParameters.queryString(query, page, size),
                PortfolioParameters.queryString(query, 0, size),
                page > 0 ? PortfolioParameters.queryString(query, Math.min(page - 1, last), size) : null,
                page < last ? PortfolioParameters.queryString(query, page + 1, size) : null,
                PortfolioParameters.queryString(query, last, size));
    }
}
