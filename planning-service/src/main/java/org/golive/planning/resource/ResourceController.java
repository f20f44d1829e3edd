package org.golive.planning.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.golive.planning.program.Programs;
import org.golive.planning.resource.ResourceForms.ResourceForm;
import org.golive.planning.resource.ResourceForms.ResourceView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.List;

@Tag(name = "Resources", description = "A program's pool of people and generic roles shared by its rollouts")
@RestController
@RequestMapping("/programs/{programId}/resources")
class ResourceController {

    private final Resources resources;
    private final Programs programs;
    private final PoolSettings settings;
    private final LoadRefresh refresh;
    private final LabourCostRefresh labour;
    private final Clock clock;

    ResourceController(Resources resources, Programs programs, PoolSettings settings, LoadRefresh refresh,
                       LabourCostRefresh labour, Clock clock) {
        this.resources = resources;
        this.programs = programs;
        this.settings = settings;
        this.refresh = refresh;
        this.labour = labour;
        this.clock = clock;
    }

    @Operation(summary = "Add a person or a generic role to the program's pool")
    @PostMapping
    ResponseEntity<ResourceView> add(@PathVariable String programId, @Valid @RequestBody ResourceForm form) {
        programs.get(programId);
        Resource resource = resources.add(Resource.add(programId, form.toProfile(), settings.currency(),
                clock.instant()));
        return ResponseEntity.created(URI.create("/programs/" + programId + "/resources/" + resource.id()))
                .body(ResourceView.of(resource));
    }

    @Operation(summary = "List the program's pool")
    @GetMapping
    List<ResourceView> pool(@PathVariable String programId) {
        programs.get(programId);
        return resources.pool(programId).stream().map(ResourceView::of).toList();
    }

    @Operation(summary = "Read a resource of the pool")
    @GetMapping("/{resourceId}")
    ResourceView get(@PathVariable String programId, @PathVariable String resourceId) {
        return ResourceView.of(resources.get(programId, resourceId));
    }

    @Operation(summary = "Change a resource (send the version you read; a stale one is 409)")
    @PutMapping("/{resourceId}")
    ResourceView revise(@PathVariable String programId, @PathVariable String resourceId,
                        @Valid @RequestBody ResourceForm form) {
        Resource resource = resources.get(programId, resourceId);
        resource.expectVersion(form.version());
        Resource revised = resources.save(resource.revise(form.toProfile(), clock.instant()));
        refresh.program(programId);
        labour.program(programId);
        return ResourceView.of(revised);
    }

    @Operation(summary = "Remove a resource from the pool (its assignments stop counting as demand)")
    @DeleteMapping("/{resourceId}")
    ResponseEntity<Void> remove(@PathVariable String programId, @PathVariable String resourceId,
                                @RequestParam Long version) {
        Resource resource = resources.get(programId, resourceId);
        resource.expectVersion(version);
        resources.save(resource.remove(clock.instant()));
        refresh.program(programId);
        labour.program(programId);
        return ResponseEntity.noContent().build();
    }
}
