package org.golive.tracking.readiness;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.golive.tracking.readiness.Criticality.CRITICAL;
import static org.golive.tracking.readiness.Criticality.MAJOR;
import static org.golive.tracking.readiness.Criticality.MINOR;
import static org.golive.tracking.readiness.Domain.CLINICAL_WORKFLOW;
import static org.golive.tracking.readiness.Domain.COMMAND_CENTER;
import static org.golive.tracking.readiness.Domain.COMMUNICATIONS;
import static org.golive.tracking.readiness.Domain.DATA_CONVERSION;
import static org.golive.tracking.readiness.Domain.PRODUCTION_SUPPORT;
import static org.golive.tracking.readiness.Domain.TECHNICAL;
import static org.golive.tracking.readiness.Domain.TESTING;
import static org.golive.tracking.readiness.Domain.TRAINING;

/**
 * The criteria a scorecard starts with. Planning's template tags tasks with readiness criteria by name only, so the
 * standard EHR set below gives each known name its domain, criticality, pass level and owner; a tag the set does not
 * know becomes a MAJOR criterion of its own, met when its tasks are done, in the domain its phase suggests. Criteria
 * no task evidences (communications, production support, clinical sign-offs) are in the set and are assessed.
 */
final class StandardCriteria {

    /** Tags that record the go-live's outcome, not readiness for it: no go/no-go can wait for them. */
    static final Set<String> OUTCOME_TAGS = Set.of("Go decision recorded", "Site live on the EHR",
            "Stabilization exit criteria met");

    private record Standard(String id, String name, Domain domain, Criticality criticality, int passLevel,
                            String owner, Feed feed, String templateTag) {
    }

    private static final List<Standard> SET = List.of(
            new Standard("user-accounts", "User accounts provisioned", TECHNICAL, CRITICAL, 100, "Technical Lead",
                    Feed.TASKS, "User accounts provisioned"),
            new Standard("devices-installed", "Devices installed and tested", TECHNICAL, CRITICAL, 100,
                    "Technical Lead", Feed.TASKS, "Devices installed and tested"),
            new Standard("build-signed-off", "Build signed off", TECHNICAL, CRITICAL, 100, "Application Lead",
                    Feed.TASKS, "Build signed off"),
            new Standard("assessment-signed-off", "Current-state assessment signed off", CLINICAL_WORKFLOW, MAJOR, 100,
                    "Site Project Manager", Feed.TASKS, "Assessment signed off"),
            new Standard("workflows-validated", "Future-state workflows validated by clinical leads",
                    CLINICAL_WORKFLOW, CRITICAL, 100, "CMIO", Feed.ASSESSMENT, null),
            new Standard("dress-rehearsal", "Dress rehearsal passed", CLINICAL_WORKFLOW, CRITICAL, 100, "CNIO",
                    Feed.TASKS, "Dress rehearsal passed"),
            new Standard("integrated-testing", "Integrated testing signed off", TESTING, CRITICAL, 100, "Test Lead",
                    Feed.TASKS, "Integrated testing signed off"),
            new Standard("no-severity-1-defects", "No open severity-1 defects", TESTING, CRITICAL, 100, "Test Lead",
                    Feed.ASSESSMENT, null),
            new Standard("conversion-validated", "Conversion validated", DATA_CONVERSION, CRITICAL, 100,
                    "Data Conversion Lead", Feed.TASKS, "Conversion validated"),
            new Standard("super-users-named", "Super users named", TRAINING, MAJOR, 100, "Training Lead",
                    Feed.TASKS, "Super users named"),
            new Standard("super-users-trained", "Super users trained", TRAINING, MAJOR, 100, "Training Lead",
                    Feed.TASKS, "Super users trained"),
            new Standard("end-users-trained", "End users trained (90%)", TRAINING, CRITICAL, 90, "Training Lead",
                    Feed.END_USERS_TRAINED, "End users trained (90%)"),
            new Standard("proficiency", "Proficiency above 85%", TRAINING, CRITICAL, 85, "Training Lead",
                    Feed.PROFICIENCY, "Proficiency above 85%"),
            new Standard("super-user-ratio", "Super users at the target ratio", TRAINING, MAJOR, 100,
                    "Training Lead", Feed.SUPER_USER_RATIO, null),
            new Standard("shift-coverage", "A super user on every shift", TRAINING, MAJOR, 100, "Training Lead",
                    Feed.SHIFT_COVERAGE, null),
            new Standard("go-live-communicated", "Go-live communications sent and acknowledged", COMMUNICATIONS,
                    MAJOR, 80, "Communications Lead", Feed.ASSESSMENT, null),
            new Standard("downtime-procedures", "Downtime procedures communicated", COMMUNICATIONS, MINOR, 100,
                    "Communications Lead", Feed.ASSESSMENT, null),
            new Standard("support-model", "Production support and escalation in place", PRODUCTION_SUPPORT,
                    CRITICAL, 100, "IT Operations", Feed.ASSESSMENT, null),
            new Standard("command-center-staffed", "Command center staffed", COMMAND_CENTER, CRITICAL, 100,
                    "Command Center Lead", Feed.TASKS, "Command center staffed"),
            new Standard("issue-triage", "Issue triage rehearsed", COMMAND_CENTER, MINOR, 100,
                    "Command Center Lead", Feed.ASSESSMENT, null));

