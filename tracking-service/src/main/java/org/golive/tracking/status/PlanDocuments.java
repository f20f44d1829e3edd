package org.golive.tracking.status;

import org.bson.Document;
import org.golive.contract.planning.PlannedTask;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The stored form of a tracked plan: dates as ISO strings, effort as a decimal string, tasks keyed by id. */
final class PlanDocuments {

    private PlanDocuments() {
    }

    /** Field names may not contain dots or start with '$': task ids are escaped one-to-one. */
    static String key(String taskId) {
        return taskId.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static Document dates(LocalDate start, LocalDate finish) {
        return new Document("start", text(start)).append("finish", text(finish));
    }

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

    static TrackedPlan plan(Document d) {
        Document baseline = d.get("baseline", Document.class);
        Document plannedDates = baseline != null ? baseline.get("tasks", Document.class) : d.get("instantiated", Document.class);
        List<String> criticalPath = d.getList("criticalPath", String.class, List.of());
        List<TrackedTask> tasks = new ArrayList<>();
        Document stored = d.get("tasks", Document.class);
        if (stored != null) {
            stored.forEach((key, value) -> {
                if (((Document) value).getString("start") == null) {
                    return; // progress on a task whose plan this service never received (a replay from the middle)
                }
                Document planned = plannedDates == null ? null : plannedDates.get(key, Document.class);
                tasks.add(task((Document) value, criticalPath, planned));
            });
        }
        tasks.sort((a, b) -> a.start().compareTo(b.start()) != 0 ? a.start().compareTo(b.start())
                : a.taskId().compareTo(b.taskId()));
        return new TrackedPlan(d.getString("_id"), d.getString("programId"), d.getString("waveId"),
                d.getString("siteName"), date(d.getString("goLiveDate")),
                baseline == null ? null : baseline.getString("name"), tasks, criticalPath,
                d.getInteger("criticalPathFloat"));
    }

    private static TrackedTask task(Document t, List<String> criticalPath, Document planned) {
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
