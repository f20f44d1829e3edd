package org.golive.planning.rollout;

import org.golive.planning.plan.Blueprint;
import org.golive.planning.plan.PhaseName;
import org.golive.planning.plan.Source;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.golive.planning.msproject.FileBlueprint;
import org.golive.planning.msproject.ImportedPlan;
import org.golive.planning.msproject.MspdiWriter;
import org.golive.planning.msproject.PlanCsv;
import org.golive.planning.msproject.PlanExport;
import org.golive.planning.plan.Baseline;
import org.golive.planning.plan.PlanCalendars;
import org.golive.planning.plan.SitePlan;
import org.golive.platform.outbox.Changed;
import org.golive.platform.problem.ConflictException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.golive.planning.rollout.PlanViews.PlanView;

@Tag(name = "Site plan files", description = "Microsoft Project XML (MSPDI) import and export, CSV export")
@RestController
class PlanFileController {


    private static final MediaType MSPDI = MediaType.APPLICATION_XML;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PlanCommands commands;
    private final PlanStaffing staffing;
    private final FileStaffingSteps steps;
    private final Clock clock;

    PlanFileController(PlanCommands commands, PlanStaffing staffing, FileStaffingSteps steps, Clock clock) {
        this.commands = commands;
        this.staffing = staffing;
        this.steps = steps;
        this.clock = clock;
    }

    /**
     * The plan made from the file, what the file held that the plan could not carry over, and what became of the
     * file's resources and assignments.
     *
     * @param calendars the site's named calendars read from the file
     */
    record Imported(PlanView plan, List<String> warnings, List<String> calendars, PlanStaffing.Report resources) {
    }

    /**
     * @param previousTaskCount  the tasks of the plan replaced, gone with their progress
     * @param discardedBaselines the baselines of the plan replaced, gone with it
     */
    record Replaced(PlanView plan, List<String> warnings, int previousTaskCount, List<String> discardedBaselines,
                    List<String> calendars, PlanStaffing.Report resources) {
    }

    @Operation(summary = "Create the site's plan from a Microsoft Project XML (MSPDI) file",
            description = "Only for a site without a plan: over an existing plan the import is refused (409) and"
                    + " nothing changes; PUT the file to the same path to replace the plan. The file's dates are"
                    + " taken relative to its go-live: the task named by anchorTask (its UID),"
                    + " else a milestone called go-live, else the file's finish; they land on this site's go-live."
                    + " A bad file is refused with the problem named, and nothing is imported. The file's other base"
                    + " calendars become the site's named calendars, tasks on them stay on them; its resources are"
                    + " matched by name in the program's pool (the PMO's import adds those it lacks) and its"
                    + " assignments set on the tasks, as reported in `resources`.")
    @PostMapping(path = "/rollouts/{rolloutId}/plan/import")
    ResponseEntity<Imported> importPlan(@PathVariable String rolloutId, @RequestBody byte[] file,
                                        @RequestParam(required = false) String anchorTask,
                                        @RequestParam(defaultValue = "plan.xml") String fileName) {
        ImportedPlan read = FileBlueprint.parse(file);
        boolean mayAddToPool = staffing.mayAddToPool();
        FromFile made = commands.change(rolloutId, rollout -> {
            FromFile planned = FromFile.of(read, anchorTask, staffing.staffable(rollout.programId(), mayAddToPool),
                    steps, null, mayAddToPool);
            Changed<Boolean> created = refuseOverAPlan(rollout).planning().instantiate(
                    plannedFrom(planned.blueprint(), fileName, rollout.goLiveDate()), planned.blueprint().calendar(),
                    clock.instant());
            return new Changed<>(planned, created.events());
        }, (planned, update) -> steps.record(planned.step(), update), (planned, rollout) -> planned.of(rollout));
        FileBlueprint blueprint = made.blueprint();
        return ResponseEntity.created(URI.create("/rollouts/" + rolloutId + "/plan"))
                .body(new Imported(PlanView.of(made.rollout()), blueprint.warnings(), calendarNames(blueprint),
                        steps.take(made.rollout(), made.step(), null, mayAddToPool)));
    }

    /**
     * A plan made from a file, and the step that gives its tasks the file's assignments after it (null: nobody
     * assigned); once stored, with the rollout as stored (and the plan it replaced).
     */
    private record FromFile(FileBlueprint blueprint, FileStaffingSteps.Step step, Rollout rollout,
                            SitePlan previous) {

        static FromFile of(ImportedPlan read, String anchorTask, FileBlueprint.Staffable staffable,
                           FileStaffingSteps steps, Instant replacedAt, boolean mayAddToPool) {
            FileBlueprint blueprint = FileBlueprint.of(read, anchorTask, staffable);
            return new FromFile(blueprint, steps.after(blueprint.staffing(), replacedAt, mayAddToPool), null, null);
        }

        FromFile of(Rollout stored) {
            return new FromFile(blueprint, step, stored, previous);
        }

        FromFile replacing(SitePlan replaced) {
            return new FromFile(blueprint, step, rollout, replaced);
        }
    }

