package org.golive.benchmarks.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Projection lag (issue 14: p99 ≤ 200 ms at 100 writes/s): planning writes at a steady rate through the gateway, each
 * timed from the moment planning acknowledged it until tracking's portfolio shows it.
 *
 * <p>How a write is recognised in the portfolio: every site's plan has {@code tasks} tasks of equal effort, and each
 * write raises one task's percent complete by {@code tasks / 10} points (the site's writes visit its tasks in turn,
 * so a task is written again only after every other one). The site's effort-weighted percent complete is then exactly
 * one tenth of a point per write applied: the portfolio's figure, times ten, counts the site's writes tracking has
 * applied. A site's writes are sent one after the other (the next once the last was acknowledged), so they reach
 * tracking in order and a count of n means the n-th write is shown. Writes are open-loop: one every
 * {@code 1/rate} seconds, round robin over the sites, whatever the answers' latency (a site still waiting for its
 * last answer delays only its own next write); writes still queued when the period ends are not sent, so the
 * achieved rate is what the stack took.
 *
 * <p>A reader polls the program's portfolio straight from tracking every {@code --poll-ms} and stamps each write seen
 * with the time the answer arrived; a write shown before its acknowledgement reached the benchmark counts as 0 ms.
 * The lag is thus the time to the first poll answer showing it: the true lag plus up to one poll period.
 *
 * <p>{@code --warmup=SECONDS} writes at the same rate before the measured period, not counted, then waits until
 * they are shown and the stack is idle: the measured period starts with the stack's code compiled (the stack runs
 * with C1 only, as {@code ./golive-local} does) and its queues empty. The measured period's CPU is then printed per
 * write, in all and by thread ({@link LagCpu}), so that runs of two builds on a loaded machine can be compared by
 * their cost even when their lag is the load's. {@code --jfr=DIR} records the measured period (profile settings).
 *
 * <p>After the lag, the measured period's split by stage: planning's and tracking's histograms (the relay's rounds and
 * transactions, tracking's event ages when published, received, written and applied) read before and after it.
 *
 * <p>{@code --target=gateway} (the default) sends planning's writes through the gateway, as a user's go;
 * {@code --target=direct} sends them straight to planning, so that the gateway's own CPU on the same cores is out of
 * the lag. The set-up goes the same way; the reader always asks tracking directly.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.golive.benchmarks.load.ProjectionLagBenchmark [--rate=100]
 * [--seconds=60] [--warmup=0] [--sites=50] [--tasks=200] [--poll-ms=20] [--offset=500] [--target=gateway|direct]
 * [--jvm="..."] [--jar=...] [--jfr=DIR]</pre>
 *
 * <p>The parts: {@link LagWriter} (the open-loop writes), {@link LagPoller} (the reader), {@link LagStamps} (each
 * write's times and the lag's report), {@link LagStages} (the stage split); this class reads the options, sets the
 * sites up ({@link LagSites}) and runs the period.
 */
public final class ProjectionLagBenchmark {

    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(60);

