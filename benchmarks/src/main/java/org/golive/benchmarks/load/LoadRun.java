package org.golive.benchmarks.load;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one scenario against one target: a warm-up, then a measured window with a fixed number of connections, each
 * sending its next request as soon as the last one answered (a closed model, like {@code wrk -c 8}).
 */
final class LoadRun {

    /** What one run measured. {@code stackCpu} includes the asynchronous work the requests caused (see drain). */
    record Result(String scenario, String target, long requests, long errors, Duration window, Histogram latency,
                  Duration stackCpu, Duration driverCpu, String lastError, String threads) {

        double perSecond() {
            return requests * 1e9 / window.toNanos();
        }

        double percentileMillis(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1000.0;
        }

        double stackCpuMillisPerRequest() {
            return requests == 0 ? 0 : stackCpu.toNanos() / 1e6 / requests;
        }
    }

    /** Records what the stack does during each measured window (a JFR recording), or nothing. */
    interface Recorder {
        void start(String name);

        void stop(String name);
    }

    private final LocalStackProcess stack;
    private final int connections;
    private final Recorder recorder;

    LoadRun(LocalStackProcess stack, int connections, Recorder recorder) {
        this.stack = stack;
        this.connections = connections;
        this.recorder = recorder;
    }

    Result run(Scenario scenario, Target target, String token, Duration warmUp, Duration measured) {
        drive(scenario, target, token, warmUp);
        awaitIdle(stack);
        String name = (scenario.name() + "-" + target.name()).replaceAll("[^A-Za-z0-9]+", "-");
        recorder.start(name);
        Map<String, Double> threadsBefore = ThreadCpu.of(stack.pids());
        Duration cpuBefore = stack.cpu();
        Duration driverBefore = driverCpu();
        Window window = drive(scenario, target, token, measured);
        awaitIdle(stack);
        Duration cpu = stack.cpu().minus(cpuBefore);
        String threads = ThreadCpu.perRequest(threadsBefore, ThreadCpu.of(stack.pids()), window.requests, 8);
        recorder.stop(name);
        return new Result(scenario.name(), target.name(), window.requests, window.errors, window.length,
                window.latency, cpu, driverCpu().minus(driverBefore), window.lastError, threads);
    }

    private record Window(long requests, long errors, Duration length, Histogram latency, String lastError) {
    }

    private Window drive(Scenario scenario, Target target, String token, Duration length) {
        List<Callable<Object>> connectionsWork = new ArrayList<>();
        List<Histogram> histograms = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        String[] lastError = new String[1];
        long begin = System.nanoTime();
        long end = begin + length.toNanos();
        for (int c = 0; c < connections; c++) {
            int connection = c;
            Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
            histograms.add(histogram);
            Api api = new Api("", token);
            SplittableRandom random = new SplittableRandom(31L * connection + scenario.name().hashCode());
            connectionsWork.add(Executors.callable(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        Api.Answer answer = scenario.call(api, target, connection, random);
                        if (!answer.ok()) {
                            errors.incrementAndGet();
                            lastError[0] = answer.status() + " " + answer.body()
                                    .substring(0, Math.min(300, answer.body().length()));
                        }
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        lastError[0] = e.toString();
                    }
                    histogram.recordValue(Math.min((System.nanoTime() - start) / 1000,
                            histogram.getHighestTrackableValue()));
                }
            }));
        }
        // One thread per connection, all driving until the window ends.
        ExecutorService driver = Executors.newFixedThreadPool(connections);
        try {
            driver.invokeAll(connectionsWork);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            driver.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        Histogram all = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
        histograms.forEach(all::add);
        return new Window(all.getTotalCount(), errors.get(), took, all, lastError[0]);
    }

    /**
     * Waits until the stack is idle again (under 10 % of a core for a second, at most 30 s): the relay, Kafka and
     * the consumers finish what the requests set off, and that work is counted with them.
     */
    static void awaitIdle(LocalStackProcess stack) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Duration last = stack.cpu();
        while (System.nanoTime() < deadline) {
            sleep(Duration.ofSeconds(1));
            Duration now = stack.cpu();
            boolean idle = now.minus(last).toMillis() < 100;
            last = now;
            if (idle) {
                return;
            }
        }
    }

    private static Duration driverCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
