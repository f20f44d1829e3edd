package org.golive.planning.resource;

import org.golive.planning.msproject.FileBlueprint;
import org.golive.planning.msproject.FileStaffing;
import org.golive.planning.msproject.ImportedResource;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.rollout.PlanStaffing;
import org.golive.planning.rollout.Rollout;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.RuleViolationException;
import org.golive.platform.security.Caller;
import org.golive.platform.security.Role;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An MS Project file's resources and assignments in the program's pool and the site's assignments, both ways. On
 * import each file resource is matched by name (any case) in the pool, else added to it (by the PMO only: a project
 * manager's import leaves a resource the pool lacks out, and says so); each task's assignments are then set as a
 * person assigning it would ({@code resource-assignments-changed}), so that capacity and labour cost follow, and an
 * effort-driven task's units with them.
 */
@Component
class FileAssignments implements PlanStaffing {

    static final String FILE_DATES = "task durations are the file's; a task MS Project scheduled by its assignments'"
            + " work is effort-driven, its duration their work over their units, as MS Project computed it (the"
            + " import's warnings name each)";

    private final Resources resources;
    private final RolloutAssignmentStore assignments;
    private final PoolSettings settings;
    private final LoadRefresh refresh;
    private final LabourCostRefresh labour;
    private final Clock clock;

    FileAssignments(Resources resources, RolloutAssignmentStore assignments, PoolSettings settings,
                    LoadRefresh refresh, LabourCostRefresh labour, Clock clock) {
        this.resources = resources;
        this.assignments = assignments;
        this.settings = settings;
        this.refresh = refresh;
        this.labour = labour;
        this.clock = clock;
    }

    @Override
    public boolean mayAddToPool() {
        return Caller.current().hasAny(Set.of(Role.PMO_ADMIN));
    }

    @Override
    public FileBlueprint.Staffable staffable(String programId, boolean mayAddToPool) {
        if (mayAddToPool) {
            return FileBlueprint.Staffable.ALL;
        }
        Set<String> pooled = new HashSet<>();
        resources.pool(programId).forEach(r -> pooled.add(key(r.profile().name())));
        return resource -> pooled.contains(key(resource.name())) ? null : notInPool(resource.name());
    }

    private static String notInPool(String name) {
        return "resource '" + name + "' is not in the program's pool and only the PMO adds to it";
    }

    @Override
    public Report imported(Rollout rollout, FileStaffing staffing, Instant replacedAt, boolean mayAddToPool) {
        if (staffing.isEmpty() && (replacedAt == null || assignments.find(rollout.id()).isEmpty())) {
            return new Report(List.of(), List.of(), 0, List.of());
        }
        SitePlan plan = rollout.plan();
        List<String> matched = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, String> poolIdByUid = pool(rollout.programId(), staffing.resources(), mayAddToPool, matched, added,
                notes);
        Map<PlanTask, List<Assignment>> byTask = new LinkedHashMap<>();
        for (FileStaffing.Work work : staffing.assignments()) {
            String poolId = poolIdByUid.get(work.resourceUid());
            Optional<PlanTask> task = plan.find(work.taskId());
            if (poolId != null && task.isPresent()) {
                byTask.computeIfAbsent(task.get(), t -> new ArrayList<>())
                        .add(new Assignment(poolId, work.units(), work.effortHours()));
            }
        }
        Instant now = clock.instant();
        int assigned = assignments.change(rollout.id(),
                () -> RolloutAssignments.open(rollout.id(), rollout.programId(), plan.calendar(),
                        rollout.goLiveDate()),
                document -> assign(document, rollout, byTask, replacedAt, notes, now));
        if (!staffing.isEmpty()) {
            notes.add(FILE_DATES);
        }
        refresh.program(rollout.programId());
        labour.rollout(rollout.id());
        return new Report(matched, added, assigned, notes);
    }

    private static Changed<Integer> assign(RolloutAssignments document, Rollout rollout,
                                           Map<PlanTask, List<Assignment>> byTask, Instant replacedAt,
                                           List<String> notes, Instant now) {
        List<RaisedEvent> events = new ArrayList<>();
        if (replacedAt != null) {
            // The replaced plan's assignments go first (the plan-replaced event, seen later, then releases nothing).
            events.addAll(document.release(replacedAt, rollout.goLiveDate(), now).events());
        }
        document.planCalendar(rollout.plan().calendar());
        int assigned = 0;
        for (Map.Entry<PlanTask, List<Assignment>> entry : byTask.entrySet()) {
            PlanTask task = entry.getKey();
            try {
                events.addAll(document.assign(task, document.task(task.id()).revision(), entry.getValue(), now)
                        .events());
                assigned++;
            } catch (RuleViolationException refused) {
                notes.add("task '" + task.definition().title() + "': its assignments are not imported ("
                        + refused.getMessage() + ")");
            }
        }
        return new Changed<>(assigned, events);
    }

    /** The pool id of each file resource, matched by name or added; null for one left out (notes say why). */
    private Map<String, String> pool(String programId, List<ImportedResource> given, boolean mayAdd,
                                     List<String> matched, List<String> added, List<String> notes) {
        Map<String, Resource> byName = new HashMap<>();
        resources.pool(programId).forEach(r -> byName.putIfAbsent(key(r.profile().name()), r));
        Map<String, String> ids = new HashMap<>();
        for (ImportedResource resource : given) {
            Resource found = byName.get(key(resource.name()));
            if (found != null) {
                matched.add(resource.name());
            } else if (!mayAdd) {
                notes.add(notInPool(resource.name()) + ": its assignments are not imported");
                continue;
            } else {
                FileResourceProfile profile = FileResourceProfile.of(resource);
                found = resources.add(Resource.add(programId, profile.profile(), settings.currency(),
                        clock.instant()));
                byName.put(key(resource.name()), found);
                added.add(resource.name());
                profile.note().ifPresent(notes::add);
            }
            ids.put(resource.uid(), found.id());
        }
        return ids;
    }

    @Override
    public FileStaffing forExport(Rollout rollout) {
        List<AssignedTask> tasks = assignments.find(rollout.id()).map(RolloutAssignments::tasks).orElse(List.of());
        if (tasks.isEmpty()) {
            return FileStaffing.NONE;
        }
        Map<String, Resource> pool = new LinkedHashMap<>();
        resources.pool(rollout.programId()).forEach(r -> pool.put(r.id(), r));
        List<FileStaffing.Work> work = new ArrayList<>();
        Map<String, ImportedResource> used = new LinkedHashMap<>();
        for (AssignedTask task : tasks) {
            if (rollout.plan().find(task.taskId()).isEmpty()) {
                continue; // a task the plan no longer has (its release is on its way)
            }
            for (Assignment assignment : task.assignments()) {
                Resource resource = pool.get(assignment.resourceId());
                if (resource == null) {
                    continue; // removed from the pool: no longer demand
                }
                used.computeIfAbsent(resource.id(), id -> FileResourceProfile.toFile(resource));
                work.add(new FileStaffing.Work(task.taskId(), resource.id(), assignment.units(),
                        assignment.effortHours()));
            }
        }
        return new FileStaffing(List.copyOf(used.values()), work);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static BigDecimal hoursPerWeek(BigDecimal maxUnits) {
        return (maxUnits == null ? BigDecimal.ONE : maxUnits).multiply(BigDecimal.valueOf(40));
    }
}
