package org.golive.benchmarks.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A line of {@code jcmd PID Thread.print}: the thread's Java name and its Linux id (hex before JDK 19). */
    private static final Pattern DUMPED = Pattern.compile("^\"(.*)\" .*\\bnid=(0x[0-9a-fA-F]+|\\d+)",
            Pattern.MULTILINE);

    /**
     * The JVM's own names of its threads by Linux thread id, from a thread dump: Linux keeps 15 characters of a name
     * ("tracking-planni"), too few to tell a service's listeners apart. Empty where the dump fails.
     */
    static Map<String, String> javaNames(long pid) {
        Map<String, String> names = new HashMap<>();
        try {
            Matcher line = DUMPED.matcher(LoadBenchmark.jcmd(pid, "Thread.print"));
            while (line.find()) {
                String nid = line.group(2);
                long id = nid.startsWith("0x") ? Long.parseLong(nid.substring(2), 16) : Long.parseLong(nid);
                names.put(Long.toString(id), line.group(1));
            }
        } catch (RuntimeException e) {
            return Map.of();
        }
        return names;
    }

    /**
     * The readings with each thread's Java name where {@code names} has it (a trailing number, a pool's index, made
     * "N"), each name passed through {@code rename} (e.g. a port made its service's name).
     */
    static Map<String, Double> named(Map<String, Double> threads, Map<String, String> names,
                                     UnaryOperator<String> rename) {
        Map<String, Double> named = new HashMap<>();
        threads.forEach((thread, ms) -> {
            String id = thread.substring(0, thread.indexOf(' '));
            String name = names.containsKey(id) ? names.get(id).replaceAll("\\d+$", "N")
                    : thread.substring(thread.indexOf(' ') + 1);
            named.put(id + " " + rename.apply(name), ms);
        });
        return named;
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
