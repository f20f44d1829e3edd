package org.golive.benchmarks.load;

import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the benchmark works on, created through the planning API before any measurement: one program; ten site plans
 * of 200 tasks to read and record progress on (2,000 tasks, as in the Redmine comparison), ten more to add tasks to,
 * one of 100 tasks to read whole, one 2,000-task plan per connection to move go-live and record progress on (one
 * each, so that connections never collide on a rollout's version) and, when asked for, one 10,000-task plan per
 * connection to move go-live on and read whole (instantiating them takes minutes, so only runs that measure them
 * create them).
 */
record Fixture(List<String> small, List<String> forCreates, String hundred, List<String> large, List<String> huge,
               LocalDate goLive) {

    static final int SMALL_TASKS = 200;
    static final int LARGE_TASKS = 2_000;
    static final int HUGE_TASKS = 10_000;

    static Fixture create(Api planning, int connections, boolean withHugePlans) {
        String program = planning.expect("POST", "/programs", Map.of("name", "Load benchmark program"))
                .get("id").asString();
        String template200 = template(planning, SMALL_TASKS);
        String template100 = template(planning, 100);
        String template2000 = template(planning, LARGE_TASKS);
        LocalDate goLive = LocalDate.now().plusMonths(8).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        List<String> small = rollouts(planning, program, template200, 10, goLive, "Clinic");
        List<String> forCreates = rollouts(planning, program, template200, 10, goLive, "Growing clinic");
        String hundred = rollouts(planning, program, template100, 1, goLive, "Small clinic").get(0);
        List<String> large = rollouts(planning, program, template2000, connections, goLive, "Hospital");
        List<String> huge = withHugePlans ? rollouts(planning, program, template(planning, HUGE_TASKS), connections,
                goLive, "Academic medical center") : List.of();
        return new Fixture(small, forCreates, hundred, large, huge, goLive);
    }

    private static String template(Api planning, int size) {
        return planning.expect("POST", "/templates", GeneratedTemplate.of("Generated " + size + "-task plan", size))
                .get("id").asString();
    }

    private static List<String> rollouts(Api planning, String program, String template, int count, LocalDate goLive,
                                         String name) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> rollout = new LinkedHashMap<>();
            rollout.put("siteName", name + " " + (i + 1));
            rollout.put("siteType", "HOSPITAL");
            rollout.put("goLiveDate", goLive.toString());
            JsonNode created = planning.expect("POST", "/programs/" + program + "/rollouts", rollout);
            String id = created.get("id").asString();
            planning.expect("POST", "/rollouts/" + id + "/plan", Map.of("templateId", template));
            ids.add(id);
        }
        return ids;
    }
}
