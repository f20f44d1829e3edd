package org.golive.tracking.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.golive.platform.problem.RuleViolationException;
import org.golive.platform.security.Caller;
import org.golive.platform.security.RolloutAccess;
import org.golive.tracking.status.RolloutPlans;
import org.golive.tracking.status.StatusDate;
import org.golive.tracking.status.TrackedPlan;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Tag(name = "Status reports", description = "A rollout's weekly status report: the figures of the week, the project"
        + " manager's narrative, top risks and decisions needed; a draft until published, then corrected by revision")
@RestController
class StatusReportController {

    static final int MAX_PAGE_SIZE = 100;

    private final StatusReports reports;
    private final FigureSnapshots figures;
    private final RolloutPlans plans;
    private final StatusDate statusDate;
    private final RolloutAccess access;
    private final Clock clock;

    StatusReportController(StatusReports reports, FigureSnapshots figures, RolloutPlans plans, StatusDate statusDate,
                           RolloutAccess access, Clock clock) {
        this.reports = reports;
        this.figures = figures;
        this.plans = plans;
        this.statusDate = statusDate;
        this.access = access;
        this.clock = clock;
    }

    @Operation(summary = "Draft the report of a week (one per rollout and week: a second is 409)",
            description = "The figures are taken on the week's Friday, or today while the week runs; a week not yet"
                    + " begun is 422.")
    @PostMapping("/rollouts/{rolloutId}/status-reports")
    ResponseEntity<StatusReportView> draft(@PathVariable String rolloutId,
                                           @Valid @RequestBody ReportForms.DraftForm form) {
        TrackedPlan plan = plans.get(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.CHANGE);
        IsoWeek week = reportable(form.week());
        StatusReport drafted = reports.insert(StatusReport.draft(rolloutId, plan.programId(), plan.siteName(), week,
                form.content(), figures.take(plan, week, statusDate.today()), Caller.current().name(),
                clock.instant()));
        return ResponseEntity.created(URI.create("/rollouts/" + rolloutId + "/status-reports/" + week))
                .body(StatusReportView.of(drafted));
    }

    @Operation(summary = "The rollout's reports, latest week first, a page at a time")
    @GetMapping("/rollouts/{rolloutId}/status-reports")
    StatusReportView.Page list(@PathVariable String rolloutId,
                               @Parameter(description = "Page number, from 0")
                               @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                               @Parameter(description = "Reports per page, 1 to " + MAX_PAGE_SIZE)
                               @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        plans.requireKnown(rolloutId);
        access.check(rolloutId, RolloutAccess.Action.READ);
        long total = reports.countOfRollout(rolloutId);
        long totalPages = (total + size - 1) / size;
        return new StatusReportView.Page(reports.ofRollout(rolloutId, page, size).stream()
                .map(StatusReportView.Summary::of).toList(), page, size, total, totalPages,
                StatusReportView.Links.of(page, size, totalPages));
    }

    @Operation(summary = "The report of a week, with the revisions a correction replaced")
    @GetMapping("/rollouts/{rolloutId}/status-reports/{week}")
    StatusReportView read(@PathVariable String rolloutId,
                          @Parameter(description = "ISO week, e.g. 2027-W05") @PathVariable IsoWeek week) {
        StatusReport report = reports.get(rolloutId, week);
        access.check(rolloutId, RolloutAccess.Action.READ);
        return StatusReportView.of(report);
    }

    @Operation(summary = "Edit a draft's narrative, risks and decisions (a published report: 409, correct it)")
    @PutMapping("/rollouts/{rolloutId}/status-reports/{week}")
    StatusReportView edit(@PathVariable String rolloutId, @PathVariable IsoWeek week,
                          @Valid @RequestBody ReportForms.EditForm form) {
        reports.get(rolloutId, week);
        access.check(rolloutId, RolloutAccess.Action.CHANGE);
        return StatusReportView.of(reports.change(rolloutId, week, form.version(),
                report -> report.edit(form.content(), Caller.current().name(), clock.instant())));
    }

    @Operation(summary = "Take a draft's figures again, as the rollout stands now")
    @PostMapping("/rollouts/{rolloutId}/status-reports/{week}/refresh")
    StatusReportView refresh(@PathVariable String rolloutId, @PathVariable IsoWeek week) {
        reports.get(rolloutId, week);
        access.check(rolloutId, RolloutAccess.Action.CHANGE);
        TrackedPlan plan = plans.get(rolloutId);
        return StatusReportView.of(reports.changeLatest(rolloutId, week,
                report -> report.refresh(figures.take(plan, week, statusDate.today()))));
    }

    @Operation(summary = "Publish a draft: its figures and text are frozen, and status-report.published goes out")
    @PostMapping("/rollouts/{rolloutId}/status-reports/{week}/publish")
    StatusReportView publish(@PathVariable String rolloutId, @PathVariable IsoWeek week,
                             @Valid @RequestBody ReportForms.VersionForm form) {
        reports.get(rolloutId, week);
        access.check(rolloutId, RolloutAccess.Action.CHANGE);
        return StatusReportView.of(reports.change(rolloutId, week, form.version(),
                report -> report.publish(Caller.current().name(), clock.instant())));
    }

    @Operation(summary = "Correct a published report: a new revision with its reason, published; the earlier stays"
            + " in the history")
    @PostMapping("/rollouts/{rolloutId}/status-reports/{week}/corrections")
    StatusReportView correct(@PathVariable String rolloutId, @PathVariable IsoWeek week,
                             @Valid @RequestBody ReportForms.CorrectionForm form) {
        reports.get(rolloutId, week);
        access.check(rolloutId, RolloutAccess.Action.CHANGE);
        return StatusReportView.of(reports.change(rolloutId, week, form.version(),
                report -> report.correct(form.content(), form.reason(), Caller.current().name(),
                        clock.instant())));
    }

    @Operation(summary = "The program's reports of a week, one line per rollout that has one (a project manager"
            + " sees their rollouts')")
    @GetMapping("/programs/{programId}/status-reports")
    List<StatusReportView.Summary> programWeek(@PathVariable String programId,
                                               @Parameter(description = "ISO week, e.g. 2027-W05")
                                               @RequestParam IsoWeek week) {
        var readable = access.readable();
        return reports.ofProgramWeek(programId, week).stream().filter(r -> readable.test(r.rolloutId()))
                .map(StatusReportView.Summary::of).toList();
    }

    private IsoWeek reportable(String text) {
        IsoWeek week;
        try {
            week = IsoWeek.of(text);
        } catch (IllegalArgumentException noSuchWeek) {
            throw new RuleViolationException("week", "must be " + noSuchWeek.getMessage());
        }
        LocalDate today = statusDate.today();
        if (week.monday().isAfter(today)) {
            throw new RuleViolationException("week", "Week " + week + " has not begun: it is reported on from its"
                    + " Monday");
        }
        return week;
    }
}
