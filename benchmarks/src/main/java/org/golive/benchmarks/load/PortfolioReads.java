package org.golive.benchmarks.load;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reads the PMO makes of a loaded portfolio, timed: the portfolio filtered, sorted and paged, a page of 500, and
 * a big-plan rollout's status, each straight to tracking and through the gateway (and through a gateway in a JVM of
 * its own when there is one); a wave's comparison on the days-to-go-live axis, straight. The targets take turns
 * request by request, so that whatever else the machine does at a moment (a collection, a flush) falls on each alike
 * and the difference between them is the gateway's. Prints p50/p95/p99/max per read and target.
 */
final class PortfolioReads {

    private PortfolioReads() {
    }

    /**
     * Each read with a fresh token: on a loaded machine a run outlasts a token's five minutes. {@code targets} maps a
     * target's name to the tracking API's base URL through it; the first is straight to tracking.
     *
     * @return how many requests were made, warm-ups included
     */
    static long measure(String identity, Map<String, String> targets, int bigPlans, int requests) {
        String tracking = targets.get("direct");
        Api direct = new Api(tracking, Api.token(identity));
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = direct.get("/portfolio?size=500&sort=siteName&page=" + page).json();
            answer.get("rollouts").forEach(all::add);
            if (answer.get("links").get("next").isNull()) {
                break;
            }
        }
        // The big plans are the first sites loaded: Site 0 to Site bigPlans - 1.
        List<String> status = all.stream().filter(r -> r.hasNonNull("phase"))
                .filter(r -> Integer.parseInt(r.get("siteName").asString().substring(5)) < Math.max(1, bigPlans))
                .map(r -> "/rollouts/" + r.get("rolloutId").asString() + "/status").toList();
        System.out.printf("Measuring over %d rollouts in the portfolio, status of %d rollouts; load average %s%n",
                all.size(), status.size(), LoadBenchmark.loadAverage());
        List<String> portfolio = portfolioReads();
        System.out.println("read | target | requests | p50 ms | p95 ms | p99 ms | max ms");
        long made = measure("portfolio (mixed filters, sorts, pages)", apis(identity, targets), portfolio, requests);
        made += measure("portfolio, page of 500", apis(identity, targets), List.of("/portfolio?size=500&page=0"),
                requests / 4);
        made += measure("status of a big-plan rollout", apis(identity, targets), status, requests);
        // A wave's sites on the days-to-go-live axis (a tenth of the program): per site its planned percent on each
        // T-minus day, past days derived where no point was recorded.
        made += measure("wave comparison, GL-120 to GL+30", Map.of("direct", direct),
                List.of("/waves/wave-3/comparison", "/waves/wave-7/comparison?from=150&to=-30&step=5"),
                Math.max(20, requests / 10));
        System.out.printf("Load average at the end: %s%n", LoadBenchmark.loadAverage());
        return made;
    }

    private static List<String> portfolioReads() {
        LocalDate today = LocalDate.now();
        return List.of("/portfolio",
                "/portfolio?health=RED&health=AMBER&sort=spi&size=50",
                "/portfolio?waveId=wave-3&sort=readinessScore,desc",
                "/portfolio?q=site%207&sort=percentComplete,desc",
                "/portfolio?goLiveFrom=" + today.plusDays(60) + "&goLiveTo=" + today.plusDays(240)
                        + "&sort=health,desc&page=2&size=50",
                "/portfolio?phase=test&sort=daysToGoLive,desc&page=1");
    }

    private static Map<String, Api> apis(String identity, Map<String, String> targets) {
        Map<String, Api> apis = new LinkedHashMap<>();
        targets.forEach((name, base) -> apis.put(name, new Api(base, Api.token(identity))));
        return apis;
    }

    /**
     * A warm-up (a quarter of the requests, at least 20, to each target), then the timed requests round robin over
     * the paths, each path to every target in turn.
     */
    private static long measure(String read, Map<String, Api> targets, List<String> paths, int requests) {
        Map<String, Histogram> histograms = new LinkedHashMap<>();
        targets.keySet().forEach(target -> histograms.put(target, new Histogram(3_600_000_000L, 3)));
        int warmUps = Math.max(20, requests / 4);
        for (int i = 0; i < warmUps; i++) {
            for (Api api : targets.values()) {
                expectOk(api, paths.get(i % paths.size()));
            }
        }
        for (int i = 0; i < requests; i++) {
            for (Map.Entry<String, Api> target : targets.entrySet()) {
                long started = System.nanoTime();
                expectOk(target.getValue(), paths.get(i % paths.size()));
                histograms.get(target.getKey()).recordValue((System.nanoTime() - started) / 1_000);
            }
        }
        histograms.forEach((target, histogram) -> System.out.printf("%s | %s | %d | %.1f | %.1f | %.1f | %.1f%n",
                read, target, requests, histogram.getValueAtPercentile(50) / 1000.0,
                histogram.getValueAtPercentile(95) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                histogram.getMaxValue() / 1000.0));
        return (long) (warmUps + requests) * targets.size();
    }

    private static void expectOk(Api api, String path) {
        Api.Answer answer = api.get(path);
        if (!answer.ok()) {
            throw new IllegalStateException(path + " answered " + answer.status() + " " + answer.body());
        }
    }
}