    /** A task of the instantiated plan that carries a readiness tag. */
    record TaggedTask(String taskId, String tag, String phase, String accountable) {
    }

    /** The seeded criteria and which task evidences which criterion. */
    record Seed(List<Criterion> criteria, List<TaskTag> tasks) {
    }

    private StandardCriteria() {
    }

    static Seed seed(List<TaggedTask> tagged, Instant at) {
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        Map<String, String> idOfTag = new LinkedHashMap<>();
        for (Standard s : SET) {
            criteria.put(s.id(), new Criterion(s.id(), s.name(), s.domain(), s.criticality(), s.passLevel(),
                    s.owner(), s.feed(), s.templateTag(), 0, null, at, null));
            if (s.templateTag() != null) {
                idOfTag.put(s.templateTag(), s.id());
            }
        }
        List<TaskTag> tasks = new ArrayList<>();
        for (TaggedTask task : tagged) {
            if (task.tag() == null || task.tag().isBlank() || OUTCOME_TAGS.contains(task.tag())) {
                continue;
            }
            String id = idOfTag.computeIfAbsent(task.tag(), tag -> {
                String slug = uniqueSlug(tag, criteria.keySet());
                criteria.put(slug, new Criterion(slug, tag, domainOfPhase(task.phase()), MAJOR, 100,
                        task.accountable(), Feed.TASKS, tag, 0, null, at, null));
                return slug;
            });
            tasks.add(new TaskTag(task.taskId(), id, false));
        }
        return new Seed(List.copyOf(criteria.values()), tasks);
    }

    /**
     * The criterion a task's tag names: one of {@code known}, or a new one (not yet among them) for a tag never seen;
     * empty for an untagged task or an outcome tag.
     */
    static Optional<Criterion> criterionFor(TaggedTask task, List<Criterion> known, Instant at) {
        if (task.tag() == null || task.tag().isBlank() || OUTCOME_TAGS.contains(task.tag())) {
            return Optional.empty();
        }
        Optional<Criterion> existing = known.stream().filter(c -> task.tag().equals(c.templateTag())).findFirst();
        if (existing.isPresent()) {
            return existing;
        }
        String id = uniqueSlug(task.tag(), known.stream().map(Criterion::id).collect(Collectors.toSet()));
        return Optional.of(new Criterion(id, task.tag(), domainOfPhase(task.phase()), MAJOR, 100, task.accountable(),
                Feed.TASKS, task.tag(), 0, null, at, null));
    }

    static Domain domainOfPhase(String phase) {
        String p = phase == null ? "" : phase.toLowerCase(Locale.ROOT);
        if (p.contains("train")) {
            return TRAINING;
        }
        if (p.contains("test")) {
            return TESTING;
        }
        if (p.contains("convers") || p.contains("data")) {
            return DATA_CONVERSION;
        }
        if (p.contains("go-live") || p.contains("cutover") || p.contains("stabil")) {
            return COMMAND_CENTER;
        }
        return p.contains("assess") || p.contains("workflow") ? CLINICAL_WORKFLOW : TECHNICAL;
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "criterion" : slug;
    }

    private static String uniqueSlug(String name, Set<String> taken) {
        String base = slug(name);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
