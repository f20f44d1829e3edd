package org.golive.benchmarks.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.golive.benchmarks.load.StackFootprint.megabytes;
import static org.golive.benchmarks.load.StackFootprint.residentMegabytes;

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
 * {@code --offset} (one a previous run left loading). {@code --gateway-jar=gateway/target/gateway-*-exec.jar} adds a
 * gateway in a JVM of its own, as a deployment runs it (options: {@code --gateway-jvm}, else the stack's), started
 * once the program is loaded and measured as the target {@code gateway-own-jvm}; the targets take turns request by
 * request. {@code --jfr=DIR} records the stack's JVM over the reads (profile settings); {@code --hold-seconds=N}
 * keeps the stack up that long after the reads, for a look at it. {@code --compare-jvm="..."} then restarts the stack
 * on the same data with those JVM options and with its own, twice (A B A B), and measures the reads after each start.
 *
 * <p>The parts: {@link PortfolioEvents} (the program as planning's events), {@link PortfolioLoad} (the batches and
 * their report), {@link PortfolioReads} (the timed reads); this class reads the options and times the re-judge.
 */
public final class PortfolioBenchmark {

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
        Path jar = LoadBenchmark.jar(options);
        Duration loadLimit = Duration.ofMinutes(Long.parseLong(options.getOrDefault("load-minutes", "60")));
        System.out.printf("Machine: %d cores, load average %s; JDK %s; %d rollouts of %d tasks (%d of them of %d)%n",
                Runtime.getRuntime().availableProcessors(), LoadBenchmark.loadAverage(),
                System.getProperty("java.version"), rollouts, tasks, bigPlans, bigTasks);
        if (options.containsKey("attach")) {
            // A stack a previous run started and loaded (its loading outlived the run): measure it as it stands.
            Map<String, String> targets = new LinkedHashMap<>();
            targets.put("direct", "http://127.0.0.1:" + (8084 + offset));
            targets.put("gateway", "http://localhost:" + (8080 + offset) + "/api/tracking");
            PortfolioReads.measure("http://localhost:" + (9000 + offset), targets, bigPlans, requests);
            return;
        }
        int batch = Integer.parseInt(options.getOrDefault("batch", Integer.toString(rollouts)));
        int partBytes = Integer.parseInt(options.getOrDefault("part-bytes",
                Integer.toString(PlanningEvents.PLANNING_PART_BYTES)));
        List<String> jvm = LoadBenchmark.jvm(options);
        Path data = Files.createTempDirectory("golive-portfolio-");
        try {
            try (LocalStackProcess stack = LocalStackProcess.start(jar, offset, jvm, data)) {
                System.out.printf("Stack JVM %s, pid %d, RSS %d MB, data %d MB; batches of %d rollouts; parts of %s"
                                + " bytes%n", jvm, stack.pid(), residentMegabytes(stack.pid()), megabytes(data), batch,
                        partBytes > 0 ? partBytes : "unlimited");
                PortfolioEvents loading = new PortfolioEvents(offset, partBytes > 0 ? partBytes : Integer.MAX_VALUE,
                        tasks, bigPlans, bigTasks);
                new PortfolioLoad(stack, data).run(loading, rollouts, batch, loadLimit);
                if (options.containsKey("rejudge")) {
                    rejudge(stack.identity(), stack.tracking(), stack.pid());
                }
                reads(stack, options, offset, jvm, data, bigPlans, requests);
                long hold = Long.parseLong(options.getOrDefault("hold-seconds", "0"));
                if (hold > 0) {
                    System.out.printf("The stack stays up %d s for a look (pid %d, ports offset by %d)%n", hold,
                            stack.pid(), offset);
                    LoadRun.sleep(Duration.ofSeconds(hold));
                }
            }
            if (options.containsKey("compare-jvm")) {
                // The same data read by the stack started again with other JVM options, then with its own, twice:
                // the pairs' ratios, not one run against another day's.
                List<String> other = LoadBenchmark.jvmOptions(options.get("compare-jvm"));
                for (int round = 1; round <= 2; round++) {
                    for (List<String> stackJvm : List.of(other, jvm)) {
                        try (LocalStackProcess again = LocalStackProcess.start(jar, offset, stackJvm, data)) {
                            System.out.printf("%nRound %d: the stack started again on the same data with %s (pid %d)%n",
                                    round, stackJvm, again.pid());
                            reads(again, options, offset, stackJvm, data, bigPlans, requests);
                        }
                    }
                }
            }
        } finally {
            LoadBenchmark.delete(data);
        }
    }

    /** The reads over a loaded stack, after ten seconds with no request (its idle CPU printed), with their CPU. */
    private static void reads(LocalStackProcess stack, Map<String, String> options, int offset, List<String> jvm,
                              Path data, int bigPlans, int requests) {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("direct", stack.tracking());
        targets.put("gateway", stack.gateway() + "/api/tracking");
        if (options.containsKey("gateway-jar")) {
            // Started after the loading, so that it measures reads only (its JIT warmed by the warm-up requests).
            List<String> gatewayJvm = options.containsKey("gateway-jvm")
                    ? LoadBenchmark.jvmOptions(options.get("gateway-jvm")) : jvm;
            stack.withSeparateGateway(Path.of(options.get("gateway-jar")), gatewayJvm, data.resolve("gateway.log"));
            System.out.printf("A gateway in a JVM of its own (options %s, pid %d): target gateway-own-jvm%n",
                    gatewayJvm, stack.pids().get(1));
            targets.put("gateway-own-jvm", stack.separateGateway() + "/api/tracking");
        }
        // What the stack does with no request after the loading (collections, flushes, sweeps): the reads share
        // the two cores with it.
        LagCpu idle = new LagCpu(stack, ProjectionLagBenchmark.services(offset));
        idle.start();
        LoadRun.sleep(Duration.ofSeconds(10));
        idle.report("10 s with no request", "second", 10);
        LagCpu reads = new LagCpu(stack, ProjectionLagBenchmark.services(offset));
        LoadRun.Recorder recorder = LoadBenchmark.recorder(options.get("jfr"), stack.pid());
        recorder.start("portfolio-reads");
        reads.start();
        long made = PortfolioReads.measure(stack.identity(), targets, bigPlans, requests);
        reads.report("the reads", "request", made);
        recorder.stop("portfolio-reads");
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
}
