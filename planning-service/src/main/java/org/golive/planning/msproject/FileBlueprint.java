package org.golive.planning.msproject;

import org.golive.planning.plan.Blueprint;
import org.golive.planning.plan.BlueprintTask;
import org.golive.planning.plan.Source;
import org.golive.planning.plan.Dependency;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.PlanCalendars;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.plan.TaskDefinition;
import org.golive.platform.problem.RuleViolationException;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An imported plan made go-live-relative, ready to become a site plan or a template version: its leaf tasks (summary
 * tasks become phases: the top-level summary a task sits under), their links, and dates as offsets from an anchor.
 * The anchor is the task the caller names, else a milestone called "go-live", else the go-live date a file exported
 * by Golive states in its Subject, else the file's finish.
 *
 * <p>A task with predecessors keeps only its links and constraints, so the schedule engine places it; a task without
 * any starts no earlier than where the file had it. Scheduled at an anchor equal to the file's, the plan therefore
 * reproduces the authoring tool's dates, except that a milestone right after a task shows the next working day (the
 * engine's convention, see {@code Scheduler}); the differential test and {@code mspdi/DIFFERENTIAL.md} in the test
 * resources list every difference found in the sample files and why.
 */
public record FileBlueprint(String title, List<Phase> phases, List<BlueprintTask> tasks, PlanCalendar calendar,
                            String anchorTaskId, LocalDate anchorDate, List<String> warnings, LocalDate statusDate,
                            List<PlanCalendars.Named> calendars, FileStaffing staffing) {

    public record Phase(String key, String name) {
    }

    private static final Pattern GO_LIVE = Pattern.compile("\\bgo[- ]?live\\b", Pattern.CASE_INSENSITIVE);

    /** The id a file task gets in Golive: ids must be short letters and digits. */
    public static String taskId(String uid) {
        return "uid-" + uid;
    }

    /**
     * Why a file resource's assignments cannot be imported (null: they can), asked of each resource a resource-driven
     * task works with: such a task is scheduled from its assignments only when every one of them comes along.
     */
    @FunctionalInterface
    public interface Staffable {

        /** Every resource comes along: the file's own view of its plan. */
        Staffable ALL = resource -> null;

        String whyNot(ImportedResource resource);
    }

    /** Reads an MSPDI upload; a file MS Project would not open is refused (422) naming what is wrong. */
    public static FileBlueprint read(byte[] file, String anchorUid) {
        return of(parse(file), anchorUid);
    }

    /**
     * Reads an MSPDI upload for a template, which keeps no calendars of a site: tasks on one of the file's named
     * calendars take the site's (the warnings name them); {@value PlanCalendars#AROUND_THE_CLOCK} stays.
     */
    public static FileBlueprint readForTemplate(byte[] file, String anchorUid) {
        ImportedPlan plan = parse(file);
        List<String> warnings = new ArrayList<>(plan.warnings());
        Map<String, Integer> dropped = new LinkedHashMap<>();
        List<ImportedTask> tasks = plan.tasks().stream().map(task -> {
            if (task.calendar() == null || PlanCalendars.AROUND_THE_CLOCK.equals(task.calendar())) {
                return task;
            }
            dropped.merge(task.calendar(), 1, Integer::sum);
            return task.onCalendar(null);
        }).toList();
        dropped.forEach((name, count) -> warnings.add(count + " task(s) work on the file's calendar '" + name
                + "': a template keeps no site calendars, so they take the site's calendar"));
        return of(new ImportedPlan(plan.title(), plan.start(), plan.finish(), plan.calendar(), tasks, warnings,
                plan.goLive(), plan.statusDate(), List.of(), plan.resources(), plan.assignments()), anchorUid,
                resource -> "a template keeps no assignments");
    }

    /** Reads an MSPDI upload as a plan; a file MS Project would not open is refused (422) naming what is wrong. */
    public static ImportedPlan parse(byte[] file) {
        if (file == null || file.length == 0) {
            throw new RuleViolationException("file", "The request body must be a Microsoft Project XML file");
        }
        try {
            return new MspdiReader().read(new ByteArrayInputStream(file));
        } catch (MspdiFormatException e) {
            throw new RuleViolationException("file", e.getMessage());
        }
    }

    public static FileBlueprint of(ImportedPlan plan, String anchorUid) {
        return of(plan, anchorUid, Staffable.ALL);
    }

    /**
     * The plan of the file, its resource-driven tasks scheduled from their assignments where {@code staffable} lets
     * all of them come along ({@link ResourceDriven}).
     */
    public static FileBlueprint of(ImportedPlan plan, String anchorUid, Staffable staffable) {
        ResourceDriven resourceDriven = new ResourceDriven(plan, staffable);
        Map<String, ImportedTask> byUid = new HashMap<>();
        plan.tasks().forEach(task -> byUid.put(task.uid(), task));
        ImportedTask anchor = anchor(plan, byUid, anchorUid).orElse(null);
        PlanCalendar calendar = planCalendar(plan.calendar());
        List<PlanCalendars.Named> calendars = plan.calendars().stream()
                .map(named -> new PlanCalendars.Named(named.name(), planCalendar(named))).toList();
        Map<String, Phase> phases = new LinkedHashMap<>();
        LocalDate anchorDate = anchor != null ? anchor.start() : plan.goLive() != null ? plan.goLive() : plan.finish();
        List<BlueprintTask> tasks = tasks(plan, byUid, phases, anchorDate, resourceDriven);
        if (anchor != null) {
            // The file may date a go-live milestone at the end of its predecessor's day, where the engine shows the
            // next working day: anchor on the date the engine gives it, so the site's go-live task lands on its
            // go-live date.
            LocalDate shown = SitePlan.create(new Blueprint(new Source(null, null, null, "probe"),
                    tasks, List.of(), null, calendars), calendar, anchorDate).task(taskId(anchor.uid())).scheduled()
                    .start();
            if (!shown.equals(anchorDate)) {
                anchorDate = shown;
                tasks = tasks(plan, byUid, phases, anchorDate, resourceDriven);
            }
        }
        return new FileBlueprint(plan.title(), List.copyOf(phases.values()), tasks, calendar,
                anchor == null ? null : taskId(anchor.uid()), anchorDate, resourceDriven.warnings(),
                plan.statusDate(), calendars, FileStaffing.of(plan));
    }

    private static PlanCalendar planCalendar(ImportedCalendar imported) {
        return new PlanCalendar(imported.workingWeekdays(), List.copyOf(imported.holidays()),
                List.copyOf(imported.extraWorkingDays()), imported.workingTimes(), imported.weekdayWorkingTimes(),
                imported.dateWorkingTimes());
    }

    /** The file's status date moved with the plan to a site's go-live (as every date of the file), or null. */
    public LocalDate statusDateAt(LocalDate goLive) {
        return statusDate == null ? null : goLive.plusDays(offset(anchorDate, statusDate));
    }

    private static List<BlueprintTask> tasks(ImportedPlan plan, Map<String, ImportedTask> byUid,
                                             Map<String, Phase> phases, LocalDate anchorDate,
                                             ResourceDriven resourceDriven) {
        List<BlueprintTask> tasks = new ArrayList<>();
        for (ImportedTask task : plan.tasks()) {
            if (task.summary()) {
                continue;
            }
            String phase = phaseOf(task, byUid, phases);
            List<Dependency> dependencies = task.predecessors().stream()
                    .map(link -> new Dependency(taskId(link.predecessorUid()),
                            Dependency.DependencyType.valueOf(link.type()), link.lagDays(), link.lag()))
                    .toList();
            ResourceDriven.Effort effort = resourceDriven.effort(task);
            tasks.add(new BlueprintTask(taskId(task.uid()), new TaskDefinition(task.wbs(), phase,
                    title(task), startOffset(task, anchorDate),
                    task.deadline() == null ? null : offset(anchorDate, task.deadline()),
                    task.durationDays(), dependencies, effort == null ? null : effort.workHours(), null, null,
                    task.constraint() == null ? null : task.constraint().type(),
                    task.constraint() == null || task.constraint().date() == null ? null
                            : offset(anchorDate, task.constraint().date()), task.duration(), task.calendar(),
                    effort != null, effort == null ? null : effort.units())));
        }
        return List.copyOf(tasks);
    }

    /**
     * A start-no-earlier-than date, else none for a task with another constraint (a task has one), else the file's
     * start for a task without predecessors, else none: the links place it. (Written with ifs: a conditional mixing
     * {@code int} and {@code null} unboxes the null and throws.)
     */
    private static Integer startOffset(ImportedTask task, LocalDate anchorDate) {
        if (task.constraintStartNoEarlierThan() != null) {
            return offset(anchorDate, task.constraintStartNoEarlierThan());
        }
        if (task.constraint() != null) {
            return null;
        }
        if (task.predecessors().isEmpty()) {
            return offset(anchorDate, task.start());
        }
        return null;
    }

    private static Optional<ImportedTask> anchor(ImportedPlan plan, Map<String, ImportedTask> byUid,
                                                 String anchorUid) {
        if (anchorUid != null && !anchorUid.isBlank()) {
            String uid = anchorUid.startsWith("uid-") ? anchorUid.substring(4) : anchorUid;
            ImportedTask named = byUid.get(uid);
            if (named == null || named.summary()) {
                throw new RuleViolationException("anchorTask", "The file has no task with UID " + anchorUid
                        + " to anchor the plan on");
            }
            return Optional.of(named);
        }
        return plan.tasks().stream().filter(t -> !t.summary() && t.milestone() && GO_LIVE.matcher(t.name()).find())
                .findFirst();
    }

    private static String phaseOf(ImportedTask task, Map<String, ImportedTask> byUid, Map<String, Phase> phases) {
        ImportedTask top = task;
        while (top.parentUid() != null && byUid.containsKey(top.parentUid())) {
            top = byUid.get(top.parentUid());
        }
        if (top == task) {
            return null;
        }
        String key = key(top.name(), top.uid());
        phases.putIfAbsent(key, new Phase(key, title(top)));
        return key;
    }

    private static String key(String name, String uid) {
        String slug = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 30 ? slug.substring(0, 30).replaceAll("-+$", "") : slug;
        return (slug.isEmpty() ? "phase" : slug) + "-" + uid;
    }

    private static String title(ImportedTask task) {
        String name = task.name() == null || task.name().isBlank() ? "Task " + task.uid() : task.name().strip();
        return name.length() > 300 ? name.substring(0, 300) : name;
    }

    private static Integer offset(LocalDate anchor, LocalDate date) {
        return Math.toIntExact(ChronoUnit.DAYS.between(anchor, date));
    }
}
