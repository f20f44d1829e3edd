package org.golive.benchmarks.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's histograms as its {@code /actuator/prometheus} shows them (cumulative buckets), read before and after a
 * measured period: the difference is the period's own distribution, whatever the set-up recorded before it. A
 * percentile is read as the upper bound of the bucket it falls in (Micrometer's buckets are about 10 % apart).
 */
final class ScrapedHistograms {

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{(.*)}\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Per series (the metric name with its labels but {@code le}): bucket bound to cumulative count, sum, count. */
    private final Map<String, TreeMap<Double, Double>> buckets = new LinkedHashMap<>();
    private final Map<String, Double> sums = new LinkedHashMap<>();
    private final Map<String, Double> counts = new LinkedHashMap<>();

    static ScrapedHistograms of(Api service, String... names) {
        return parse(scrape(service), List.of(names));
    }

    /** A service's {@code /actuator/prometheus} text. */
    static String scrape(Api service) {
        Api.Answer answer = service.get("/actuator/prometheus");
        if (!answer.ok()) {
            throw new IllegalStateException("/actuator/prometheus answered " + answer.status());
        }
        return answer.body();
    }

    /** A series' labels, as written between its braces. */
    static Map<String, String> labels(String text) {
        Map<String, String> labels = new TreeMap<>();
        Matcher l = LABEL.matcher(text);
        while (l.find()) {
            labels.put(l.group(1), l.group(2));
        }
        return labels;
    }

    static ScrapedHistograms parse(String text, List<String> names) {
        ScrapedHistograms scraped = new ScrapedHistograms();
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            String metric = m.group(1);
            for (String name : names) {
                if (!metric.startsWith(name + "_")) {
                    continue;
                }
                String suffix = metric.substring(name.length());
                Map<String, String> labels = labels(m.group(2));
                String le = labels.remove("le");
                labels.remove("application");
                String series = name + labels;
                double value = Double.parseDouble(m.group(3));
                switch (suffix) {
                    case "_bucket" -> scraped.buckets.computeIfAbsent(series, s -> new TreeMap<>())
                            .put(le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le), value);
                    case "_sum" -> scraped.sums.put(series, value);
                    case "_count" -> scraped.counts.put(series, value);
                    default -> { }
                }
            }
        }
        return scraped;
    }

    /** One series over the period: how many, the mean, p50, p95, p99 and the largest bucket bound (seconds). */
    record Period(String series, long count, double mean, double p50, double p95, double p99) {

        String row() {
            return String.format(Locale.ROOT, "%-90s %7d  mean %8.1f ms  p50 %8.1f  p95 %8.1f  p99 %8.1f ms", series,
                    count, mean * 1000, p50 * 1000, p95 * 1000, p99 * 1000);
        }
    }

    /** The series whose name contains {@code filter}, from {@code before} to this scrape, in a stable order. */
    List<Period> since(ScrapedHistograms before, String filter) {
        List<Period> periods = new ArrayList<>();
        buckets.forEach((series, now) -> {
            if (!series.contains(filter)) {
                return;
            }
            TreeMap<Double, Double> then = before.buckets.getOrDefault(series, new TreeMap<>());
            TreeMap<Double, Double> delta = new TreeMap<>();
            now.forEach((bound, count) -> delta.put(bound, count - then.getOrDefault(bound, 0.0)));
            double count = counts.getOrDefault(series, 0.0) - before.counts.getOrDefault(series, 0.0);
            double sum = sums.getOrDefault(series, 0.0) - before.sums.getOrDefault(series, 0.0);
            if (count <= 0) {
                return;
            }
            periods.add(new Period(series, Math.round(count), sum / count, percentile(delta, count, 0.50),
                    percentile(delta, count, 0.95), percentile(delta, count, 0.99)));
        });
        periods.sort(Comparator.comparing(Period::series));
        return periods;
    }

    private static double percentile(TreeMap<Double, Double> cumulative, double count, double quantile) {
        double rank = Math.ceil(quantile * count);
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                return bucket.getKey();
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
