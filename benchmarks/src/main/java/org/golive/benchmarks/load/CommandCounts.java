package org.golive.benchmarks.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MongoDB commands each service sent over a measured period, by collection and command, from the driver's own
 * timers ({@code mongodb_driver_commands_seconds}, Micrometer's command listener) read before and after it: what one
 * write sets off in round trips, and what they waited for. Read it beside the embedded server's CPU per write.
 */
final class CommandCounts {

    private static final String METRIC = "mongodb_driver_commands_seconds";
    private static final Pattern LINE = Pattern.compile("^" + METRIC + "(_count|_sum)\\{(.*)}\\s+(\\S+)");

    /** Per "service collection command": count and seconds. */
    private final Map<String, double[]> series = new LinkedHashMap<>();

    /** Reads the services' timers as they stand. */
    static CommandCounts of(Map<String, Api> services) {
        CommandCounts counts = new CommandCounts();
        services.forEach((name, service) -> counts.add(name, ScrapedHistograms.scrape(service)));
        return counts;
    }

    void add(String service, String prometheusText) {
        for (String line : prometheusText.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            Map<String, String> labels = ScrapedHistograms.labels(m.group(2));
            String key = service + " " + labels.getOrDefault("collection", "?") + " "
                    + labels.getOrDefault("command", "?")
                    + ("SUCCESS".equals(labels.get("status")) ? "" : " (" + labels.get("status") + ")");
            double[] value = series.computeIfAbsent(key, k -> new double[2]);
            value[m.group(1).equals("_count") ? 0 : 1] += Double.parseDouble(m.group(3));
        }
    }

    /** One line per series that moved since {@code before}, most commands first: per write, and the mean wait. */
    List<String> since(CommandCounts before, long writes) {
        List<Map.Entry<String, double[]>> moved = new ArrayList<>();
        double total = 0;
        for (Map.Entry<String, double[]> entry : series.entrySet()) {
            double[] then = before.series.getOrDefault(entry.getKey(), new double[2]);
            double count = entry.getValue()[0] - then[0];
            if (count > 0) {
                moved.add(Map.entry(entry.getKey(), new double[]{count, entry.getValue()[1] - then[1]}));
                total += count;
            }
        }
        moved.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "MongoDB commands over the measured period: %.1f per write (%,d in all)",
                total / writes, Math.round(total)));
        for (Map.Entry<String, double[]> entry : moved) {
            double count = entry.getValue()[0];
            lines.add(String.format(Locale.ROOT, "  %-60s %6.2f per write  %,9d  mean %6.2f ms", entry.getKey(),
                    count / writes, Math.round(count), entry.getValue()[1] * 1000 / count));
        }
        return lines;
    }
}
