package org.golive.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What it costs the embedded MongoDB server to acknowledge a write only once it is durable, against the old
 * background commit: the five ways of committing run side by side in this JVM, each on its own file, and take turns
 * in short slices, round after round, so that a machine shared with other work slows them all alike and the ratios
 * hold even when the absolute figures do not. Small (stakeholder-sized) and 1 MB (a large site plan) documents, one
 * writer (the latency a request pays) and four (writers sharing commits).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.golive.benchmarks.MongoWriteCost [rounds] [slice-ms]</pre>
 */
public final class MongoWriteCost {

    private record Cost(long writes, long nanos) {
        Cost plus(long moreWrites, long moreNanos) {
            return new Cost(writes + moreWrites, nanos + moreNanos);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        long sliceMillis = args.length > 1 ? Long.parseLong(args[1]) : 400;
        System.out.printf("%d rounds of %d ms slices per way of committing; %d processors, load average %.1f%n%n",
                rounds, sliceMillis, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| document | writers | commit | µs per write | writes/s | × background | writes per commit |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (String size : List.of("small", "1MB")) {
            String payload = size.equals("1MB") ? "x".repeat(1 << 20) : "Stakeholder of Northwind General Hospital";
            for (int writers : new int[] {1, 4}) {
                measure(size, payload, writers, rounds, sliceMillis);
            }
        }
    }

    private static void measure(String size, String payload, int writers, int rounds, long sliceMillis)
            throws InterruptedException {
        List<DurableMongo> servers = new ArrayList<>();
        for (DurableMongo.Commit commit : DurableMongo.Commit.values()) {
            servers.add(new DurableMongo(commit));
        }
        try {
            for (DurableMongo server : servers) {
                slice(server, payload, writers, sliceMillis * 2); // warm-up
            }
            Map<DurableMongo.Commit, Cost> costs = new EnumMap<>(DurableMongo.Commit.class);
            Map<DurableMongo.Commit, Long> commitsBefore = new EnumMap<>(DurableMongo.Commit.class);
            servers.forEach(s -> commitsBefore.put(s.commit, s.commits()));
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < servers.size(); i++) {
                    DurableMongo server = servers.get((round + i) % servers.size()); // a different order each round
                    long begin = System.nanoTime();
                    long writes = slice(server, payload, writers, sliceMillis);
                    long took = System.nanoTime() - begin;
                    costs.merge(server.commit, new Cost(writes, took), (a, b) -> a.plus(b.writes, b.nanos));
                }
            }
            double background = micros(costs.get(DurableMongo.Commit.BACKGROUND), writers);
            for (DurableMongo server : servers) {
                Cost cost = costs.get(server.commit);
                long commits = server.commits() - commitsBefore.get(server.commit);
                System.out.printf("| %s | %d | %s | %.0f | %.0f | %.2f | %s |%n", size, writers, server.commit,
                        micros(cost, writers), cost.writes * 1e9 / cost.nanos, micros(cost, writers) / background,
                        commits == 0 ? "-" : String.format("%.2f", (double) cost.writes / commits));
            }
        } finally {
            servers.forEach(DurableMongo::close);
        }
    }

    /** Each writer's time per write: the latency of one acknowledged write. */
    private static double micros(Cost cost, int writers) {
        return cost.nanos / 1000.0 * writers / cost.writes;
    }

    /** {@code writers} threads replace documents on one server for a while; returns how many writes they made. */
    private static long slice(DurableMongo server, String payload, int writers, long millis)
            throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        AtomicLong writes = new AtomicLong();
        CountDownLatch done = new CountDownLatch(writers);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            new Thread(() -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    server.replace(writer, n++, payload);
                }
                writes.addAndGet(n);
                done.countDown();
            }).start();
        }
        done.await();
        return writes.get();
    }
}
