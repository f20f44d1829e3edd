package org.golive.planning.msproject;

import net.sf.mpxj.Resource;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.ResourceType;
import net.sf.mpxj.Task;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The work resources of a file and their assignments on the imported leaf tasks. The RACI assignments Golive writes
 * (notes "RACI: ...") are the plan's RACI, not work, and are left out; so are material and cost resources, assignments
 * on summary tasks (they become phases) and assignments with neither units nor work, each counted in the warnings.
 */
record FileResources(List<ImportedResource> resources, List<ImportedAssignment> assignments) {

    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    static FileResources of(List<Task> tasks, List<ImportedTask> imported, WorkingTime time, List<String> warnings) {
        Map<Integer, ImportedResource> resources = new LinkedHashMap<>();
        List<ImportedAssignment> assignments = new ArrayList<>();
        Set<String> onTask = new HashSet<>();
        int notWork = 0;
        int onSummary = 0;
        int empty = 0;
        for (int i = 0; i < tasks.size(); i++) {
            for (ResourceAssignment assignment : tasks.get(i).getResourceAssignments()) {
                Resource resource = assignment.getResource();
                if (resource == null || resource.getUniqueID() == null || RaciResources.role(assignment.getNotes()) != null) {
                    continue; // no resource (MS Project's "unassigned"), or Golive's RACI
                }
                if (resource.getType() != null && resource.getType() != ResourceType.WORK) {
                    notWork++;
                    continue;
                }
                if (imported.get(i).summary()) {
                    onSummary++;
                    continue;
                }
                BigDecimal units = units(assignment.getUnits());
                BigDecimal work = assignment.getWork() == null ? null : time.hours(assignment.getWork());
                work = work == null || work.signum() <= 0 ? null : plain(work);
                if (units == null && work == null) {
                    empty++;
                    continue;
                }
                String taskUid = imported.get(i).uid();
                if (!onTask.add(taskUid + "/" + resource.getUniqueID())) {
                    warnings.add("resource '" + resource.getName() + "' is assigned twice to task UID " + taskUid
                            + ": the first assignment is imported");
                    continue;
                }
                resources.computeIfAbsent(resource.getUniqueID(), uid -> resource(resource));
                assignments.add(new ImportedAssignment(taskUid, String.valueOf(resource.getUniqueID()), units, work,
                        PoolResources.EFFORT.equals(Objects.toString(assignment.getNotes(), "").strip())));
            }
        }
        if (notWork > 0) {
            warnings.add(notWork + " assignment(s) of material or cost resources are not imported (the pool holds "
                    + "people and roles)");
        }
        if (onSummary > 0) {
            warnings.add(onSummary + " assignment(s) on summary tasks are not imported (summary tasks become phases)");
        }
        if (empty > 0) {
            warnings.add(empty + " assignment(s) with neither units nor work are not imported");
        }
        return new FileResources(List.copyOf(resources.values()), List.copyOf(assignments));
    }

    private static ImportedResource resource(Resource resource) {
        return new ImportedResource(String.valueOf(resource.getUniqueID()),
                Objects.toString(resource.getName(), "Resource " + resource.getUniqueID()).strip(),
                blankToNull(resource.getEmailAddress()), blankToNull(resource.getGroup()), resource.getGeneric(),
                units(resource.getMaxUnits()));
    }

    /** The file's percent as Golive's units (100 % = 1), null for none or zero. */
    private static BigDecimal units(Number percent) {
        if (percent == null || percent.doubleValue() <= 0) {
            return null;
        }
        return plain(BigDecimal.valueOf(percent.doubleValue()).divide(PERCENT, 2, RoundingMode.HALF_UP));
    }

    /** Without trailing zeros, never in exponent form (2, not 2.00; 100, not 1E+2). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
