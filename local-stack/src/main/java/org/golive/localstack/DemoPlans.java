package org.golive.localstack;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each demo site the standard plan and makes it look lived-in: tasks whose dates have passed are done, tasks
 * under way are partly done, the first wave has a baseline, one go-live has moved and one task has slipped, one
 * site's plan was re-planned by its vendor in MS Project and replaced from the file (its pool assignments, the
 * template's role demand, go to the vendor in the file and come back with it), and one site's progress is reported
 * to last Friday (its status date).
 */
final class DemoPlans {

    /** The starter template shipped with the planning service. */
    private static final String STANDARD_TEMPLATE = "/org/golive/planning/template/standard-ehr-rollout.json";
    private static final String MOVED_SITE = "Riverside Community Hospital";
    private static final String SLIPPED_SITE = "Northwind General Hospital";
    private static final String REPLANNED_SITE = "Northwind Reference Laboratory";
    private static final String REPORTED_SITE = "Northwind General Emergency Department";

    private final DemoProgram demo;
    private final DemoCalendars calendars;

    DemoPlans(DemoProgram demo) {
        this.demo = demo;
        this.calendars = new DemoCalendars(demo);
    }

    static String standardTemplate() {
        try (InputStream in = DemoPlans.class.getResourceAsStream(STANDARD_TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("No " + STANDARD_TEMPLATE + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void plan(String rolloutId, String siteName, String templateId) {
        String path = "/api/planning/rollouts/" + rolloutId;
        JsonNode plan = demo.post(path + "/plan", Map.of("templateId", templateId));
        if (REPLANNED_SITE.equals(siteName)) {
            plan = replacedFromMsProject(path, siteName);
        }
        // After the replace: a replace starts the plan anew from the file.
        calendars.add(rolloutId);
        if (MOVED_SITE.equals(siteName)) {
            long version = demo.get(path).get("version").asLong();
            demo.send(path + "/go-live", "PUT", Map.of("goLiveDate",
                    LocalDate.parse(plan.get("goLiveDate").asString()).plusWeeks(2).toString(),
                    "reason", "Lab interface vendor delivery slipped two weeks", "version", version), 200);
            plan = demo.get(path + "/plan");
        }
        recordProgress(path, plan.get("tasks"), LocalDate.now());
        if (REPORTED_SITE.equals(siteName)) {
            reportedTo(path, LocalDate.now().with(TemporalAdjusters.previous(DayOfWeek.FRIDAY)));
        }
        if (SLIPPED_SITE.equals(siteName)) {
            demo.post(path + "/plan/baselines", Map.of("name", "Approved plan"));
            slip(path, "interfaces-build", 10);
        }
    }

    /** The plan goes to the vendor as an MS Project file and comes back in the standard plan's place. */
    private JsonNode replacedFromMsProject(String path, String siteName) {
        String file = demo.text(path + "/plan/export.xml");
        long version = demo.get(path).get("version").asLong();
        String fileName = URLEncoder.encode(siteName + " - vendor re-plan.xml", StandardCharsets.UTF_8)
                .replace("+", "%20");
        return demo.sendFile(path + "/plan/import?fileName=" + fileName + "&version=" + version, "PUT",
                "application/xml", file, 200).get("plan");
    }

    /** Done what lies in the past, under way (in proportion) what spans today, nothing after. */
    private void recordProgress(String path, JsonNode tasks, LocalDate today) {
        for (JsonNode task : tasks) {
            LocalDate start = LocalDate.parse(task.get("start").asString());
            LocalDate finish = LocalDate.parse(task.get("finish").asString());
            if (!start.isBefore(today)) {
                continue;
            }
            Map<String, Object> progress = new LinkedHashMap<>();
            progress.put("actualStart", start.toString());
            progress.put("revision", task.get("revision").asInt());
            if (finish.isBefore(today)) {
                progress.put("status", "DONE");
                progress.put("actualFinish", finish.toString());
            } else {
                long span = ChronoUnit.DAYS.between(start, finish) + 1;
                progress.put("status", "IN_PROGRESS");
                progress.put("percentComplete", (int) (100 * ChronoUnit.DAYS.between(start, today) / span));
            }
            demo.send(path + "/plan/tasks/" + task.get("id").asString() + "/progress", "POST", progress, 200);
        }
    }

    /**
     * The project manager reports progress to the end of last week, as MS Project users set a status date: an
     * in-progress task runs its remaining duration from it (a task late at that date moves), and tracking's status of
     * the site is taken on it.
     */
    private void reportedTo(String path, LocalDate statusDate) {
        long version = demo.get(path).get("version").asLong();
        demo.send(path + "/plan/status-date", "PUT", Map.of("statusDate", statusDate.toString(), "version", version),
                200);
    }

    /** Makes a task longer, as a project manager does when a vendor reports a delay. */
    private void slip(String path, String taskId, int extraDays) {
        JsonNode task = demo.get(path + "/plan/tasks/" + taskId);
        Map<String, Object> form = new LinkedHashMap<>();
        for (String field : List.of("wbs", "phase", "title", "startNoEarlierThan", "deadline", "effortHours",
                "readinessCriterion", "revision")) {
            form.put(field, task.get(field));
        }
        form.put("durationDays", task.get("durationDays").asInt() + extraDays);
        form.put("dependencies", task.get("dependencies"));
        form.put("raci", task.get("raci"));
        demo.send(path + "/plan/tasks/" + taskId, "PUT", form, 200);
    }
}
