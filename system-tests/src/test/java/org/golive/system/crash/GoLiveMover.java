package org.golive.system.crash;

import org.golive.testsupport.HttpJson;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moves the go-live of one large plan a week later and back, over and over, while the stack runs, so that a kill
 * lands in the middle of a move: the move of every task must then be stored whole or not at all. It knows where
 * every task starts at either date (from one move each way before the first kill), and the date it last asked for.
 */
final class GoLiveMover {

    static final int TASKS = 2_000;

    private final String rolloutId;
    private final LocalDate early;
    private final LocalDate late;
    /** Go-live date to each task's start at that date. */
    private final Map<LocalDate, Map<String, String>> starts = new HashMap<>();
    private final AtomicInteger moves = new AtomicInteger();
    final List<String> unexpected = new CopyOnWriteArrayList<>();
    private volatile LocalDate acknowledged;
    private volatile LocalDate asked;

    /** Makes the plan (a generated template of {@value #TASKS} tasks) and learns its task starts at both dates. */
    GoLiveMover(HttpJson gateway, String programId, LocalDate goLive) {
        this.early = goLive;
        this.late = goLive.plusWeeks(1);
        var template = gateway.post("/api/planning/templates", Map.of("name", "Large methodology",
                "publish", true, "content", Map.of("tasks", generatedTasks())));
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        var rollout = gateway.post("/api/planning/programs/" + programId + "/rollouts", Map.of(
                "siteName", "Crash University Hospital", "siteType", "HOSPITAL", "goLiveDate", early.toString()));
        assertThat(rollout.status()).as(rollout.body()).isEqualTo(201);
        rolloutId = rollout.json().get("id").asString();
        var plan = gateway.post("/api/planning/rollouts/" + rolloutId + "/plan",
                Map.of("templateId", template.json().get("id").asString()));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        starts.put(early, startsIn(plan.json().get("tasks"), "id"));
        starts.put(late, startsIn(move(gateway, late).get("moved"), "taskId"));
        assertThat(startsIn(move(gateway, early).get("moved"), "taskId")).isEqualTo(starts.get(early));
        assertThat(starts.get(late)).hasSize(TASKS);
    }

    String rolloutId() {
        return rolloutId;
    }

    int moves() {
        return moves.get();
    }

    /** One move to the other date; unacknowledged when the stack dies under it. */
    void moveOnce(HttpJson gateway) {
        JsonNode rollout = gateway.get("/api/planning/rollouts/" + rolloutId).json();
        LocalDate target = LocalDate.parse(rollout.get("goLiveDate").asString()).equals(early) ? late : early;
        asked = target;
        var moved = gateway.put("/api/planning/rollouts/" + rolloutId + "/go-live", Map.of("goLiveDate",
                target.toString(), "reason", "Crash drill", "version", rollout.get("version").asLong()));
        if (moved.status() == 200) {
            acknowledged = target;
            moves.incrementAndGet();
        } else {
            unexpected.add(moved.status() + " " + moved.body());
        }
    }

    /**
     * The stored go-live is the one last acknowledged or the one asked for when the stack died, and every task of
     * the plan starts where it starts at that date: all moved or none.
     */
    LocalDate assertWholeMove(HttpJson gateway) {
        LocalDate stored = LocalDate.parse(gateway.get("/api/planning/rollouts/" + rolloutId).json()
                .get("goLiveDate").asString());
        assertThat(stored).as("the stored go-live").isIn(acknowledged, asked);
        Map<String, String> now = startsIn(gateway.get("/api/planning/rollouts/" + rolloutId + "/plan").json()
                .get("tasks"), "id");
        List<String> elsewhere = new ArrayList<>();
        starts.get(stored).forEach((task, start) -> {
            if (!start.equals(now.get(task))) {
                elsewhere.add(task + " starts " + now.get(task) + ", not " + start);
            }
        });
        assertThat(elsewhere).as("tasks not where a whole move to " + stored + " puts them").isEmpty();
        return stored;
    }

    private JsonNode move(HttpJson gateway, LocalDate target) {
        long version = gateway.get("/api/planning/rollouts/" + rolloutId).json().get("version").asLong();
        var moved = gateway.put("/api/planning/rollouts/" + rolloutId + "/go-live", Map.of("goLiveDate",
                target.toString(), "reason", "Learning the plan", "version", version));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        acknowledged = target;
        return moved.json();
    }

    private static Map<String, String> startsIn(JsonNode tasks, String idField) {
        Map<String, String> starts = new HashMap<>();
        tasks.forEach(task -> starts.put(task.get(idField).asString(), task.get("start").asString()));
        return starts;
    }

    /** Chains of ten two-day tasks, each chain anchored some weeks before go-live. */
    private static List<Map<String, Object>> generatedTasks() {
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            Map<String, Object> task = new HashMap<>(Map.of("id", "task-" + i, "durationDays", 2,
                    "title", "Workflow validation session " + i));
            if (i % 10 == 0) {
                task.put("goLiveOffsetDays", -7 * (10 + i % 170));
            } else {
                task.put("dependencies", List.of(Map.of("taskId", "task-" + (i - 1), "type", "FS")));
            }
            tasks.add(task);
        }
        return tasks;
    }
}
