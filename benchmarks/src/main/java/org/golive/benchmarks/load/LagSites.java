package org.golive.benchmarks.load;

import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The projection-lag benchmark's sites: made through planning's API, then awaited in tracking's portfolio. */
final class LagSites {

    private static final String PHASE = "build";

    private LagSites() {
    }

    /** Until the portfolio lists {@code count} sites of the program, each with its figures at 0 %. */
    static void awaitShown(Api tracking, String programId, int count, Duration limit)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            JsonNode page = tracking.expect("GET", "/portfolio?programId=" + programId + "&size=500", null);
            long ready = 0;
            for (JsonNode rollout : page.get("rollouts")) {
                ready += rollout.hasNonNull("percentComplete") && rollout.get("percentComplete").asDouble() == 0
                        ? 1 : 0;
            }
            if (ready == count) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portfolio did not show the " + count + " sites within " + limit);
    }

    /** The sites, each with a plan of {@code tasks} tasks of equal effort and no milestone. */
    static List<String> create(Api planning, String programId, int count, int tasks) {
        String template = planning.expect("POST", "/templates", template(tasks)).get("id").asString();
        LocalDate goLive = LocalDate.now().plusMonths(8).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = planning.expect("POST", "/programs/" + programId + "/rollouts", Map.of("siteName",
                    "Lag site " + (i + 1), "siteType", "AMBULATORY_CLINIC", "goLiveDate", goLive.toString()))
                    .get("id").asString();
            planning.expect("POST", "/rollouts/" + id + "/plan", Map.of("templateId", template));
            ids.add(id);
        }
        return ids;
    }

    private static Map<String, Object> template(int tasks) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("id", GeneratedTemplate.id(i));
            task.put("wbs", "1." + (i + 1));
            task.put("phase", PHASE);
            task.put("title", "Task " + (i + 1));
            task.put("durationDays", 5);
            task.put("goLiveOffsetDays", -200 + (i % 20) * 5);
            task.put("dependencies", List.of());
            task.put("effortHours", 8);
            list.add(task);
        }
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("name", "Projection lag plan of " + tasks + " tasks");
        template.put("description", "Generated for the projection lag benchmark");
        template.put("content", Map.of("phases", List.of(Map.of("key", PHASE, "name", "Build")), "tasks", list));
        template.put("publish", true);
        return template;
    }
}
