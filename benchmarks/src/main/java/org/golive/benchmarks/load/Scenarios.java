package org.golive.benchmarks.load;

import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operations the issue measures. Writes carry the revision or version the connection last saw; each connection
 * writes only its own tasks and its own rollout's go-live, so a 409 is never the benchmark's own collision.
 */
final class Scenarios {

    private final Fixture fixture;
    private final int connections;
    /** The revision each task is at, as the last answer about it said ("rolloutId/taskId"). */
    private final Map<String, Integer> revisions = new ConcurrentHashMap<>();
    /** Each connection's large rollout: its version and whether its go-live is currently moved. */
    private final long[] versions;
    private final boolean[] moved;
    private final long[] hugeVersions;
    private final boolean[] hugeMoved;

    Scenarios(Fixture fixture, int connections) {
        this.fixture = fixture;
        this.connections = connections;
        this.versions = new long[connections];
        this.moved = new boolean[connections];
        this.hugeVersions = new long[connections];
        this.hugeMoved = new boolean[connections];
    }

    List<Scenario> all() {
        return List.of(readOneTask(), recordProgress(), createTask(), readHundredTasks(), moveGoLive(),
                recordProgressOnLargePlan(), readOneTaskOfLargePlan(), moveGoLiveOfHugePlan(), readHugePlan(),
                readPortfolio());
    }

    Scenario readOneTask() {
        return scenario("read one task", (api, target, connection, random) -> {
            String rollout = fixture.small().get(random.nextInt(fixture.small().size()));
            String task = GeneratedTemplate.id(random.nextInt(Fixture.SMALL_TASKS));
            return api.get(target.planning() + "/rollouts/" + rollout + "/plan/tasks/" + task);
        });
    }

    Scenario readOneTaskOfLargePlan() {
        return scenario("read one task, 2,000-task plan", (api, target, connection, random) -> {
            String rollout = fixture.large().get(random.nextInt(fixture.large().size()));
            String task = GeneratedTemplate.id(random.nextInt(Fixture.LARGE_TASKS));
            return api.get(target.planning() + "/rollouts/" + rollout + "/plan/tasks/" + task);
        });
    }

    /** Progress on a random task of the ten 200-task plans: among the tasks this connection owns. */
    Scenario recordProgress() {
        List<String[]> tasks = new ArrayList<>();
        for (String rollout : fixture.small()) {
            for (int i = 0; i < Fixture.SMALL_TASKS; i++) {
                if (!GeneratedTemplate.milestone(i)) {
                    tasks.add(new String[]{rollout, GeneratedTemplate.id(i)});
                }
            }
        }
        return scenario("record progress on a task", (api, target, connection, random) -> {
            String[] task = tasks.get(connection + connections * random.nextInt(tasks.size() / connections));
            return progress(api, target, task[0], task[1], random);
        });
    }

    /** Progress on a random task of the connection's own 2,000-task plan. */
    Scenario recordProgressOnLargePlan() {
        return scenario("record progress, 2,000-task plan", (api, target, connection, random) -> {
            int i;
            do {
                i = random.nextInt(Fixture.LARGE_TASKS);
            } while (GeneratedTemplate.milestone(i));
            return progress(api, target, fixture.large().get(connection), GeneratedTemplate.id(i), random);
        });
    }

    private Api.Answer progress(Api api, Target target, String rollout, String task, SplittableRandom random) {
        String key = rollout + "/" + task;
        Map<String, Object> body = Map.of("percentComplete", 1 + random.nextInt(98),
                "revision", revisions.getOrDefault(key, 0));
        Api.Answer answer = api.send("POST", target.planning() + "/rollouts/" + rollout + "/plan/tasks/" + task
                + "/progress", body);
        if (answer.ok()) {
            revisions.put(key, answer.json().get("task").get("revision").asInt());
        } else if (answer.status() == 409) {
            JsonNode now = api.get(target.planning() + "/rollouts/" + rollout + "/plan/tasks/" + task).json();
            revisions.put(key, now.get("revision").asInt());
        }
        return answer;
    }

    Scenario createTask() {
        return scenario("create a task", (api, target, connection, random) -> {
            String rollout = fixture.forCreates().get(random.nextInt(fixture.forCreates().size()));
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("title", "Added by the load benchmark");
            task.put("phase", "build");
            task.put("durationDays", 1 + random.nextInt(5));
            task.put("dependencies", List.of(Map.of("taskId",
                    GeneratedTemplate.id(random.nextInt(Fixture.SMALL_TASKS)), "type", "FS")));
            return api.send("POST", target.planning() + "/rollouts/" + rollout + "/plan/tasks", task);
        });
    }

    Scenario readHundredTasks() {
        return scenario("read 100 tasks (a 100-task plan)", (api, target, connection, random) ->
                api.get(target.planning() + "/rollouts/" + fixture.hundred() + "/plan"));
    }

    /** Moves the connection's own 2,000-task rollout a week later, then back, and so on. */
    Scenario moveGoLive() {
        return scenario("move go-live, 2,000-task plan", (api, target, connection, random) ->
                moveGoLive(api, target, connection, fixture.large(), versions, moved));
    }

    /** The same on the connection's own 10,000-task rollout. */
    Scenario moveGoLiveOfHugePlan() {
        return scenario("move go-live, 10,000-task plan", (api, target, connection, random) ->
                moveGoLive(api, target, connection, fixture.huge(), hugeVersions, hugeMoved));
    }

    Scenario readHugePlan() {
        return scenario("read the plan, 10,000-task plan", (api, target, connection, random) ->
                api.get(target.planning() + "/rollouts/" + fixture.huge().get(connection) + "/plan"));
    }

    private Api.Answer moveGoLive(Api api, Target target, int connection, List<String> rollouts, long[] versions,
                                  boolean[] moved) {
        String rollout = rollouts.get(connection);
        if (versions[connection] == 0) {
            versions[connection] = api.get(target.planning() + "/rollouts/" + rollout).json().get("version")
                    .asLong();
        }
        LocalDate date = moved[connection] ? fixture.goLive() : fixture.goLive().plusWeeks(1);
        Api.Answer answer = api.send("PUT", target.planning() + "/rollouts/" + rollout + "/go-live",
                Map.of("goLiveDate", date.toString(), "reason", "Load benchmark", "version", versions[connection]));
        if (answer.ok()) {
            versions[connection] = answer.json().get("version").asLong();
            moved[connection] = !moved[connection];
        } else {
            versions[connection] = 0;
        }
        return answer;
    }

    Scenario readPortfolio() {
        return scenario("portfolio", (api, target, connection, random) -> api.get(target.tracking() + "/portfolio"));
    }

    private interface Call {
        Api.Answer call(Api api, Target target, int connection, SplittableRandom random);
    }

    private static Scenario scenario(String name, Call call) {
        return new Scenario() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Api.Answer call(Api api, Target target, int connection, SplittableRandom random) {
                return call.call(api, target, connection, random);
            }
        };
    }
}
