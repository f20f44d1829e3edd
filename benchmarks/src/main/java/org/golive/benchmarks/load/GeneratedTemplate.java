package org.golive.benchmarks.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan template of any size shaped like a site plan: eight phases of parallel workstreams, each a chain of ten
 * finish-to-start tasks anchored to go-live by the first one's offset, every fifth task also waiting on the same step
 * of the neighbouring workstream, one sign-off milestone closing each workstream.
 */
final class GeneratedTemplate {

    private static final String[] PHASES =
            {"initiation", "design", "build", "testing", "training", "readiness", "cutover", "stabilization"};
    private static final int WORKSTREAM_LENGTH = 10;

    private GeneratedTemplate() {
    }

    /** The body of {@code POST /templates} for a published template of {@code size} tasks. */
    static Map<String, Object> of(String name, int size) {
        List<Map<String, Object>> phases = new ArrayList<>();
        for (String phase : PHASES) {
            phases.add(Map.of("key", phase, "name", phase.substring(0, 1).toUpperCase() + phase.substring(1)));
        }
        List<Map<String, Object>> tasks = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            tasks.add(task(i));
        }
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("name", name);
        template.put("description", "Generated for the load benchmark: " + size + " tasks");
        template.put("content", Map.of("phases", phases, "tasks", tasks));
        template.put("publish", true);
        return template;
    }

    private static Map<String, Object> task(int i) {
        int workstream = i / WORKSTREAM_LENGTH;
        int step = i % WORKSTREAM_LENGTH;
        int phase = workstream % PHASES.length;
        boolean signOff = step == WORKSTREAM_LENGTH - 1;
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("id", id(i));
        task.put("wbs", (workstream + 1) + "." + (step + 1));
        task.put("phase", PHASES[phase]);
        task.put("title", (signOff ? "Sign-off of workstream " : "Step " + (step + 1) + " of workstream ")
                + (workstream + 1));
        task.put("durationDays", signOff ? 0 : 1 + (i * 7) % 10);
        List<Map<String, Object>> dependencies = new ArrayList<>();
        if (step == 0) {
            task.put("goLiveOffsetDays", -320 + phase * 40);
        } else {
            dependencies.add(Map.of("taskId", id(i - 1), "type", "FS"));
        }
        if (step == 5 && workstream > 0) {
            dependencies.add(Map.of("taskId", id(i - WORKSTREAM_LENGTH), "type", "SS", "lagDays", 2));
        }
        task.put("dependencies", dependencies);
        task.put("effortHours", 8 * (1 + i % 5));
        task.put("raci", List.of(Map.of("party", "pm.bench", "role", "ACCOUNTABLE"),
                Map.of("party", "lead." + workstream % 5, "role", "RESPONSIBLE")));
        return task;
    }

    static String id(int i) {
        return "g" + i;
    }

    /** Whether task {@code i} is a milestone, on which progress cannot be "in progress". */
    static boolean milestone(int i) {
        return i % WORKSTREAM_LENGTH == WORKSTREAM_LENGTH - 1;
    }
}
