package org.golive.planning.template;

import org.golive.planning.plan.Blueprint;
import org.golive.planning.plan.BlueprintTask;
import org.golive.planning.plan.PhaseName;
import org.golive.planning.plan.Source;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.plan.TaskDefinition;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.platform.problem.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The PMO's standard plan, reused for every site: versioned, each published version immutable. */
@Document("plan_templates")
public class PlanTemplate extends Aggregate {

    /** Any date works: a template is checked by scheduling it once, and its offsets are relative. */
    private static final LocalDate PROBE_GO_LIVE = LocalDate.of(2030, 1, 7);

    @Id
    private String id;
    private String name;
    private String description;
    private List<String> siteTypes;
    private List<TemplateVersion> versions;
    private Instant createdAt;

    PlanTemplate() {
    }

    public record Content(List<Phase> phases, List<TemplateTask> tasks) {
    }

    static PlanTemplate create(String name, String description, List<String> siteTypes, Content content,
                               Instant now) {
        PlanTemplate template = new PlanTemplate();
        template.id = UUID.randomUUID().toString();
        template.name = name;
        template.description = description;
        template.siteTypes = List.copyOf(siteTypes);
        template.createdAt = now;
        template.versions = List.of(draft(1, content, now));
        return template;
    }

    /** Starts the next version as a draft. */
    TemplateVersion addVersion(Content content, Instant now) {
        TemplateVersion latest = latest();
        if (!latest.published()) {
            throw new ConflictException("Version " + latest.number() + " of template " + name
                    + " is still a draft: edit or publish it before starting another");
        }
        TemplateVersion next = draft(latest.number() + 1, content, now);
        replace(next);
        return next;
    }

    TemplateVersion reviseDraft(int number, Content content) {
        TemplateVersion current = version(number);
        if (current.published()) {
            throw new ConflictException("Version " + number + " of template " + name + " is published and can no"
                    + " longer change; start a new version");
        }
        TemplateVersion revised = draft(number, content, current.createdAt());
        replace(revised);
        return revised;
    }

    TemplateVersion publish(int number, Instant now) {
        TemplateVersion current = version(number);
        if (current.published()) {
            throw new ConflictException("Version " + number + " of template " + name + " is already published");
        }
        TemplateVersion published = new TemplateVersion(number, TemplateVersion.State.PUBLISHED, current.phases(),
                current.tasks(), current.createdAt(), now);
        replace(published);
        return published;
    }

    public TemplateVersion version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Version of template " + id, number));
    }

    public TemplateVersion latestPublished() {
        return versions.stream().filter(TemplateVersion::published).reduce((a, b) -> b)
                .orElseThrow(() -> new RuleViolationException("templateVersion", "Template " + name
                        + " has no published version yet"));
    }

    /** The tasks a site plan starts with when made from {@code version}. */
    public Blueprint blueprint(TemplateVersion version) {
        if (!version.published()) {
            throw new RuleViolationException("templateVersion", "Version " + version.number() + " of template "
                    + name + " is a draft: publish it before using it for a site");
        }
        return new Blueprint(new Source(id, name, version.number(), null),
                version.tasks().stream().map(t -> new BlueprintTask(t.id(), t.definition())).toList(),
                version.phases().stream().map(p -> new PhaseName(p.key(), p.name())).toList());
    }

    private TemplateVersion latest() {
        return versions.get(versions.size() - 1);
    }

    private void replace(TemplateVersion version) {
        List<TemplateVersion> all = new ArrayList<>(versions.stream().filter(v -> v.number() != version.number())
                .toList());
        all.add(version);
        all.sort((a, b) -> Integer.compare(a.number(), b.number()));
        versions = List.copyOf(all);
    }

    private static TemplateVersion draft(int number, Content content, Instant now) {
        List<Phase> phases = content.phases() == null || content.phases().isEmpty() ? Phase.EHR_DEFAULTS
                : content.phases();
        check(phases, content.tasks());
        return new TemplateVersion(number, TemplateVersion.State.DRAFT, phases, content.tasks(), now, null);
    }

    /** Phases must be known and the tasks must schedule: ids unique, dependencies known, no cycle. */
    private static void check(List<Phase> phases, List<TemplateTask> tasks) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < phases.size(); i++) {
            if (!keys.add(phases.get(i).key())) {
                throw new RuleViolationException("phases[" + i + "].key", "Two phases share the key "
                        + phases.get(i).key());
            }
        }
        for (int i = 0; i < tasks.size(); i++) {
            TaskDefinition definition = tasks.get(i).definition();
            if (definition.phase() != null && !keys.contains(definition.phase())) {
                throw new RuleViolationException("tasks[" + i + "].phase", "No phase " + definition.phase()
                        + " in this template; its phases are " + String.join(", ", keys));
            }
        }
        SitePlan.create(new Blueprint(new Source(null, null, null, "check"),
                tasks.stream().map(t -> new BlueprintTask(t.id(), t.definition())).toList()),
                PlanCalendar.MONDAY_TO_FRIDAY, PROBE_GO_LIVE);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/planning/templates/" + id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<String> siteTypes() {
        return siteTypes;
    }

    public List<TemplateVersion> versions() {
        return versions;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
