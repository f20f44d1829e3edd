package org.golive.system.crash;

import org.golive.testsupport.HttpJson;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Four users writing through the gateway at once, each its own kind of write, and the record of every write the
 * gateway acknowledged: new rollouts, new stakeholders, progress on the tasks of one site's plan, actual costs on its
 * budget. A write whose answer never came (the stack was killed under it) is not acknowledged; any answer other
 * than the expected success is kept as unexpected.
 */
final class CrashWriters {

    /** The program, site and budget the writers work on, made before the first crash. */
    record Site(String programId, String waveId, String rolloutId, String budgetId, LocalDate goLive,
                List<String> taskIds) {
    }

    final Set<String> rollouts = ConcurrentHashMap.newKeySet();
    final Set<String> stakeholders = ConcurrentHashMap.newKeySet();
    /** Task id to the last percent complete acknowledged for it (each task's percent only grows). */
    final Map<String, Integer> taskPercent = new ConcurrentHashMap<>();
    final Set<String> actuals = ConcurrentHashMap.newKeySet();
    final AtomicInteger progressWrites = new AtomicInteger();
    final List<String> unexpected = new CopyOnWriteArrayList<>();

    private final Site site;
    private final GoLiveMover mover;
    private final AtomicInteger numbers = new AtomicInteger();
    private int task;
    private int percent;

    CrashWriters(Site site, GoLiveMover mover) {
        this.site = site;
        this.mover = mover;
    }

    Site site() {
        return site;
    }

    int acknowledged() {
        return rollouts.size() + stakeholders.size() + progressWrites.get() + actuals.size();
    }

    /** Acknowledged writes by kind, to see that each kind was under way when the stack died. */
    List<Integer> byKind() {
        return List.of(rollouts.size(), stakeholders.size(), progressWrites.get(), actuals.size());
    }

    /**
     * Starts the four writers and the go-live mover against a freshly started stack; they write until the stack dies
     * under them. Actuals are finance's alone, the rest the PMO's.
     */
    Round start(HttpJson pmo, HttpJson finance) {
        Round round = new Round();
        round.run("rollouts", () -> createRollout(pmo));
        round.run("stakeholders", () -> registerStakeholder(pmo));
        Map<String, Integer> revisions = new LinkedHashMap<>();
        round.run("progress", () -> recordProgress(pmo, revisions));
        round.run("actuals", () -> recordActual(finance));
        round.run("go-live", () -> mover.moveOnce(pmo));
        return round;
    }

    /** Creates a rollout; returns its id once acknowledged, null otherwise. */
    String createRollout(HttpJson gateway) {
        int n = numbers.incrementAndGet();
        String[] id = new String[1];
        expect(gateway.post("/api/planning/programs/" + site.programId() + "/rollouts", Map.of(
                "siteName", "Crash site " + n, "siteType", "AMBULATORY_CLINIC", "goLiveDate", site.goLive().toString(),
                "waveId", site.waveId(), "users", 40 + n)), 201, reply -> {
            id[0] = reply.get("id").asString();
            rollouts.add(id[0]);
        });
        return id[0];
    }

    private void registerStakeholder(HttpJson gateway) {
        int n = numbers.incrementAndGet();
        expect(gateway.post("/api/stakeholders", Map.of("name", "Stakeholder " + n,
                "email", "stakeholder" + n + "@example.org", "roleGroup", "CLINICAL")), 201,
                reply -> stakeholders.add(reply.get("id").asString()));
    }

    /** Walks the plan's tasks, taking each from 10 % to 90 % in steps of ten. */
    private void recordProgress(HttpJson gateway, Map<String, Integer> revisions) {
        if (percent == 90) {
            task = (task + 1) % site.taskIds().size();
            percent = 0;
        }
        String taskId = site.taskIds().get(task);
        String path = "/api/planning/rollouts/" + site.rolloutId() + "/plan/tasks/" + taskId;
        if (!revisions.containsKey(taskId)) {
            JsonNode current = gateway.get(path).json();
            revisions.put(taskId, current.get("revision").asInt());
            percent = Math.max(percent, current.get("percentComplete").asInt());
            if (percent == 90) {
                return;
            }
        }
        int next = percent + 10;
        expect(gateway.post(path + "/progress", Map.of("status", "IN_PROGRESS", "percentComplete", next,
                "actualStart", LocalDate.now().toString(), "revision", revisions.get(taskId))), 200, reply -> {
            revisions.put(taskId, reply.get("task").get("revision").asInt());
            taskPercent.put(taskId, next);
            percent = next;
            progressWrites.incrementAndGet();
        });
    }

    private void recordActual(HttpJson gateway) {
        String transaction = "CRASH-" + numbers.incrementAndGet();
        expect(gateway.post("/api/budgets/budgets/" + site.budgetId() + "/actuals", actual(transaction)), 201,
                reply -> actuals.add(transaction));
    }

    Map<String, Object> actual(String transaction) {
        return Map.of("transactionId", transaction, "date", site.goLive().toString(), "category", "TRAINING",
                "amount", "125.00", "description", "Super-user training");
    }

    private void expect(HttpJson.Reply reply, int status, Consumer<JsonNode> acknowledged) {
        if (reply.status() == status) {
            acknowledged.accept(reply.json());
        } else {
            unexpected.add(reply.status() + " " + reply.body());
        }
    }

    /** The writers of one life of the stack. */
    final class Round {

        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean running = true;

        private void run(String name, Runnable write) {
            Thread thread = new Thread(() -> {
                while (running) {
                    try {
                        write.run();
                    } catch (RuntimeException connectionLost) {
                        // No answer: not acknowledged, whatever the stack did with it.
                    }
                }
            }, "crash-writer-" + name);
            thread.start();
            threads.add(thread);
        }

        /** Call once the stack is dead: the writers stop at their next failed request. */
        void end() {
            running = false;
            for (Thread thread : threads) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
