package org.golive.benchmarks.load;

import org.HdrHistogram.Histogram;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.PlannedTask;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.WaveCreated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 *     [--batch=50] [--part-bytes=524288] [--jvm="-Xmx4g ..."]
 * </pre>
 * Plan events larger than {@code --part-bytes} (planning's part size by default; 0: never cut) go as parts, as
 * planning's relay sends them. With {@code --batch=N} the rollouts are loaded N at a time, each batch once the one
 * before is projected (every rollout in the portfolio with its figures), and each batch's rate, the stack's resident
 * memory and its data directory's size are printed: how loading holds up as the read models grow. {@code --jvm}
 * replaces {@code ./golive-local}'s JVM options for the stack. {@code --rejudge} then puts the health rules back
 * unchanged ({@code PUT /health-rules}), which judges every rollout again as the nightly re-judge does, and prints how
 * long that took. {@code --attach} measures a stack already running at
 * {@code --offset} (one a previous run left loading).
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
        int batch = Integer.parseInt(options.getOrDefault("batch", Integer.toString(rollouts)));
        int partBytes = Integer.parseInt(options.getOrDefault("part-bytes",
                Integer.toString(PlanningEvents.PLANNING_PART_BYTES)));
        List<String> jvm = options.containsKey("jvm") ? List.of(options.get("jvm").trim().split("\\s+"))
                : LocalStackProcess.GOLIVE_LOCAL_JVM;
        Path data = Files.createTempDirectory("golive-portfolio-");
        try (LocalStackProcess stack = LocalStackProcess.start(jar, offset, jvm, data)) {
            System.out.printf("Stack JVM %s, pid %d, RSS %d MB, data %d MB; batches of %d rollouts; parts of %s"
                            + " bytes%n", jvm, stack.pid(), residentMegabytes(stack.pid()), megabytes(data), batch,
                    partBytes > 0 ? partBytes : "unlimited");
            Loading loading = new Loading(offset, partBytes > 0 ? partBytes : Integer.MAX_VALUE, tasks, bigPlans,
                    bigTasks);
            Instant began = Instant.now();
            Duration cpuAtStart = stack.cpu();
            long projected = 0;
            Instant deadline = began.plus(loadLimit);
            try (loading) {
                while (loading.rollouts() < rollouts && projected == loading.rollouts()) {
                    Instant batchBegan = Instant.now();
                    long tasksBefore = loading.tasks();
                    Duration cpuBefore = stack.cpu();
                    int count = Math.min(batch, rollouts - loading.rollouts());
                    loading.next(count);
                    projected = awaitProjected(stack.identity(), stack.tracking(), loading.rollouts(),
                            Duration.between(Instant.now(), deadline));
                    double seconds = Duration.between(batchBegan, Instant.now()).toMillis() / 1000.0;
                    System.out.printf("  %d of %d rollouts projected at %d s: batch of %d in %.1f s (%.2f rollouts/s,"
                                    + " %.0f task documents/s), stack CPU %.1f s; stack RSS %d MB; data %d MB; load"
                                    + " average %s%n", projected, rollouts,
                            Duration.between(began, Instant.now()).toSeconds(), count, seconds, count / seconds,
                            (loading.tasks() - tasksBefore) / seconds,
                            stack.cpu().minus(cpuBefore).toMillis() / 1000.0, residentMegabytes(stack.pid()),
                            megabytes(data), LoadBenchmark.loadAverage());
                }
            }
            Duration took = Duration.between(began, Instant.now());
            System.out.printf("%d rollouts (%d task documents, %d records, %d MB of event data) loaded and projected"
                            + " in %d s (%.2f rollouts/s, %.0f task documents/s), stack CPU %d s; stack RSS %d MB; data"
                            + " %d MB; load average %s%n", projected, loading.tasks(), loading.records(),
                    loading.bytes() / (1024 * 1024), took.toSeconds(), projected * 1000.0 / took.toMillis(),
                    loading.tasks() * 1000.0 / took.toMillis(), stack.cpu().minus(cpuAtStart).toSeconds(),
                    residentMegabytes(stack.pid()), megabytes(data), LoadBenchmark.loadAverage());
            if (options.containsKey("rejudge")) {
                rejudge(stack.identity(), stack.tracking(), stack.pid());
            }
            measure(stack.identity(), stack.tracking(), stack.gateway() + "/api/tracking", bigPlans, requests);
        } finally {
            LoadBenchmark.delete(data);
        }
    }

    /** Puts the rules back as they are: tracking judges every rollout again before it answers. */
    private static void rejudge(String identity, String tracking, long pid) {
        Api api = new Api(tracking, Api.token(identity), Duration.ofMinutes(30));
        JsonNode stored = api.expect("GET", "/health-rules", null);
        ObjectNode form = ((ObjectNode) stored.get("rules")).deepCopy();
        form.put("version", stored.get("version").asLong());
        Instant began = Instant.now();
        try {
            api.expect("PUT", "/health-rules", form);
        } catch (UncheckedIOException e) {
            System.out.printf("PUT /health-rules did not answer within 30 minutes (%s)%n", e.getMessage());
            return;
        }
        System.out.printf("Every rollout judged again (PUT /health-rules) in %.1f s; stack RSS %d MB; load average"
                + " %s%n", Duration.between(began, Instant.now()).toMillis() / 1000.0, residentMegabytes(pid),
                LoadBenchmark.loadAverage());
    }

    /** The stack's resident memory (VmRSS), in MB; -1 where /proc cannot tell. */
    private static long residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: unknown
        }
        return -1;
    }

    /**
     * The disk the stack's data directory uses (the MongoDB file, Kafka's logs), in MB, as {@code du} counts it: Kafka
     * preallocates its index files sparse, so their length is not what they take. -1 where {@code du} is missing.
     */
    private static long megabytes(Path directory) {
        try {
            Process du = new ProcessBuilder("du", "-sm", directory.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return du.waitFor() == 0 ? Long.parseLong(out.split("\\s+")[0]) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
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

    /** The program, 10 waves, then the rollouts batch by batch, each created and its plan instantiated; the big plans first. */
    private static final class Loading implements AutoCloseable {

        private final PlanningEvents events;
        private final int tasks;
        private final int bigPlans;
        private final int bigTasks;
        private final String programId = UUID.randomUUID().toString();
        private final LocalDate today = LocalDate.now();
        private final Random random = new Random(42);
        private int rollouts;
        private long taskCount;

        Loading(int offset, int partBytes, int tasks, int bigPlans, int bigTasks) {
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
                events.send(id, plan(id, programId, goLive, size, today, random), source, 2);
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
     * machine the stack may project slower than the limit allows: then the benchmark measures what is there (and
     * loads no more). A token lasts five minutes and a busy stack may not answer in time: a new token on a 401, the
     * next second's read after a timeout.
     *
     * @return how many rollouts are in the portfolio, less one when not all of them have figures yet
     */
    private static long awaitProjected(String identity, String tracking, int rollouts, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        Api api = new Api(tracking, Api.token(identity));
        long reported = 0;
        long total = 0;
        do {
            try {
                Api.Answer answer = api.get("/portfolio?size=1&sort=phase");
                if (answer.status() == 401) {
                    api = new Api(tracking, Api.token(identity));
                } else if (answer.ok()) {
                    JsonNode page = answer.json();
                    JsonNode first = page.get("rollouts").isEmpty() ? null : page.get("rollouts").get(0);
                    total = page.get("total").asLong();
                    if (total == rollouts && first != null && first.hasNonNull("phase")) {
                        return total;
                    }
                    if (Instant.now().getEpochSecond() - reported >= 60) {
                        reported = Instant.now().getEpochSecond();
                        System.out.printf("  ... %d rollouts in the portfolio; load average %s%n", total,
                                LoadBenchmark.loadAverage());
                    }
                }
            } catch (UncheckedIOException e) {
                System.out.printf("  ... no answer (%s); load average %s%n", e.getMessage(),
                        LoadBenchmark.loadAverage());
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        System.out.printf("Stopped waiting: %d of %d rollouts in the portfolio, not all with figures%n", total,
                rollouts);
        return Math.min(total, rollouts - 1);
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
