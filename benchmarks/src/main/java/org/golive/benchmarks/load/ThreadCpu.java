package org.golive.benchmarks.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time of every thread of a process, JVM threads included (the garbage collector runs in "VM Thread" with the
 * serial collector, the JIT in "C1 CompilerThre..."), read from Linux's /proc. Threads are read one by one and
 * grouped by name with their numbers removed (Linux keeps the first 15 characters of a name) only when compared, so a
 * thread that ends between two readings loses its share instead of making its group's figure negative.
 */
final class ThreadCpu {

    private static final double TICK_MS = 10.0; // USER_HZ = 100 on Linux

    private ThreadCpu() {
    }

    /** The threads of several processes; those of every process after the first are named "[pid N] thread". */
    static Map<String, Double> of(List<Long> pids) {
        Map<String, Double> threads = new HashMap<>(of(pids.get(0), ""));
        for (int i = 1; i < pids.size(); i++) {
            threads.putAll(of(pids.get(i), "[" + (i + 1) + ". JVM] "));
        }
        return threads;
    }

    /** Milliseconds of CPU per thread ("id name"), or an empty map where /proc is not readable. */
    static Map<String, Double> of(long pid, String prefix) {
        Map<String, Double> threads = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close).replaceAll("\\d+", "N");
                String[] fields = stat.substring(close + 2).split(" ");
                double ms = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MS;
                threads.put(task.getFileName() + " " + prefix + name, ms);
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return threads;
    }

    /** The groups' CPU between two readings, per request, largest first, as one line. */
    static String perRequest(Map<String, Double> before, Map<String, Double> after, long requests, int top) {
        Map<String, Double> delta = new HashMap<>();
        after.forEach((thread, ms) -> delta.merge(thread.substring(thread.indexOf(' ') + 1),
                ms - before.getOrDefault(thread, 0.0), Double::sum));
        double total = delta.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder line = new StringBuilder();
        delta.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                .forEach(e -> line.append(String.format(Locale.ROOT, "%s%s %.1f ms (%.0f %%)",
                        line.length() == 0 ? "" : "; ", e.getKey(), e.getValue() / Math.max(1, requests),
                        100 * e.getValue() / Math.max(1, total))));
        return line.toString();
    }
}
