package org.golive.benchmarks.load;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

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
 * <p>After the lag, the measured period's split by stage: planning's and tracking's histograms (the relay's rounds and
 * transactions, tracking's event ages when published, received, written and applied) read before and after it.
 *
 * <p>{@code --target=gateway} (the default) sends planning's writes through the gateway, as a user's go;
 * {@code --target=direct} sends them straight to planning, so that the gateway's own CPU on the same cores is out of
 * the lag. The set-up goes the same way; the reader always asks tracking directly.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.golive.benchmarks.load.ProjectionLagBenchmark [--rate=100]
 * [--seconds=60] [--sites=50] [--tasks=200] [--poll-ms=20] [--offset=500] [--target=gateway|direct]
 * [--jvm="..."]</pre>
 */
public final class ProjectionLagBenchmark {

    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(60);

    private final Api planning;
    private final Api tracking;
    private final String programId;
    private final List<String> sites;
    private final int tasks;
    private final int step;
    /** Per site: its writes' acknowledgement times (System.nanoTime), in the order sent; 0 until acknowledged. */
    private final List<AtomicLongArray> acknowledged = new ArrayList<>();
    /** Per site: when the portfolio first showed each write (System.nanoTime); 0 until shown. */
    private final List<AtomicLongArray> shown = new ArrayList<>();
    private final AtomicInteger[] sent;
    /** Per site and task, the revision planning last answered (a site's writes are sent one at a time). */
    private final int[][] revisions;
    private final Histogram answers = new Histogram(60_000_000_000L, 3);
    private final AtomicLong failures = new AtomicLong();
    private volatile String lastFailure = "";
    private volatile boolean closed;

