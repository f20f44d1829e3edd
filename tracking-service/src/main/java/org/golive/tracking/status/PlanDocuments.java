package org.golive.tracking.status;

import org.bson.Document;
import org.golive.contract.planning.PlannedTask;
import org.golive.tracking.intake.ReadModelWrites;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored form of a tracked plan ({@link PlanProjection}): dates as ISO strings, effort as a decimal string, the
 * rollout's document, its roster of task ids and a document per task.
 */
final class PlanDocuments {

    /** The sequence of the baseline event, in the rollout's document and in each task's baseline dates. */
    static final String BASELINE_SEQUENCE = "baselineSequence";

    private PlanDocuments() {
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static Document dates(LocalDate start, LocalDate finish) {
        return new Document("start", text(start)).append("finish", text(finish));
    }

    /** A task's fields as planning published them, set whole into its document by a task event. */
    static Document task(PlannedTask task) {
        return new Document("taskId", task.taskId())
                .append("title", task.title())
                .append("phase", task.phase())
                .append("start", text(task.start()))
                .append("finish", text(task.finish()))
                .append("durationDays", task.durationDays())
                .append("milestone", task.milestone())
                .append("status", task.status())
                .append("percentComplete", task.percentComplete())
                .append("actualStart", text(task.actualStart()))
                .append("actualFinish", text(task.actualFinish()))
                .append("effortHours", task.effortHours() == null ? null : task.effortHours().toPlainString());
    }

    /**
     * The id of a task's document: the rollout's id (its '/' and '%' escaped one-to-one), '/', the task's id; so two
     * rollouts' tasks never share a document, and a plan's tasks are found by id (the embedded MongoDB server uses no
     * index but {@code _id}'s).
     */
    static String taskDocumentId(String rolloutId, String taskId) {
        return rolloutId.replace("%", "%25").replace("/", "%2F") + "/" + taskId;
    }

    /**
     * A plan from its three documents: the rollout's (plan-level fields), its roster (the task ids of the plan) and
     * its tasks' documents (any order; a roster id without a document is a task never received).
     */
    static TrackedPlan plan(Document d, List<Document> taskDocuments) {
        return plan(d, taskDocuments, Map.of(), new IdentityHashMap<>());
    }

    /**
     * As {@link #plan(Document, List)}, taking each task already converted from the same document object under the
     * same {@link #conversionKey} from {@code converted}, and putting every task converted into {@code into}: a
     * plan kept in memory ({@link PlanMirror}) converts only the documents a poll changed (new objects there).
     */
    static TrackedPlan plan(Document d, List<Document> taskDocuments, Map<Document, TrackedTask> converted,
                            Map<Document, TrackedTask> into) {
        String baselineName = d.getString("baselineName");
        List<String> criticalPath = d.getList("criticalPath", String.class, List.of());
        Set<String> critical = new HashSet<>(criticalPath);
        List<TrackedTask> tasks = new ArrayList<>(taskDocuments.size());
        for (Document t : taskDocuments) {
            if (t.getString("start") == null) {
                continue; // progress on a task whose plan this service never received (a replay from the middle)
            }
            TrackedTask task = converted.get(t);
            if (task == null) {
                // Until a baseline is set, progress is planned on the plan as instantiated.
                Document planned = baselineName != null ? baseline(t, d.get(BASELINE_SEQUENCE, Number.class))
                        : t.get("instantiated", Document.class);
                task = task(t, critical, planned);
            }
            into.put(t, task);
            tasks.add(task);
        }
        tasks.sort((a, b) -> a.start().compareTo(b.start()) != 0 ? a.start().compareTo(b.start())
                : a.taskId().compareTo(b.taskId()));
        TrackedPlan plan = new TrackedPlan(d.getString("_id"), d.getString("programId"), d.getString("waveId"),
                d.getString("siteName"), date(d.getString("goLiveDate")), baselineName, tasks, criticalPath,
                d.getInteger("criticalPathFloat"));
        return new TrackedPlan(plan.rolloutId(), plan.programId(), plan.waveId(), plan.siteName(), plan.goLiveDate(),
                plan.baselineName(), plan.tasks(), plan.criticalPath(), plan.criticalPathFloat(), plan.effortWeighted(),
                date(d.getString("statusDate")), sequence(d, taskDocuments));
    }

    /**
     * The last planning event the plan holds: every event that changes the plan raises the sequence of the documents
     * it writes (the rollout's, or a task's; a roster is written with a task's), so the highest of them.
     */
    private static long sequence(Document rollout, List<Document> taskDocuments) {
        long sequence = sequenceOf(rollout);
        for (Document task : taskDocuments) {
            sequence = Math.max(sequence, sequenceOf(task));
        }
        return sequence;
    }

    private static long sequenceOf(Document document) {
        Number sequence = document.get(ReadModelWrites.SEQUENCE, Number.class);
        return sequence == null ? 0 : sequence.longValue();
    }

    /** What converting a task document depends on besides the document: the critical path and which dates are planned. */
    static List<Object> conversionKey(Document d) {
        return Arrays.asList(d.get("criticalPath"), d.getString("baselineName") != null, d.get(BASELINE_SEQUENCE));
    }

    /** The task's dates in the rollout's current baseline, or null when that baseline did not include it. */
    private static Document baseline(Document task, Number current) {
        Document baseline = task.get("baseline", Document.class);
        Number set = baseline == null ? null : baseline.get(BASELINE_SEQUENCE, Number.class);
        return set != null && current != null && set.longValue() == current.longValue() ? baseline : null;
    }

    private static TrackedTask task(Document t, Set<String> criticalPath, Document planned) {
        String effort = t.getString("effortHours");
        return new TrackedTask(t.getString("taskId"), t.getString("title"), t.getString("phase"),
                date(t.getString("start")), date(t.getString("finish")), t.getInteger("durationDays", 0),
                Boolean.TRUE.equals(t.getBoolean("milestone")), criticalPath.contains(t.getString("taskId")),
                t.getString("status"), t.getInteger("percentComplete", 0), date(t.getString("actualStart")),
                date(t.getString("actualFinish")), effort == null ? BigDecimal.ZERO : new BigDecimal(effort),
                planned == null ? null : date(planned.getString("start")),
                planned == null ? null : date(planned.getString("finish")));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
