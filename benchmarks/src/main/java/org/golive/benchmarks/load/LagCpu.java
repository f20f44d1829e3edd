package org.golive.benchmarks.load;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The stack's CPU over a benchmark's measured period, per operation, in all and by thread (from Linux's /proc, each
 * thread under its Java name from a thread dump): a figure that compares builds even when the latency itself is the
 * machine's noise. For the projection lag the period is read from before its first write until the stack is idle
 * after its last write was shown, so the work each write set off (relay, listeners, judgement) is in it.
 */
final class LagCpu {

    private static final int THREADS_SHOWN = 14;

    private final LocalStackProcess stack;
    private final UnaryOperator<String> rename;
    private final Map<String, String> names = new HashMap<>();
    private Map<String, Double> before;
    private Duration cpuBefore;

    /** @param rename applied to each thread's name (e.g. a port number made its service's name) */
    LagCpu(LocalStackProcess stack, UnaryOperator<String> rename) {
        this.stack = stack;
        this.rename = rename;
    }

    /** Reads the threads' CPU as it stands: just before the measured period, with the stack idle. */
    void start() {
        names.putAll(ThreadCpu.javaNames(stack.pid())); // before the reading: the dump's own CPU is not counted
        before = ThreadCpu.of(stack.pids());
        cpuBefore = stack.cpu();
    }

    /** Waits until the stack is idle, then prints the period's CPU per write. */
    void report(long writes) {
        LoadRun.awaitIdle(stack);
        report("the measured period until idle", "write acknowledged", writes);
    }

    /** Prints the CPU since {@link #start()} per {@code unit}, {@code count} of them in the period. */
    void report(String period, String unit, long count) {
        Duration cpu = stack.cpu().minus(cpuBefore);
        Map<String, Double> after = ThreadCpu.of(stack.pids());
        names.putAll(ThreadCpu.javaNames(stack.pid()));
        System.out.printf(Locale.ROOT, "Stack CPU over %s: %.1f s, %.2f ms per %s (%d); load average %s%n", period,
                cpu.toNanos() / 1e9, cpu.toNanos() / 1e6 / Math.max(1, count), unit, count,
                LoadBenchmark.loadAverage());
        System.out.printf("  by thread, per %s (share of the stack's CPU):%n", unit);
        for (String thread : ThreadCpu.perRequest(ThreadCpu.named(before, names, rename),
                ThreadCpu.named(after, names, rename), count, THREADS_SHOWN).split("; ")) {
            System.out.println("    " + thread);
        }
    }
}