    private ProjectionLagBenchmark(Api planning, Api tracking, String programId, List<String> sites, int tasks,
                                   int writesPerSite) {
        this.planning = planning;
        this.tracking = tracking;
        this.programId = programId;
        this.sites = sites;
        this.tasks = tasks;
        this.step = tasks / 10;
        this.sent = new AtomicInteger[sites.size()];
        this.revisions = new int[sites.size()][tasks];
        for (int i = 0; i < sites.size(); i++) {
            acknowledged.add(new AtomicLongArray(writesPerSite));
            shown.add(new AtomicLongArray(writesPerSite));
            sent[i] = new AtomicInteger();
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = LoadBenchmark.options(args);
        int rate = Integer.parseInt(options.getOrDefault("rate", "100"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int siteCount = Integer.parseInt(options.getOrDefault("sites", "50"));
        int tasks = Integer.parseInt(options.getOrDefault("tasks", "200"));
        int pollMillis = Integer.parseInt(options.getOrDefault("poll-ms", "20"));
        int offset = Integer.parseInt(options.getOrDefault("offset", "500"));
        String target = options.getOrDefault("target", "gateway");
        if (!List.of("gateway", "direct").contains(target)) {
            throw new IllegalArgumentException("--target is gateway or direct, not " + target);
        }
        List<String> jvm = options.containsKey("jvm") ? List.of(options.get("jvm").trim().split("\\s+"))
                : LocalStackProcess.GOLIVE_LOCAL_JVM;
        Path jar = Path.of(options.getOrDefault("jar", "local-stack/target/local-stack-exec.jar"));
        int writes = rate * seconds;
        int writesPerSite = (writes + siteCount - 1) / siteCount;
        if (tasks % 10 != 0 || writesPerSite > tasks * (99 / (tasks / 10))) {
            throw new IllegalArgumentException("--tasks must be a multiple of 10, and a site takes at most "
                    + "99 / (tasks / 10) writes per task: raise --sites or --tasks, or lower --rate x --seconds");
        }
        System.out.printf("Machine: %d cores, load average %s; JDK %s; %d writes/s for %d s over %d sites of %d"
                        + " tasks, writes %s; portfolio polled every %d ms%n",
                Runtime.getRuntime().availableProcessors(), LoadBenchmark.loadAverage(),
                System.getProperty("java.version"), rate, seconds, siteCount, tasks,
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
            // A token lives five minutes: a fresh one for the measured period (its seconds and one answer per site).
            String fresh = Api.token(stack.identity());
            Stages stages = new Stages(new Api(stack.planning(), fresh), new Api(stack.tracking(), fresh));
            new ProjectionLagBenchmark(new Api(planningUrl, fresh),
                    new Api(stack.tracking(), fresh), programId, sites, tasks, writesPerSite)
                    .run(rate, writes, pollMillis);
            stages.report();
        } finally {
            LoadBenchmark.delete(data);
        }
    }

    /**
     * The measured period's split by stage, from the services' own histograms (read before and after it): planning's
     * outbox (from a write until the relay published it; a relay round's Kafka transaction) and tracking's event ages
     * (from the write that raised an event until it was published, received, written and applied).
     */
    private static final class Stages {

        private final Api planning;
        private final Api tracking;
        private final ScrapedHistograms planningBefore;
        private final ScrapedHistograms trackingBefore;

        Stages(Api planning, Api tracking) {
            this.planning = planning;
            this.tracking = tracking;
            this.planningBefore = planningHistograms();
            this.trackingBefore = trackingHistograms();
        }

        private ScrapedHistograms planningHistograms() {
            return ScrapedHistograms.of(planning, "golive_outbox_wait_seconds", "golive_outbox_transaction_seconds",
                    "golive_outbox_round_seconds");
        }

        private ScrapedHistograms trackingHistograms() {
            return ScrapedHistograms.of(tracking, "golive_tracking_event_age_seconds");
        }

        void report() {
            System.out.println("Stages over the measured period (the services' histograms; a percentile is its"
                    + " bucket's upper bound):");
            planningHistograms().since(planningBefore, "").forEach(p -> System.out.println("  planning " + p.row()));
            trackingHistograms().since(trackingBefore, "golive.planning.events")
                    .forEach(p -> System.out.println("  tracking " + p.row()));
        }
    }

    private void run(int rate, int writes, int pollMillis) throws InterruptedException {
        ExecutorService[] lanes = new ExecutorService[sites.size()];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = Executors.newSingleThreadExecutor();
        }
        Thread reader = new Thread(() -> poll(pollMillis), "portfolio-poller");
        reader.setDaemon(true);
        reader.start();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger issued = new AtomicInteger();
        long began = System.nanoTime();
        clock.scheduleAtFixedRate(() -> {
            int n = issued.getAndIncrement();
            if (n < writes) {
                int site = n % sites.size();
                lanes[site].execute(() -> write(site));
            }
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        while (issued.get() < writes) {
            Thread.sleep(100);
        }
        // The period is over: writes still queued behind a slow answer are not sent (the achieved rate says so).
        closed = true;
        clock.shutdown();
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes) {
            lane.awaitTermination(10, TimeUnit.MINUTES);
        }
        double writing = (System.nanoTime() - began) / 1e9;
        long done = acknowledgedCount();
        System.out.printf(Locale.ROOT, "%d writes acknowledged in %.1f s: %.1f writes/s achieved (asked %d/s, %d"
                        + " left unsent); %d failed%s; answer p50 %.0f ms, p99 %.0f ms; load average %s%n", done,
                writing, done / writing, rate, writes - Arrays.stream(sent).mapToInt(AtomicInteger::get).sum(),
                failures.get(), failures.get() == 0 ? "" : " (last: " + lastFailure + ")",
                answers.getValueAtPercentile(50) / 1e6, answers.getValueAtPercentile(99) / 1e6,
                LoadBenchmark.loadAverage());
        Instant deadline = Instant.now().plus(SHOWN_WITHIN);
        while (shownCount() < done && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        reader.interrupt();
        report(done, pollMillis);
    }

    /** One write: the site's next task raised by one step, with the revision planning last answered for it. */
    private void write(int site) {
        if (closed) {
            return;
        }
        int n = sent[site].getAndIncrement();
        String task = GeneratedTemplate.id(n % tasks);
        int percent = step * (n / tasks + 1);
        String path = "/rollouts/" + sites.get(site) + "/plan/tasks/" + task + "/progress";
        for (int attempt = 1; attempt <= 3; attempt++) {
            long start = System.nanoTime();
            Api.Answer answer = planning.send("POST", path, Map.of("percentComplete", percent, "revision",
                    revisions[site][n % tasks]));
            long end = System.nanoTime();
            if (answer.ok()) {
                answers.recordValue(Math.min(end - start, answers.getHighestTrackableValue()));
                acknowledged.get(site).set(n, end);
                revisions[site][n % tasks] = answer.json().get("task").get("revision").asInt();
                return;
            }
            if (answer.status() == 409) { // the revision of a fresh plan's task was guessed: read it
                revisions[site][n % tasks] = planning.expect("GET", "/rollouts/" + sites.get(site) + "/plan/tasks/"
                        + task, null).get("revision").asInt();
            }
            lastFailure = answer.status() + " " + answer.body().substring(0, Math.min(200, answer.body().length()));
        }
        failures.incrementAndGet();
    }

    /** Reads the program's portfolio over and over; stamps every write it shows for the first time. */
    private void poll(int pollMillis) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            index.put(sites.get(i), i);
        }
        while (!Thread.currentThread().isInterrupted()) {
            long began = System.nanoTime();
            try {
                JsonNode page = tracking.expect("GET", "/portfolio?programId=" + programId + "&size=500", null);
                long now = System.nanoTime();
                for (JsonNode rollout : page.get("rollouts")) {
                    Integer site = index.get(rollout.get("rolloutId").asString());
                    if (site != null && rollout.hasNonNull("percentComplete")) {
                        stamp(site, (int) Math.round(rollout.get("percentComplete").asDouble() * 10), now);
                    }
                }
                long rest = pollMillis - (System.nanoTime() - began) / 1_000_000;
                if (rest > 0) {
                    Thread.sleep(rest);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                lastFailure = "poll: " + e;
            }
        }
    }

    private void stamp(int site, int writesApplied, long now) {
        AtomicLongArray seen = shown.get(site);
        for (int n = Math.min(writesApplied, seen.length()) - 1; n >= 0 && seen.get(n) == 0; n--) {
            seen.set(n, now);
        }
    }

    private void report(long done, int pollMillis) {
        Histogram lag = new Histogram(600_000_000_000L, 3);
        long missing = 0;
        for (int site = 0; site < sites.size(); site++) {
            for (int n = 0; n < acknowledged.get(site).length(); n++) {
                long ack = acknowledged.get(site).get(n);
                long seen = shown.get(site).get(n);
                if (ack == 0) {
                    continue;
                }
                if (seen == 0) {
                    missing++;
                } else {
                    lag.recordValue(Math.max(0, seen - ack));
                }
            }
        }
        System.out.printf(Locale.ROOT, "Projection lag, write acknowledged -> portfolio shows it (%d of %d writes"
                        + " shown, %d not within %d s; resolution one poll, %d ms): p50 %.0f ms, p95 %.0f ms,"
                        + " p99 %.0f ms, max %.0f ms; load average %s%n", lag.getTotalCount(), done, missing,
                SHOWN_WITHIN.toSeconds(), pollMillis, lag.getValueAtPercentile(50) / 1e6,
                lag.getValueAtPercentile(95) / 1e6, lag.getValueAtPercentile(99) / 1e6, lag.getMaxValue() / 1e6,
                LoadBenchmark.loadAverage());
    }

    private long acknowledgedCount() {
        return count(acknowledged);
    }

    private long shownCount() {
        return count(shown);
    }

    private static long count(List<AtomicLongArray> stamps) {
        long count = 0;
        for (AtomicLongArray site : stamps) {
            for (int n = 0; n < site.length(); n++) {
                count += site.get(n) == 0 ? 0 : 1;
            }
        }
        return count;
    }
}
