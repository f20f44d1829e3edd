package org.golive.benchmarks.load;

import org.HdrHistogram.Histogram;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The projection-lag benchmark's open-loop writer: one write every {@code 1/rate} seconds, round robin over the
 * sites, whatever the answers' latency. Each site has a lane of its own (one thread), so its writes go one after the
 * other and reach tracking in order, and a site still waiting for its last answer delays only its own next write.
 */
final class LagWriter {

    /** Where the writes go, with a token of its own: set before each period ({@link #to}). */
    private volatile Api planning;
    private final List<String> sites;
    private final int tasks;
    private final int step;
    private final LagStamps stamps;
    private final AtomicInteger[] sent;
    /** Per site and task, the revision planning last answered (a site's writes are sent one at a time). */
    private final int[][] revisions;
    private final Histogram answers = new Histogram(60_000_000_000L, 3);
    private final AtomicLong failures = new AtomicLong();
    private volatile String lastFailure = "";
    private volatile boolean closed;

    LagWriter(List<String> sites, int tasks, LagStamps stamps) {
        this.sites = sites;
        this.tasks = tasks;
        this.step = tasks / 10;
        this.stamps = stamps;
        this.sent = new AtomicInteger[sites.size()];
        this.revisions = new int[sites.size()][tasks];
        for (int i = 0; i < sites.size(); i++) {
            sent[i] = new AtomicInteger();
        }
    }

    /** From now on the writes go to {@code planning} (a fresh token for each period: a token lives five minutes). */
    LagWriter to(Api planning) {
        this.planning = planning;
        return this;
    }

    /** A failure to print with the writes' figures (the poller's too). */
    void failed(String failure) {
        lastFailure = failure;
    }

    /** Issues {@code writes} writes at {@code rate} a second, prints what the stack took, and returns how many. */
    long run(int rate, int writes) throws InterruptedException {
        closed = false;
        answers.reset();
        failures.set(0);
        int sentBefore = sentSoFar();
        ExecutorService[] lanes = new ExecutorService[sites.size()];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = Executors.newSingleThreadExecutor();
        }
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
        long done = stamps.acknowledgedCount();
        System.out.printf(Locale.ROOT, "%d writes acknowledged in %.1f s: %.1f writes/s achieved (asked %d/s, %d"
                        + " left unsent); %d failed%s; answer p50 %.0f ms, p99 %.0f ms; load average %s%n", done,
                writing, done / writing, rate, writes - (sentSoFar() - sentBefore),
                failures.get(), failures.get() == 0 ? "" : " (last: " + lastFailure + ")",
                answers.getValueAtPercentile(50) / 1e6, answers.getValueAtPercentile(99) / 1e6,
                LoadBenchmark.loadAverage());
        return done;
    }

    private int sentSoFar() {
        return Arrays.stream(sent).mapToInt(AtomicInteger::get).sum();
    }

    /** How many writes each site has sent so far (its next write's number): read between runs. */
    int[] sentPerSite() {
        return Arrays.stream(sent).mapToInt(AtomicInteger::get).toArray();
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
                stamps.acknowledged(site, n, end);
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
}
