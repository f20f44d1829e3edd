package org.golive.benchmarks;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * CPU time per operation, beside JMH's wall-clock score: {@code cpu.worker} is the benchmark threads' own CPU time,
 * {@code cpu.process} the whole JVM's (the collector and the compiler included). On a machine shared with other
 * builds the wall clock counts the time the benchmark waited for a core; CPU time does not, so comparisons made
 * under load use it ({@code -prof org.golive.benchmarks.CpuTimeProfiler}).
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean system =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long workerStart;
    private long processStart;

    @Override
    public String getDescription() {
        return "CPU time per operation: the benchmark threads' and the whole JVM's";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        workerStart = workerCpu();
        processStart = system.getProcessCpuTime();
    }

    @Override
    public List<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
                                                 IterationResult result) {
        long worker = workerCpu() - workerStart;
        long process = system.getProcessCpuTime() - processStart;
        long ops = result.getMetadata().getAllOps();
        if (ops == 0) {
            return List.of();
        }
        return List.of(
                new ScalarResult("cpu.worker", worker / 1e6 / ops, "ms/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.process", process / 1e6 / ops, "ms/op", AggregationPolicy.AVG));
    }

    /** The CPU time of JMH's worker threads, which run the benchmark method and nothing else. */
    private long workerCpu() {
        long total = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("jmh-worker")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }
}
