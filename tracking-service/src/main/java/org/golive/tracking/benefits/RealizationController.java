package org.golive.tracking.benefits;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.golive.platform.input.RefusedParameterException;
import org.golive.platform.security.RolloutAccess;
import org.golive.tracking.benefits.RealizationViews.ProgramRealization;
import org.golive.tracking.benefits.RealizationViews.SiteRealization;
import org.golive.tracking.benefits.RealizationViews.WaveRealization;
import org.golive.tracking.status.StatusDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.YearMonth;

@Tag(name = "Benefits realization", description = "The fiscal plans' assumed benefits against the benefits the"
        + " monetary KPIs realized, to date")
@RestController
class RealizationController {

    private final RealizationQueries queries;
    private final BenefitSites sites;
    private final RolloutAccess access;
    private final StatusDate today;

    RealizationController(RealizationQueries queries, BenefitSites sites, RolloutAccess access, StatusDate today) {
        this.queries = queries;
        this.sites = sites;
        this.access = access;
        this.today = today;
    }

    @Operation(summary = "A site's assumed and realized benefits from go-live to a month (this one by default), and"
            + " the realization ratio")
    @GetMapping("/benefits/rollouts/{rolloutId}/realization")
    SiteRealization site(@PathVariable String rolloutId, @RequestParam(required = false) YearMonth upTo) {
        BenefitSites.Site site = sites.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        return queries.site(site, month(upTo));
    }

    @Operation(summary = "A wave's sites' assumed and realized benefits to a month, and the wave's total")
    @GetMapping("/benefits/waves/{waveId}/realization")
    WaveRealization wave(@PathVariable String waveId, @RequestParam(required = false) YearMonth upTo) {
        return queries.wave(waveId, month(upTo));
    }

    @Operation(summary = "The program's assumed and realized benefits to a month, per site, per wave and in total")
    @GetMapping("/benefits/programs/{programId}/realization")
    ProgramRealization program(@PathVariable String programId, @RequestParam(required = false) YearMonth upTo) {
        return queries.program(programId, month(upTo));
    }

    /** To date means no later than this month: a month to come has realized nothing yet to compare. */
    private YearMonth month(YearMonth upTo) {
        YearMonth now = YearMonth.from(today.today());
        if (upTo != null && upTo.isAfter(now)) {
            throw new RefusedParameterException("upTo", "a month after this one (" + now + ") has nothing to date");
        }
        return upTo != null ? upTo : now;
    }
}
