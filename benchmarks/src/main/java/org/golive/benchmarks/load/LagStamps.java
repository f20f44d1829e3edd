package org.golive.benchmarks.load;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Per site and write, when planning acknowledged it and when the portfolio first showed it (System.nanoTime; 0 until
 * then), written by the writer's lanes and the poller at once; the lag is the difference.
 */
final class LagStamps {

    private final List<AtomicLongArray> acknowledged = new ArrayList<>();
    private final List<AtomicLongArray> shown = new ArrayList<>();
    /** Per site, its first write of the measured period: those before it (a warm-up) are not counted. */
    private int[] measuredFrom;

    LagStamps(int sites, int writesPerSite) {
        for (int i = 0; i < sites; i++) {
            acknowledged.add(new AtomicLongArray(writesPerSite));
            shown.add(new AtomicLongArray(writesPerSite));
        }
        measuredFrom = new int[sites];
    }

    /** From now on, counts and the report take each site's writes from {@code firstWrites[site]} on. */
    void measureFrom(int[] firstWrites) {
        measuredFrom = firstWrites.clone();
    }

    void acknowledged(int site, int write, long now) {
        acknowledged.get(site).set(write, now);
    }

    /**
     * The site's first {@code writesApplied} writes are shown: a site's writes reach tracking in order, so the ones
     * not stamped yet were shown now.
     */
    void shown(int site, int writesApplied, long now) {
        AtomicLongArray seen = shown.get(site);
        for (int n = Math.min(writesApplied, seen.length()) - 1; n >= 0 && seen.get(n) == 0; n--) {
            seen.set(n, now);
        }
    }

    long acknowledgedCount() {
        return count(acknowledged);
    }

    long shownCount() {
        return count(shown);
    }

    /** The lag's percentiles over the acknowledged writes; a write shown before its acknowledgement counts as 0. */
    void report(long done, int pollMillis, Duration shownWithin) {
        Histogram lag = new Histogram(600_000_000_000L, 3);
        long missing = 0;
        for (int site = 0; site < acknowledged.size(); site++) {
            for (int n = measuredFrom[site]; n < acknowledged.get(site).length(); n++) {
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
                shownWithin.toSeconds(), pollMillis, lag.getValueAtPercentile(50) / 1e6,
                lag.getValueAtPercentile(95) / 1e6, lag.getValueAtPercentile(99) / 1e6, lag.getMaxValue() / 1e6,
                LoadBenchmark.loadAverage());
    }

    private long count(List<AtomicLongArray> stamps) {
        long count = 0;
        for (int site = 0; site < stamps.size(); site++) {
            AtomicLongArray writes = stamps.get(site);
            for (int n = measuredFrom[site]; n < writes.length(); n++) {
                count += writes.get(n) == 0 ? 0 : 1;
            }
        }
        return count;
    }
}
