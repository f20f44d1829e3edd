package org.golive.system;

import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hostile-input suite: every operation of every service, as its OpenAPI document describes it, × every class of
 * bad input ({@link HostileValues}, {@link HostileBodies}), sent through the gateway with a token allowed to call
 * the operation. No answer may be a 5xx, name a Java type or library, exceed 64 KB as an error, or hang.
 *
 * <p>CI sends a sample of {@value #CI_REQUESTS} requests drawn with a fixed seed; the full run sends all of them
 * (well over 10,000): {@code -Dgolive.hostile.requests=all} (or a number; {@code -Dgolive.hostile.seed=} draws
 * another sample, {@code -Dgolive.hostile.threads=} sets how many send at once, 4 by default). The run's counts are
 * printed.
 */
class HostileInputSystemIT {

    private static final int CI_REQUESTS = 1_000;
    private static final List<String> SERVICES = List.of("planning", "stakeholders", "budgets", "tracking");

    @Test
    void noHostileInputGetsA5xxALeakOrAnOversizeAnswer() throws InterruptedException {
        HostileFixture fixture = HostileFixture.create();
        List<ApiOperation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            JsonNode document = GoliveStack.anonymousGateway().get("/api/" + service + "/v3/api-docs").json();
            operations.addAll(ApiOperation.of(service, document));
        }
        HostileCases generator = new HostileCases(fixture::parameter);
        List<Map.Entry<HostileCase, String>> cases = new ArrayList<>();
        for (ApiOperation operation : operations) {
            generator.of(operation).forEach(hostile -> cases.add(Map.entry(hostile, operation.service())));
        }
        List<Map.Entry<HostileCase, String>> chosen = sample(cases);

        HostileRun run = new HostileRun(GoliveStack.gatewayUrl(), new Tokens()::of);
        ExecutorService senders = Executors.newFixedThreadPool(Integer.getInteger("golive.hostile.threads", 4));
        chosen.forEach(entry -> senders.execute(() -> run.send(entry.getKey(), entry.getValue())));
        senders.shutdown();
        assertThat(senders.awaitTermination(2, TimeUnit.HOURS)).as("every case sent").isTrue();

        System.out.println(run.summary(operations.size()) + "\n  of " + cases.size() + " generated");
        assertThat(operations).as("operations found in the OpenAPI documents").hasSizeGreaterThan(40);
        assertThat(run.failures()).as(run.summary(operations.size())).isEmpty();
        assertThat(run.rateLimited()).as("rate-limited answers (raise the gateway's limits for system tests in"
                + " system-tests/pom.xml); the first: " + run.firstRateLimited()).isZero();
        assertThat(run.notExercised()).as("answers that never reached the operation").isZero();
        assertThat(run.sent()).isEqualTo(chosen.size());
        await().atMost(Duration.ofSeconds(30)).until(() -> GoliveStack.gateway().get("/api/tracking/portfolio")
                .status() == 200);
    }

    private static List<Map.Entry<HostileCase, String>> sample(List<Map.Entry<HostileCase, String>> cases) {
        String requests = System.getProperty("golive.hostile.requests", String.valueOf(CI_REQUESTS));
        if (requests.equals("all")) {
            return cases;
        }
        List<Map.Entry<HostileCase, String>> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, new Random(Long.getLong("golive.hostile.seed", 11)));
        return shuffled.subList(0, Math.min(Integer.parseInt(requests), shuffled.size()));
    }

    /**
     * Tokens live five minutes and the full run takes longer: each is fetched again after two. Budget operations go
     * as finance (approvals, envelopes and decisions are finance's alone; finance may call every budget operation),
     * the others as the golive-cli client (PMO_ADMIN).
     */
    static final class Tokens {

        private final Map<String, String> tokens = new HashMap<>();
        private final Map<String, Instant> fetched = new HashMap<>();

        synchronized String of(String service) {
            String who = service.equals("budgets") ? "finance" : "admin";
            if (!tokens.containsKey(who) || fetched.get(who).isBefore(Instant.now().minus(Duration.ofMinutes(2)))) {
                tokens.put(who, who.equals("finance") ? GoliveStack.financeToken()
                        : GoliveStack.token("golive-cli", "golive-cli-secret"));
                fetched.put(who, Instant.now());
            }
            return tokens.get(who);
        }
    }

    /** A program, wave, rollout with a plan, its budget, a stakeholder and a template of the suite's own. */
    record HostileFixture(Map<String, String> values) {

        static HostileFixture create() {
            HttpJson admin = GoliveStack.gateway();
            String programId = id(admin.post("/api/planning/programs", Map.of("name", "Hostile input")));
            String waveId = id(admin.post("/api/planning/programs/" + programId + "/waves", Map.of("name", "Hostile")));
            String rolloutId = id(admin.post("/api/planning/programs/" + programId + "/rollouts", Map.of(
                    "siteName", "Hostile Hospital", "siteType", "HOSPITAL",
                    "goLiveDate", GoLiveDates.mondayWeeksAhead(38).toString(),
                    "waveId", waveId, "beds", 120, "users", 900)));
            HttpJson.Reply templates = admin.get("/api/planning/templates");
            assertThat(templates.status()).as(templates.body()).isEqualTo(200);
            String templateId = null;
            for (JsonNode template : templates.json()) {
                if (template.path("name").asString("").equals("Standard EHR site rollout")) {
                    templateId = template.get("id").asString();
                }
            }
            assertThat(templateId).as("the demo's standard template among " + templates.body()).isNotNull();
            HttpJson.Reply planned = admin.post("/api/planning/rollouts/" + rolloutId + "/plan",
                    Map.of("templateId", templateId));
            assertThat(planned.status()).as(planned.body()).isEqualTo(201);
            String taskId = admin.get("/api/planning/rollouts/" + rolloutId + "/plan").json()
                    .path("tasks").path(0).path("id").asString("none");
            String ownTemplateId = admin.post("/api/planning/templates", Map.of("name", "Hostile template",
                            "content", Map.of("tasks", List.of(Map.of("id", "t1", "title", "T1", "durationDays", 1)))))
                    .json().path("id").asString(templateId);
            admin.post("/api/planning/rollouts/" + rolloutId + "/plan/baselines", Map.of("name", "hostile-baseline"));
            // The register links only rollouts planning has announced to it (an event away): a 404 until then.
            await().atMost(Duration.ofSeconds(60)).until(() -> admin.get("/api/stakeholders?rolloutId=" + rolloutId)
                    .status() == 200);
            String stakeholderId = id(admin.post("/api/stakeholders", Map.of("name", "Hostile Stakeholder",
                    "roleGroup", "CLINICAL", "rolloutIds", List.of(rolloutId))));
            String budgetId = await().atMost(Duration.ofSeconds(30)).until(
                    () -> admin.get("/api/budgets/rollouts/" + rolloutId),
                    reply -> reply.status() == 200 && reply.json().hasNonNull("goLiveBudgetId"))
                    .json().get("goLiveBudgetId").asString();
            return new HostileFixture(Map.ofEntries(Map.entry("programId", programId), Map.entry("waveId", waveId),
                    Map.entry("rolloutId", rolloutId), Map.entry("templateId", ownTemplateId),
                    Map.entry("taskId", taskId), Map.entry("stakeholderId", stakeholderId),
                    Map.entry("budgetId", budgetId), Map.entry("fiscalYear", "2027"),
                    Map.entry("name", "hostile-baseline"), Map.entry("requestId", "none"), Map.entry("number", "1")));
        }

        /** The id of what a create made; a refused create fails the test with its answer. */
        private static String id(HttpJson.Reply created) {
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            return created.json().get("id").asString();
        }

        String parameter(String name) {
            return values.getOrDefault(name, "1");
        }
    }
}
