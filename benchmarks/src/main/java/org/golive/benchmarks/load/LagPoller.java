package org.golive.benchmarks.load;

import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the program's portfolio straight from tracking every {@code pollMillis}, and stamps every write it shows for
 * the first time: a site's percent complete times ten counts its writes applied (see {@link ProjectionLagBenchmark}).
 */
final class LagPoller {

    private final Api tracking;
    private final String programId;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final LagStamps stamps;
    /** Where a failed read is told (the writer's last failure, printed with its figures). */
    private final Consumer<String> failure;

    LagPoller(Api tracking, String programId, List<String> sites, LagStamps stamps, Consumer<String> failure) {
        this.tracking = tracking;
        this.programId = programId;
        this.stamps = stamps;
        this.failure = failure;
        for (int i = 0; i < sites.size(); i++) {
            index.put(sites.get(i), i);
        }
    }

    /** Polls on a daemon thread until it is interrupted. */
    Thread start(int pollMillis) {
        Thread reader = new Thread(() -> poll(pollMillis), "portfolio-poller");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private void poll(int pollMillis) {
        while (!Thread.currentThread().isInterrupted()) {
            long began = System.nanoTime();
            try {
                JsonNode page = tracking.expect("GET", "/portfolio?programId=" + programId + "&size=500", null);
                long now = System.nanoTime();
                for (JsonNode rollout : page.get("rollouts")) {
                    Integer site = index.get(rollout.get("rolloutId").asString());
                    if (site != null && rollout.hasNonNull("percentComplete")) {
                        stamps.shown(site, (int) Math.round(rollout.get("percentComplete").asDouble() * 10), now);
                    }
                }
                long rest = pollMillis - (System.nanoTime() - began) / 1_000_000;
                if (rest > 0) {
                    Thread.sleep(rest);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                failure.accept("poll: " + e);
            }
        }
    }
}
