package org.golive.benchmarks.load;

import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.PlannedTask;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.WaveCreated;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The portfolio benchmark's program as planning's events: the program, 10 waves, then the rollouts batch by batch,
 * each created and its plan instantiated; the big plans first (Site 0 to Site bigPlans - 1, which the reads pick).
 */
final class PortfolioEvents implements AutoCloseable {

    private static final String[] PHASES = {"assess", "plan", "design-build", "test", "train", "go-live", "stabilize"};

    private final PlanningEvents events;
    private final int tasks;
    private final int bigPlans;
    private final int bigTasks;
    private final String programId = UUID.randomUUID().toString();
    private final LocalDate today = LocalDate.now();
    // A fixed seed: every run loads the same share of late work.
    private final Random random = new Random(42);
    private int rollouts;
    private long taskCount;

    PortfolioEvents(int offset, int partBytes, int tasks, int bigPlans, int bigTasks) {
        this.events = new PlanningEvents("localhost:" + (9092 + offset), partBytes);
        this.tasks = tasks;
        this.bigPlans = bigPlans;
        this.bigTasks = bigTasks;
        String programSource = "/planning/programs/" + programId;
        events.send(programId, new ProgramCreated(programId, "Benchmark program", "CMIO", null, List.of(),
                Instant.now()), programSource, 1);
        for (int w = 0; w < 10; w++) {
            events.send(programId, new WaveCreated("wave-" + w, programId, "Wave " + w, w + 1, Instant.now()),
                    programSource, w + 2);
        }
    }

    /** Sends the next {@code count} rollouts and their plans, and waits until Kafka has them all. */
    void next(int count) {
        for (int n = 0; n < count; n++, rollouts++) {
            int i = rollouts;
            String id = UUID.randomUUID().toString();
            LocalDate goLive = today.plusDays(20 + (i * 7L) % 400);
            String source = "/planning/rollouts/" + id;
            events.send(id, new RolloutCreated(id, programId, "Benchmark program", "wave-" + i % 10,
                    "Wave " + i % 10, "Site " + i, "HOSPITAL", goLive, 100, 500, null, List.of(),
                    Instant.now()), source, 1);
            int size = i < bigPlans ? bigTasks : tasks;
            taskCount += size;
            events.send(id, plan(id, goLive, size), source, 2);
        }
        events.flush();
    }

    int rollouts() {
        return rollouts;
    }

    long tasks() {
        return taskCount;
    }

    long records() {
        return events.records();
    }

    long bytes() {
        return events.bytes();
    }

    @Override
    public void close() {
        events.close();
    }

    /** Tasks spread from GL-180 to GL+30 over the standard phases; most work due by today done, some of it late. */
    private PlanInstantiated plan(String rolloutId, LocalDate goLive, int count) {
        List<PlannedTask> planned = new ArrayList<>(count);
        List<String> critical = new ArrayList<>();
        double lateShare = random.nextDouble() * 0.3;
        for (int t = 0; t < count; t++) {
            LocalDate start = goLive.minusDays(180).plusDays(210L * t / count);
            LocalDate finish = start.plusDays(4);
            boolean due = finish.isBefore(today);
            boolean done = due && random.nextDouble() >= lateShare;
            String taskId = "t" + t;
            if (t % 50 == 0) {
                critical.add(taskId);
            }
            planned.add(new PlannedTask(taskId, "1." + t, PHASES[t * PHASES.length / count], "Task " + t, start,
                    finish, 5, false, t % 50 == 0, 0, null, done ? "DONE" : "NOT_STARTED", done ? 100 : 0,
                    done ? start : null, done ? finish : null, BigDecimal.valueOf(8 + t % 5), null,
                    "Site Project Manager", List.of(), List.of()));
        }
        return new PlanInstantiated(rolloutId, programId, "benchmark", "Benchmark plan", 1, goLive,
                goLive.minusDays(180), goLive.plusDays(30), critical, planned, Instant.now());
    }
}
