package org.golive.planning.msproject;

import net.sf.mpxj.Relation;
import net.sf.mpxj.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The file's predecessor links between imported tasks, with their lags: working days, or hours, minutes and elapsed
 * time in MS Project's notation. Links from tasks left out are dropped.
 */
final class LinkImport {

    private final WorkingTime time;
    private final List<String> warnings;

    LinkImport(WorkingTime time, List<String> warnings) {
        this.time = time;
        this.warnings = warnings;
    }

    /**
     * @param indexByUid the position of each imported task by its UID
     * @param skipped    why each task left out was left out, by its UID
     */
    List<SummaryLinks.Link> links(List<Task> tasks, Map<Integer, Integer> indexByUid, Map<Integer, String> skipped) {
        List<SummaryLinks.Link> links = new ArrayList<>();
        for (int successor = 0; successor < tasks.size(); successor++) {
            Task task = tasks.get(successor);
            for (Relation relation : task.getPredecessors()) {
                Task predecessorTask = relation.getPredecessorTask();
                Integer predecessor = predecessorTask == null ? null : indexByUid.get(predecessorTask.getUniqueID());
                if (predecessor == null) {
                    String why = predecessorTask == null ? "an unknown task"
                            : skipped.getOrDefault(predecessorTask.getUniqueID(), "a task that is not imported");
                    warnings.add("the link to " + TaskImport.describe(task) + " from " + why + " is dropped");
                    continue;
                }
                String type = LinkTypes.of(relation.getType());
                // Hours, minutes and elapsed time are kept as such; whole working days and percent lags as days.
                String notation = FileDurations.notation(relation.getLag(), time);
                int lag = notation != null ? 0 : time.lagDays(relation.getLag(), predecessorTask.getDuration());
                links.add(new SummaryLinks.Link(predecessor, successor, type, lag, notation));
            }
        }
        return links;
    }
}