    private ProjectionLagBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = LoadBenchmark.options(args);
        int rate = Integer.parseInt(options.getOrDefault("rate", "100"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "0"));
        int siteCount = Integer.parseInt(options.getOrDefault("sites", "50"));
        int tasks = Integer.parseInt(options.getOrDefault("tasks", "200"));
        int pollMillis = Integer.parseInt(options.getOrDefault("poll-ms", "20"));
        int offset = Integer.parseInt(options.getOrDefault("offset", "500"));
        String target = options.getOrDefault("target", "gateway");
        if (!List.of("gateway", "direct").contains(target)) {
            throw new IllegalArgumentException("--target is gateway or direct, not " + target);
        }
        List<String> jvm = LoadBenchmark.jvm(options);
        Path jar = LoadBenchmark.jar(options);
        int writes = rate * seconds;
        int warmupWrites = rate * warmup;
        int writesPerSite = (warmupWrites + writes + siteCount - 1) / siteCount + 1;
        if (tasks % 10 != 0 || writesPerSite > tasks * (99 / (tasks / 10))) {
            throw new IllegalArgumentException("--tasks must be a multiple of 10, and a site takes at most 99 /"
                    + " (tasks / 10) writes per task: raise --sites or --tasks, or lower --rate x (seconds + warmup)");
        }
        System.out.printf("Machine: %d cores, load average %s; JDK %s; stack %s, JVM options %s; %d writes/s for %d s"
                        + " (after %d s of warm-up) over %d sites of %d tasks, writes %s; portfolio polled every %d"
                        + " ms%n",
                Runtime.getRuntime().availableProcessors(), LoadBenchmark.loadAverage(),
                System.getProperty("java.version"), jar, jvm, rate, seconds, warmup, siteCount, tasks,
                target.equals("direct") ? "straight to planning" : "through the gateway", pollMillis);
        Path data = Files.createTempDirectory("golive-lag-");
        try (LocalStackProcess stack = LocalStackProcess.start(jar, offset, jvm, data)) {
            String token = Api.token(stack.identity());
            String planningUrl = target.equals("direct") ? Target.direct(stack).planning()
                    : Target.gateway(stack).planning();
            Api planning = new Api(planningUrl, token);
            Api tracking = new Api(stack.tracking(), token);
            String programId = planning.expect("POST", "/programs", Map.of("name", "Projection lag benchmark"))
                    .get("id").asString();
            List<String> sites = LagSites.create(planning, programId, siteCount, tasks);
            LagSites.awaitShown(tracking, programId, sites.size(), Duration.ofMinutes(10));
            System.out.printf("%d sites set up and in the portfolio; load average %s%n", sites.size(),
                    LoadBenchmark.loadAverage());
            LagStamps stamps = new LagStamps(sites.size(), writesPerSite);
            LagWriter writer = new LagWriter(sites, tasks, stamps);
            if (warmupWrites > 0) {
                String warming = Api.token(stack.identity());
                System.out.print("Warm-up: ");
                run(writer.to(new Api(planningUrl, warming)), new Api(stack.tracking(), warming), programId, sites,
                        stamps, rate, warmupWrites, pollMillis);
                LoadRun.awaitIdle(stack);
                stamps.measureFrom(writer.sentPerSite());
            }
            // A token lives five minutes: a fresh one for the measured period (its seconds and one answer per site).
            String fresh = Api.token(stack.identity());
            LagStages stages = new LagStages(new Api(stack.planning(), fresh), new Api(stack.tracking(), fresh));
            Map<String, Api> services = Map.of("planning", new Api(stack.planning(), fresh), "stakeholder",
                    new Api(stack.stakeholder(), fresh), "budget", new Api(stack.budget(), fresh), "tracking",
                    new Api(stack.tracking(), fresh));
            CommandCounts commandsBefore = CommandCounts.of(services);
            LagCpu cpu = new LagCpu(stack, services(offset));
            LoadRun.Recorder recorder = LoadBenchmark.recorder(options.get("jfr"), stack.pid());
            recorder.start("projection-lag");
            cpu.start();
            long done = run(writer.to(new Api(planningUrl, fresh)), new Api(stack.tracking(), fresh), programId,
                    sites, stamps, rate, writes, pollMillis);
            cpu.report(done);
            recorder.stop("projection-lag");
            stages.report();
            CommandCounts.of(services).since(commandsBefore, done).forEach(System.out::println);
        } finally {
            LoadBenchmark.delete(data);
        }
    }

    /**
     * A period of writes (the warm-up, or the measured one): the poller reads while the writer writes, then until
     * every write is shown (or a minute).
     *
     * @return the writes acknowledged
     */
    private static long run(LagWriter writer, Api tracking, String programId, List<String> sites, LagStamps stamps,
                            int rate, int writes, int pollMillis) throws InterruptedException {
        Thread reader = new LagPoller(tracking, programId, sites, stamps, writer::failed).start(pollMillis);
        long done = writer.run(rate, writes);
        Instant deadline = Instant.now().plus(SHOWN_WITHIN);
        while (stamps.shownCount() < done && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        reader.interrupt();
        reader.join();
        stamps.report(done, pollMillis, SHOWN_WITHIN);
        return done;
    }

    /** A thread name with the stack's ports made its services' names (the ports move with {@code --offset}). */
    static UnaryOperator<String> services(int offset) {
        Map<Integer, String> ports = Map.of(8080, "gateway", 8081, "planning", 8082, "stakeholder", 8083, "budget",
                8084, "tracking", 9000, "identity", 9092, "kafka", 27017, "mongo");
        return name -> {
            String renamed = name;
            for (Map.Entry<Integer, String> port : ports.entrySet()) {
                renamed = renamed.replace(Integer.toString(port.getKey() + offset), port.getValue());
            }
            return renamed;
        };
    }
}
