package org.golive.planning.template;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.golive.planning.msproject.FileBlueprint;
import org.golive.platform.problem.RuleViolationException;
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
import java.util.List;

import static org.golive.planning.template.TemplateForms.CreateTemplate;
import static org.golive.planning.template.TemplateForms.NewVersion;
import static org.golive.planning.template.TemplateForms.ReviseDraft;
import static org.golive.planning.template.TemplateForms.TemplateView;
import static org.golive.planning.template.TemplateForms.VersionView;

@Tag(name = "Plan templates", description = "The PMO's standard plans, versioned, with tasks relative to go-live")
@RestController
class TemplateController {

    private final PlanTemplates templates;
    private final Clock clock;

    TemplateController(PlanTemplates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    @Operation(summary = "Create a plan template; its first version is a draft unless published at once")
    @PostMapping("/templates")
    ResponseEntity<TemplateView> create(@Valid @RequestBody CreateTemplate request) {
        PlanTemplate template = PlanTemplate.create(request.name().strip(), request.description(),
                request.siteTypes() == null ? List.of() : request.siteTypes(), request.content().toContent(),
                clock.instant());
        if (request.publish()) {
            template.publish(1, clock.instant());
        }
        templates.add(template);
        return ResponseEntity.created(URI.create("/templates/" + template.id())).body(TemplateView.of(template));
    }

    /** The template made from a file, and what the file held that the template could not carry over. */
    record ImportedTemplate(TemplateView template, List<String> warnings) {
    }

    @Operation(summary = "Create a plan template from a vendor's Microsoft Project XML (MSPDI) methodology plan",
            description = "Summary tasks become phases; dates become offsets from the go-live anchor: the task named"
                    + " by anchorTask (its UID), else a milestone called go-live, else the file's finish. A bad file"
                    + " is refused with the problem named, and nothing is created.")
    @PostMapping("/templates/import")
    ResponseEntity<ImportedTemplate> importTemplate(@RequestBody byte[] file, @RequestParam String name,
                                                    @RequestParam(required = false) String anchorTask,
                                                    @RequestParam(defaultValue = "false") boolean publish) {
        if (name.isBlank() || name.length() > 200) {
            throw new RuleViolationException("name", "A template name has 1 to 200 characters");
        }
        FileBlueprint blueprint = FileBlueprint.readForTemplate(file, anchorTask);
        List<Phase> phases = blueprint.phases().stream().map(p -> new Phase(p.key(), p.name())).toList();
        List<TemplateTask> tasks = blueprint.tasks().stream()
                .map(t -> new TemplateTask(t.id(), t.definition())).toList();
        PlanTemplate template = PlanTemplate.create(name.strip(), "Imported from " + blueprint.title(), List.of(),
                new PlanTemplate.Content(phases, tasks), clock.instant());
        if (publish) {
            template.publish(1, clock.instant());
        }
        templates.add(template);
        return ResponseEntity.created(URI.create("/templates/" + template.id()))
                .body(new ImportedTemplate(TemplateView.of(template), blueprint.warnings()));
    }

    @Operation(summary = "List the plan templates")
    @GetMapping("/templates")
    List<TemplateView> list() {
        return templates.all().stream().map(TemplateView::of).toList();
    }

    @Operation(summary = "Read a plan template and the summary of its versions")
    @GetMapping("/templates/{templateId}")
    TemplateView get(@PathVariable String templateId) {
        return TemplateView.of(templates.get(templateId));
    }

    @Operation(summary = "Read one version of a plan template with its phases and tasks")
    @GetMapping("/templates/{templateId}/versions/{number}")
    VersionView version(@PathVariable String templateId, @PathVariable int number) {
        return VersionView.of(templates.get(templateId).version(number));
    }

    @Operation(summary = "Start the next version as a draft (a copy of the latest one unless content is given)")
    @PostMapping("/templates/{templateId}/versions")
    ResponseEntity<VersionView> addVersion(@PathVariable String templateId,
                                           @Valid @RequestBody(required = false) NewVersion request) {
        PlanTemplate template = templates.get(templateId);
        PlanTemplate.Content content = request != null && request.content() != null
                ? request.content().toContent()
                : copyOfLatest(template);
        TemplateVersion version = template.addVersion(content, clock.instant());
        if (request != null && request.publish()) {
            version = template.publish(version.number(), clock.instant());
        }
        templates.save(template);
        return ResponseEntity.created(URI.create("/templates/" + templateId + "/versions/" + version.number()))
                .body(VersionView.of(version));
    }

    @Operation(summary = "Replace the content of a draft version; a published version never changes (409)")
    @PutMapping("/templates/{templateId}/versions/{number}")
    VersionView reviseDraft(@PathVariable String templateId, @PathVariable int number,
                            @Valid @RequestBody ReviseDraft request) {
        PlanTemplate template = templates.get(templateId);
        template.expectVersion(request.version());
        TemplateVersion revised = template.reviseDraft(number, request.content().toContent());
        templates.save(template);
        return VersionView.of(revised);
    }

    @Operation(summary = "Publish a draft version: from now on sites may use it, and it never changes")
    @PostMapping("/templates/{templateId}/versions/{number}/publish")
    VersionView publish(@PathVariable String templateId, @PathVariable int number) {
        PlanTemplate template = templates.get(templateId);
        TemplateVersion published = template.publish(number, clock.instant());
        templates.save(template);
        return VersionView.of(published);
    }

    private static PlanTemplate.Content copyOfLatest(PlanTemplate template) {
        TemplateVersion latest = template.versions().get(template.versions().size() - 1);
        return new PlanTemplate.Content(latest.phases(), latest.tasks());
    }
}
