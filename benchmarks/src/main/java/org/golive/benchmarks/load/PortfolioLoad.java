package org.golive.benchmarks.load;

import tools.jackson.databind.JsonNode;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.golive.benchmarks.load.StackFootprint.megabytes;
import static org.golive.benchmarks.load.StackFootprint.residentMegabytes;

/**
 * Loads the portfolio through planning's topic batch by batch, each batch once the one before is projected, and
 * prints each batch's rate, the stack's CPU, resident memory and data directory's size: how loading holds up as the
 * read models grow. Stops early, measuring what is there, when the stack projects slower than the limit allows.
 */
final class PortfolioLoad {

    private final LocalStackProcess stack;
    private final Path data;

    PortfolioLoad(LocalStackProcess stack, Path data) {
        this.stack = stack;
        this.data = data;
    }

    void run(PortfolioEvents loading, int rollouts, int batch, Duration limit) {
        Instant began = Instant.now();
        Duration cpuAtStart = stack.cpu();
        long projected = 0;
        Instant deadline = began.plus(limit);
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

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
