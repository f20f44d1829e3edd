package org.golive.benchmarks.load;

import org.HdrHistogram.Histogram;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.PlannedTask;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.WaveCreated;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The portfolio of many rollouts, loaded through planning's events into a local stack, read as the PMO reads it:
 * filtered, sorted and paged (`GET /portfolio`), and a rollout's status. Prints p50/p95/p99 per read, straight to
 * tracking and through the gateway, and the machine's load average.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.golive.benchmarks.load.PortfolioBenchmark \
 *     --rollouts=1000 --tasks=200 --big-plans=20 --big-tasks=2000 --requests=1000 [--load-minutes=60] [--offset=300]
 * </pre>
 * {@code --attach} measures a stack already running at {@code --offset} (one a previous run left loading).
 */
public final class PortfolioBenchmark {

    private static final String[] PHASES = {"assess", "plan", "design-build", "test", "train", "go-live", "stabilize"};

    private PortfolioBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = LoadBenchmark.options(args);
        int rollouts = Integer.parseInt(options.getOrDefault("rollouts", "1000"));
        int tasks = Integer.parseInt(options.getOrDefault("tasks", "200"));
        int bigPlans = Integer.parseInt(options.getOrDefault("big-plans", "20"));
        int bigTasks = Integer.parseInt(options.getOrDefault("big-tasks", "2000"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "1000"));
        int offset = Integer.parseInt(options.getOrDefault("offset", "300"));
        Path jar = Path.of(options.getOrDefault("jar", "local-stack/target/local-stack-exec.jar"));
        Duration loadLimit = Duration.ofMinutes(Long.parseLong(options.getOrDefault("load-minutes", "60")));
        System.out.printf("Machine: %d cores, load average %s; JDK %s; %d rollouts of %d tasks (%d of them of %d)%n",
                Runtime.getRuntime().availableProcessors(), LoadBenchmark.loadAverage(),
                System.getProperty("java.version"), rollouts, tasks, bigPlans, bigTasks);
        if (options.containsKey("attach")) {
            // A stack a previous run started and loaded (its loading outlived the run): measure it as it stands.
            measure("http://localhost:" + (9000 + offset), "http://127.0.0.1:" + (8084 + offset),
                    "http://localhost:" + (8080 + offset) + "/api/tracking", bigPlans, requests);
            return;
        }
        Path data = Files.createTempDirectory("golive-portfolio-");
        try (LocalStackProcess stack = LocalStackProcess.start(jar, offset, LocalStackProcess.GOLIVE_LOCAL_JVM,
                data)) {
            String token = Api.token(stack.identity());
            Api direct = new Api(stack.tracking(), token);
            Instant began = Instant.now();
            load(offset, rollouts, tasks, bigPlans, bigTasks);
            long projected = awaitProjected(direct, rollouts, loadLimit);
            Duration loading = Duration.between(began, Instant.now());
            System.out.printf("%d rollouts loaded and projected in %d s (%.2f rollouts/s); load average %s%n",
                    projected, loading.toSeconds(), projected * 1000.0 / loading.toMillis(),
                    LoadBenchmark.loadAverage());
            measure(stack.identity(), stack.tracking(), stack.gateway() + "/api/tracking", bigPlans, requests);
        } finally {
            LoadBenchmark.delete(data);
        }
    }

    /** Each read with a fresh token: on a loaded machine a run outlasts a token's five minutes. */
    private static void measure(String identity, String tracking, String gateway, int bigPlans, int requests) {
        Api direct = new Api(tracking, Api.token(identity));
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = direct.get("/portfolio?size=500&sort=siteName&page=" + page).json();
            answer.get("rollouts").forEach(all::add);
            if (answer.get("links").get("next").isNull()) {
                break;
            }
        }
        // The big plans are the first sites loaded: Site 0 to Site bigPlans - 1.
        List<String> status = all.stream().filter(r -> r.hasNonNull("phase"))
                .filter(r -> Integer.parseInt(r.get("siteName").asString().substring(5)) < Math.max(1, bigPlans))
                .map(r -> "/rollouts/" + r.get("rolloutId").asString() + "/status").toList();
        System.out.printf("Measuring over %d rollouts in the portfolio, status of %d rollouts; load average %s%n",
                all.size(), status.size(), LoadBenchmark.loadAverage());
        List<String> portfolio = portfolioReads();
        System.out.println("read | target | requests | p50 ms | p95 ms | p99 ms | max ms");
        for (String target : List.of("direct", "gateway")) {
            String base = target.equals("direct") ? tracking : gateway;
            measure("portfolio (mixed filters, sorts, pages)", target, new Api(base, Api.token(identity)), portfolio,
                    requests);
            measure("portfolio, page of 500", target, new Api(base, Api.token(identity)),
                    List.of("/portfolio?size=500&page=0"), requests / 4);
            measure("status of a big-plan rollout", target, new Api(base, Api.token(identity)), status, requests);
        }
        System.out.printf("Load average at the end: %s%n", LoadBenchmark.loadAverage());
    }

    /** The program, 10 waves, each rollout created and its plan instantiated; the big plans first. */
    private static List<String> load(int offset, int rollouts, int tasks, int bigPlans, int bigTasks) {
        String programId = UUID.randomUUID().toString();
        String programSource = "/planning/programs/" + programId;
        LocalDate today = LocalDate.now();
        Random random = new Random(42);
        List<String> ids = new ArrayList<>();
        try (PlanningEvents events = new PlanningEvents("localhost:" + (9092 + offset))) {
            events.send(programId, new ProgramCreated(programId, "Benchmark program", "CMIO", null, List.of(),
                    Instant.now()), programSource, 1);
            for (int w = 0; w < 10; w++) {
                events.send(programId, new WaveCreated("wave-" + w, programId, "Wave " + w, w + 1, Instant.now()),
                        programSource, w + 2);
            }
            for (int i = 0; i < rollouts; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                LocalDate goLive = today.plusDays(20 + (i * 7L) % 400);
                String source = "/planning/rollouts/" + id;
                events.send(id, new RolloutCreated(id, programId, "Benchmark program", "wave-" + i % 10,
                        "Wave " + i % 10, "Site " + i, "HOSPITAL", goLive, 100, 500, null, List.of(),
                        Instant.now()), source, 1);
                events.send(id, plan(id, programId, goLive, i < bigPlans ? bigTasks : tasks, today, random),
                        source, 2);
            }
        }
        return ids;
    }

    /** Tasks spread from GL-180 to GL+30 over the standard phases; most work due by today done, some of it late. */
    private static PlanInstantiated plan(String rolloutId, String programId, LocalDate goLive, int count,
                                         LocalDate today, Random random) {
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
                    done ? start : null, done ? finish : null, java.math.BigDecimal.valueOf(8 + t % 5), null,
                    "Site Project Manager", List.of(), List.of()));
        }
        return new PlanInstantiated(rolloutId, programId, "benchmark", "Benchmark plan", 1, goLive,
                goLive.minusDays(180), goLive.plusDays(30), critical, planned, Instant.now());
    }

    /**
     * Every rollout has figures once the one sorted first by phase (a missing phase sorts first) has one. On a loaded
     * machine the stack may project slower than the limit allows: then the benchmark measures what is there.
     */
    private static long awaitProjected(Api tracking, int rollouts, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        long reported = 0;
        long total = 0;
        while (Instant.now().isBefore(deadline)) {
            Api.Answer answer = tracking.get("/portfolio?size=1&sort=phase");
            if (answer.ok()) {
                JsonNode page = answer.json();
                JsonNode first = page.get("rollouts").isEmpty() ? null : page.get("rollouts").get(0);
                total = page.get("total").asLong();
                if (total == rollouts && first != null && first.hasNonNull("phase")) {
                    return total;
                }
                if (Instant.now().getEpochSecond() - reported >= 30) {
                    reported = Instant.now().getEpochSecond();
                    System.out.printf("  ... %d rollouts in the portfolio; load average %s%n",
                            page.get("total").asLong(), LoadBenchmark.loadAverage());
                }
            }
            sleep();
        }
        System.out.printf("Stopped waiting after %d min: %d of %d rollouts in the portfolio%n", limit.toMinutes(),
                total, rollouts);
        return total;
    }

    private static List<String> portfolioReads() {
        LocalDate today = LocalDate.now();
        return List.of("/portfolio",
                "/portfolio?health=RED&health=AMBER&sort=spi&size=50",
                "/portfolio?waveId=wave-3&sort=readinessScore,desc",
                "/portfolio?q=site%207&sort=percentComplete,desc",
                "/portfolio?goLiveFrom=" + today.plusDays(60) + "&goLiveTo=" + today.plusDays(240)
                        + "&sort=health,desc&page=2&size=50",
                "/portfolio?phase=test&sort=daysToGoLive,desc&page=1");
    }

    private static void measure(String read, String target, Api api, List<String> paths, int requests) {
        for (int i = 0; i < Math.max(20, requests / 4); i++) {
            expectOk(api, paths.get(i % paths.size()));
        }
        Histogram histogram = new Histogram(3_600_000_000L, 3);
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            expectOk(api, paths.get(i % paths.size()));
            histogram.recordValue((System.nanoTime() - started) / 1_000);
        }
        System.out.printf("%s | %s | %d | %.1f | %.1f | %.1f | %.1f%n", read, target, requests,
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0);
    }

    private static void expectOk(Api api, String path) {
        Api.Answer answer = api.get(path);
        if (!answer.ok()) {
            throw new IllegalStateException(path + " answered " + answer.status() + " " + answer.body());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
