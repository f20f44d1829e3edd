package org.golive.system;

import org.golive.localstack.Service;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operations watch (README, Operations): after some traffic every service's {@code /actuator/prometheus} shows
 * the outbox's backlog (back to 0 once a write is relayed), its oldest wait, the wait histogram, relay failures,
 * consumer lag per group, dead letters and per-route latency histograms; the gateway shows its per-route histogram and
 * its rate-limit rejections. The alert rules and the Grafana dashboard in {@code deploy/observability} name only
 * metrics found here.
 */
class OperationsMetricsSystemIT {

    private static final Path OBSERVABILITY = Path.of("..", "deploy", "observability");
    private static final String[] EVERY_SERVICE = {"golive_outbox_backlog", "golive_outbox_oldest_age_seconds",
            "golive_outbox_wait_seconds_bucket", "golive_outbox_failures_total", "golive_outbox_parked_current",
            "http_server_requests_seconds_bucket"};

    private static final Map<String, Scrape> SCRAPES = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void trafficThenScrape() {
        HttpJson gateway = GoliveStack.gateway();
        HttpJson.Reply program = gateway.post("/api/planning/programs", Map.of("name", "Metrics Regional EHR"));
        assertThat(program.status()).isEqualTo(201);
        assertThat(gateway.get("/api/tracking/portfolio").status()).isEqualTo(200);

        HttpJson admin = GoliveStack.aroundTheGateway(Service.PLANNING).withToken(adminToken());
        // The program's event was relayed: the wait was recorded and nothing of planning's waits any more.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Scrape planning = new Scrape(admin.get("/actuator/prometheus").body());
            return planning.value("golive_outbox_backlog", "") == 0 && planning.value("golive_outbox_wait_seconds_count",
                    "") >= 1;
        });
        for (Service service : Service.values()) {
            HttpJson direct = GoliveStack.aroundTheGateway(service).withToken(adminToken());
            direct.get("/actuator/prometheus"); // a request each service has surely answered, for its histogram
            HttpJson.Reply scrape = direct.get("/actuator/prometheus");
            assertThat(scrape.status()).as(service.id()).isEqualTo(200);
            SCRAPES.put(service.id(), new Scrape(scrape.body()));
        }
        SCRAPES.put("gateway", new Scrape(gateway.get("/actuator/prometheus").body()));
    }

    private static String adminToken() {
        return GoliveStack.token("golive-cli", "golive-cli-secret");
    }

    @Test
    void everyServiceShowsItsOutboxRequestsAndDeadLetters() {
        for (Service service : Service.values()) {
            Scrape scrape = SCRAPES.get(service.id());
            assertThat(scrape.names()).as(service.id()).contains(EVERY_SERVICE);
            assertThat(scrape.value("golive_outbox_oldest_age_seconds", "")).as(service.id()).isGreaterThanOrEqualTo(0);
            assertThat(scrape.value("golive_outbox_failures_total", "")).as(service.id()).isGreaterThanOrEqualTo(0);
            assertThat(scrape.lines("http_server_requests_seconds_bucket")).as(service.id())
                    .anyMatch(line -> line.contains("uri=\"/actuator/prometheus\""));
        }
        Scrape planning = SCRAPES.get("planning");
        assertThat(planning.value("golive_outbox_backlog", "")).isZero();
        assertThat(planning.value("golive_outbox_published_total", "")).isPositive();
        assertThat(planning.lines("http_server_requests_seconds_bucket"))
                .anyMatch(line -> line.contains("uri=\"/programs\"") && line.contains("status=\"201\""));
    }

    @Test
    void consumersShowTheirLagByGroupAndTheirDeadLetters() {
        List<String> consumers = new ArrayList<>();
        for (Service service : Service.values()) {
            Scrape scrape = SCRAPES.get(service.id());
            if (!scrape.names().contains("kafka_consumer_fetch_manager_records_lag_max")) {
                continue;
            }
            consumers.add(service.id());
            assertThat(scrape.lines("kafka_consumer_fetch_manager_records_lag_max")).as(service.id())
                    .allMatch(line -> line.contains("group=\"golive-" + service.id() + "\""));
            assertThat(scrape.value("golive_consumer_dead_letters_total", "topic=\"golive." + service.id() + ".dlt\""))
                    .as(service.id()).isGreaterThanOrEqualTo(0);
        }
        assertThat(consumers).contains("tracking", "stakeholder", "budget");
    }

    @Test
    void theProjectionLagShowsByStageInTheRelayAndInTracking() {
        HttpJson tracking = GoliveStack.aroundTheGateway(Service.TRACKING).withToken(adminToken());
        // The program's event reached tracking's portfolio: its age at each stage, from the write that raised it.
        await().atMost(Duration.ofSeconds(30)).until(() -> new Scrape(tracking.get("/actuator/prometheus").body())
                .lines("golive_tracking_event_age_seconds_count").stream()
                .anyMatch(line -> line.contains("stage=\"applied\"") && line.contains("golive.planning.events")));
        Scrape scrape = new Scrape(tracking.get("/actuator/prometheus").body());
        for (String stage : List.of("published", "received", "written", "applied")) {
            assertThat(scrape.lines("golive_tracking_event_age_seconds_bucket")).as(stage)
                    .anyMatch(line -> line.contains("stage=\"" + stage + "\""));
        }
        Scrape planning = SCRAPES.get("planning");
        assertThat(planning.value("golive_outbox_round_seconds_count", "")).isPositive();
        assertThat(planning.value("golive_outbox_transaction_seconds_count", "")).isPositive();
    }

    @Test
    void theGatewayShowsLatencyPerRouteAndRateLimitRejections() {
        Scrape gateway = SCRAPES.get("gateway");

        assertThat(gateway.lines("spring_cloud_gateway_requests_seconds_bucket"))
                .anyMatch(line -> line.contains("routeId=\"planning\""))
                .anyMatch(line -> line.contains("routeId=\"tracking\""));
        assertThat(gateway.value("golive_gateway_rate_limited_total", "limit=\"caller\"")).isGreaterThanOrEqualTo(0);
        assertThat(gateway.value("golive_gateway_rate_limited_total", "limit=\"address\"")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theAlertRulesAndTheDashboardNameOnlyMetricsTheStackExposes() throws IOException {
        Set<String> exposed = new HashSet<>();
        SCRAPES.values().forEach(scrape -> exposed.addAll(scrape.names()));

        JsonNode rules = YAMLMapper.builder().build().readTree(Files.readString(OBSERVABILITY.resolve("alerts.yml")));
        Set<String> alerts = new TreeSet<>();
        for (JsonNode group : rules.get("groups")) {
            for (JsonNode rule : group.get("rules")) {
                String alert = rule.get("alert").asString();
                alerts.add(alert);
                assertThat(PromQl.metricNames(rule.get("expr").asString())).as(alert).isNotEmpty()
                        .allSatisfy(name -> assertThat(exposed).as(alert).contains(name));
                assertThat(readme()).as("runbook of " + alert).contains("#### " + alert);
            }
        }
        assertThat(alerts).contains("GoliveOutboxSlow", "GoliveOutboxStuck", "GoliveRelayFailing", "GoliveConsumerLag",
                "GoliveDeadLetters", "GoliveServerErrors");

        JsonNode dashboard = JsonMapper.builder().build()
                .readTree(Files.readString(OBSERVABILITY.resolve("grafana-dashboard.json")));
        assertThat(dashboard.get("panels").size()).isPositive();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                assertThat(PromQl.metricNames(target.get("expr").asString())).as(panel.get("title").asString())
                        .isNotEmpty().allSatisfy(name -> assertThat(exposed).contains(name));
            }
        }
    }

    private static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"));
    }

    /** One scrape in Prometheus' text format: sample lines by metric name. */
    record Scrape(String text) {

        Set<String> names() {
            Set<String> names = new HashSet<>();
            text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> names.add(name(line)));
            return names;
        }

        List<String> lines(String name) {
            return text.lines().filter(line -> !line.startsWith("#") && name(line).equals(name)).toList();
        }

        /** The sum of the samples of {@code name} whose labels contain {@code labels} (NaN as 0). */
        double value(String name, String labels) {
            List<String> samples = lines(name).stream().filter(line -> line.contains(labels)).toList();
            assertThat(samples).as(name + " " + labels).isNotEmpty();
            return samples.stream().mapToDouble(line -> {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                return Double.isNaN(value) ? 0 : value;
            }).sum();
        }

        private static String name(String line) {
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            return line.substring(0, end);
        }
    }
}
