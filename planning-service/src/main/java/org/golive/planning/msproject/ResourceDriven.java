package org.golive.planning.msproject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the plan takes a file's resource-driven tasks ({@link ImportedTask#resourceDriven()}): MS Project scheduled each
 * by its assignments' work and units, so the plan schedules it so too, as an effort-driven task whose work is the
 * assignments' and whose units are their sum ({@code duration = work / (units x hours per day)}). When an assignment
 * cannot come along (its resource stays out of the pool, it states no units or no work), the task keeps the span the
 * file shows instead, and the warnings say which and why.
 */
final class ResourceDriven {

    /** A task's work (the sum of its assignments' hours) and units (the sum of theirs, 1 = one full-time person). */
    record Effort(BigDecimal workHours, BigDecimal units) {
    }

    private final ImportedPlan plan;
    private final FileBlueprint.Staffable staffable;
    private final Map<String, ImportedResource> resources = new HashMap<>();
    private final Map<String, Optional<Effort>> decided = new LinkedHashMap<>();
    private final List<String> decisions = new ArrayList<>();

    ResourceDriven(ImportedPlan plan, FileBlueprint.Staffable staffable) {
        this.plan = plan;
        this.staffable = staffable;
        plan.resources().forEach(resource -> resources.put(resource.uid(), resource));
    }

    /** The task's effort to schedule it by, or null: not resource-driven, or kept at the file's span. */
    Effort effort(ImportedTask task) {
        if (!task.resourceDriven()) {
            return null;
        }
        return decided.computeIfAbsent(task.uid(), uid -> decide(task)).orElse(null);
    }

    /** The file's warnings, then what became of each resource-driven task. */
    List<String> warnings() {
        List<String> all = new ArrayList<>(plan.warnings());
        all.addAll(decisions);
        return List.copyOf(all);
    }

    private Optional<Effort> decide(ImportedTask task) {
        List<ImportedAssignment> assignments = plan.assignments().stream()
                .filter(a -> a.taskUid().equals(task.uid())).toList();
        Set<String> whyNot = new LinkedHashSet<>();
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal units = BigDecimal.ZERO;
        for (ImportedAssignment assignment : assignments) {
            ImportedResource resource = resources.get(assignment.resourceUid());
            String refused = resource == null ? "an assignment names no resource of the file"
                    : staffable.whyNot(resource);
            if (refused != null) {
                whyNot.add(refused);
            } else if (assignment.effort() || !positive(assignment.units()) || !positive(assignment.workHours())) {
                whyNot.add("an assignment states no units or no work");
            } else {
                hours = hours.add(assignment.workHours());
                units = units.add(assignment.units());
            }
        }
        if (assignments.isEmpty()) {
            whyNot.add("the file holds no assignment of it that Golive reads");
        }
        String name = "task UID " + task.uid() + " '" + task.name() + "'";
        if (!whyNot.isEmpty()) {
            decisions.add(name + ": its assignments are not imported (" + String.join("; ", whyNot) + "), so it is"
                    + " read as the file schedules it, " + task.durationDays() + " working days ending "
                    + task.finish());
            return Optional.empty();
        }
        decisions.add(name + ": scheduled from its assignments as MS Project does (effort-driven: "
                + hours.stripTrailingZeros().toPlainString() + " h of work at " + units.stripTrailingZeros()
                .toPlainString() + " units)");
        return Optional.of(new Effort(hours, units));
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