    @Operation(summary = "Replace the site's plan with one from a Microsoft Project XML (MSPDI) file",
            description = "Send the rollout's version you read (a stale one is 409). The plan is replaced whole, in"
                    + " one step: its tasks, their progress and its baselines are discarded, the rollout, go-live date"
                    + " and site stay, and the file's dates land on the go-live as on an import. Resource assignments"
                    + " on the old tasks are released, the file's own set as on an import. A bad file or a plan over"
                    + " the size limit is refused (422) and the old plan stays.")
    @PutMapping(path = "/rollouts/{rolloutId}/plan/import")
    Replaced replacePlan(@PathVariable String rolloutId, @RequestBody byte[] file,
                         @RequestParam(required = false) Long version,
                         @RequestParam(required = false) String anchorTask,
                         @RequestParam(defaultValue = "plan.xml") String fileName) {
        ImportedPlan read = FileBlueprint.parse(file);
        boolean mayAddToPool = staffing.mayAddToPool();
        Instant replacedAt = clock.instant();
        FromFile replaced = commands.change(rolloutId, rollout -> {
            rollout.expectVersion(version);
            FromFile planned = FromFile.of(read, anchorTask, staffing.staffable(rollout.programId(), mayAddToPool),
                    steps, replacedAt, mayAddToPool);
            Changed<SitePlan> changed = rollout.planning().replacePlan(plannedFrom(planned.blueprint(), fileName,
                    rollout.goLiveDate()), planned.blueprint().calendar(), replacedAt);
            return new Changed<>(planned.replacing(changed.result()), changed.events());
        }, (planned, update) -> steps.record(planned.step(), update), (planned, rollout) -> planned.of(rollout));
        FileBlueprint blueprint = replaced.blueprint();
        return new Replaced(PlanView.of(replaced.rollout()), blueprint.warnings(), replaced.previous().tasks().size(),
                replaced.previous().baselines().stream().map(Baseline::name).toList(), calendarNames(blueprint),
                steps.take(replaced.rollout(), replaced.step(), replacedAt, mayAddToPool));
    }

    private static Blueprint plannedFrom(FileBlueprint blueprint, String fileName, LocalDate goLive) {
        return new Blueprint(new Source(null, null, null, fileName), blueprint.tasks(),
                blueprint.phases().stream().map(p -> new PhaseName(p.key(), p.name())).toList(),
                blueprint.statusDateAt(goLive), blueprint.calendars());
    }

    private static List<String> calendarNames(FileBlueprint blueprint) {
        return blueprint.calendars().stream().map(PlanCalendars.Named::name).toList();
    }

    /**
     * A file never lands over an existing plan by a POST: not even the same file name again, which the template path's
     * rule (the same source again changes nothing) would answer 201 with the old plan, leaving a changed file unread.
     * Replacing is a PUT with the version read, so that nobody replaces a plan they have not seen.
     */
    private static Rollout refuseOverAPlan(Rollout rollout) {
        rollout.sitePlan().ifPresent(existing -> {
            Source source = existing.source();
            throw new ConflictException("Rollout " + rollout.id() + " already has a plan (from "
                    + (source.templateId() != null ? "template " + source.templateName() : "file " + source.fileName())
                    + "); to replace it, PUT the file to this path with version=" + rollout.version() + ": its " + existing.tasks().size() + " tasks with their progress and "
                    + existing.baselines().size() + " baseline(s) are then discarded");
        });
        return rollout;
    }

    @Operation(summary = "Export the site's plan as Microsoft Project XML (MSPDI), phases as summary tasks")
    @GetMapping(path = "/rollouts/{rolloutId}/plan/export.xml")
    ResponseEntity<byte[]> exportMspdi(@PathVariable String rolloutId) {
        Rollout rollout = commands.read(rolloutId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MspdiWriter().write(PlanExport.of(rollout.siteName(), rollout.plan(), rollout.goLiveDate())
                .withStaffing(staffing.forExport(rollout)), out);
        return attachment(out.toByteArray(), MSPDI, rollout.siteName() + ".xml");
    }

    @Operation(summary = "Export the site's plan as CSV (one row per task, RFC 4180)")
    @GetMapping(path = "/rollouts/{rolloutId}/plan/export.csv")
    ResponseEntity<byte[]> exportCsv(@PathVariable String rolloutId) {
        Rollout rollout = commands.read(rolloutId);
        StringWriter csv = new StringWriter();
        PlanCsv.write(PlanExport.tasks(rollout.plan()), csv);
        return attachment(csv.toString().getBytes(StandardCharsets.UTF_8), CSV, rollout.siteName() + ".csv");
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
