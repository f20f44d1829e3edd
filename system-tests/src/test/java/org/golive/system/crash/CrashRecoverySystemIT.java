package org.golive.system.crash;

import org.golive.contract.Topics;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.oidc.BrowserSignIn;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Golive as a newcomer runs it ({@code ./golive-local}: one JVM, the embedded MongoDB and Kafka keeping their data
 * on disk), killed with SIGKILL three times while four users write through the gateway, then started again on the
 * same data. Nothing the gateway acknowledged may be lost, no event may describe a change the database does not
 * have, no event sequence may be issued twice, and the read models must come to agree with the write side.
 */
class CrashRecoverySystemIT {

    private static final int CRASHES = 3;
    private static final int WRITES_OF_EACH_KIND_PER_LIFE = 3;
    private static final String STANDARD_TEMPLATE = "/org/golive/planning/template/standard-ehr-rollout.json";

    @Test
    void nothingAcknowledgedIsLostAndNoEventOutlivesItsChangeWhenTheStackIsKilledMidStream(@TempDir Path temp) {
        StackProcess stack = new StackProcess(temp.resolve("data"));
        try {
            Duration firstStart = stack.start();
            CrashWriters.Site site = prepareSite(gateway(stack));
            GoLiveMover mover = new GoLiveMover(gateway(stack), site.programId(), site.goLive());
            CrashWriters writers = new CrashWriters(site, mover);
            List<Duration> restartsAfterAKill = new ArrayList<>();
            List<Duration> catchUpsAfterAKill = new ArrayList<>();
            for (int crash = 1; crash <= CRASHES; crash++) {
                List<Integer> before = writers.byKind();
                int movesBefore = mover.moves();
                CrashWriters.Round round = writers.start(gateway(stack), finance(stack));
                await("every kind of write under way").atMost(Duration.ofMinutes(2)).until(() -> {
                    if (mover.moves() == movesBefore) {
                        return false;
                    }
                    List<Integer> now = writers.byKind();
                    for (int kind = 0; kind < now.size(); kind++) {
                        if (now.get(kind) < before.get(kind) + WRITES_OF_EACH_KIND_PER_LIFE) {
                            return false;
                        }
                    }
                    return true;
                });
                stack.kill();
                round.end();
                restartsAfterAKill.add(stack.start());
                catchUpsAfterAKill.add(untilThePortfolioFollows(stack, writers));
            }

            HttpJson gateway = gateway(stack);
            everyAcknowledgedWriteIsThere(gateway, finance(stack), writers);
            try (StoredAggregates stored = new StoredAggregates(stack.mongoConnectionString())) {
                await("the outbox relays caught up").atMost(Duration.ofMinutes(2)).until(() -> stored.waitingEvents() == 0);
                everyEventDescribesAStoredChangeAndNoSequenceCarriesTwoEvents(stack, stored);
            }
            theGoLiveMovesWereWholeAndTheLastEventSaysWhereThePlanIs(stack, gateway, mover);
            theReadModelsAgreeWithTheWriteSide(gateway, writers);
            assertThat(writers.unexpected).as("answers other than the expected success").isEmpty();

            stack.stop();
            Duration cleanRestart = stack.start();
            Duration cleanCatchUp = untilThePortfolioFollows(stack, writers);
            // Figures for the README, never asserted: they depend on the machine and its load.
            System.out.printf("Crash test: %d acknowledged writes over %d kills. Up after: first start %s, restart"
                            + " after a kill %s, clean restart %s. Then a new rollout in the portfolio after: %s after"
                            + " a kill, %s after the clean restart%n", writers.acknowledged(), CRASHES,
                    seconds(firstStart), seconds(restartsAfterAKill), seconds(cleanRestart),
                    seconds(catchUpsAfterAKill), seconds(cleanCatchUp));
        } finally {
            stack.kill();
        }
    }

    /** How long after the stack is up a new rollout takes to reach the portfolio: the consumers are back at work. */
    private static Duration untilThePortfolioFollows(StackProcess stack, CrashWriters writers) {
        HttpJson gateway = gateway(stack);
        long begin = System.nanoTime();
        String rolloutId = writers.createRollout(gateway);
        assertThat(rolloutId).as("a rollout created right after the start").isNotNull();
        try {
            await("the portfolio following planning").atMost(Duration.ofMinutes(2))
                    .until(() -> gateway.get("/api/tracking/portfolio/rollouts/" + rolloutId).status() == 200);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Rollout " + rolloutId + " not in the portfolio after 2 minutes."
                    + StackDiagnosis.of(stack), e);
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    private static void everyAcknowledgedWriteIsThere(HttpJson gateway, HttpJson finance, CrashWriters writers) {
        assertThat(writers.rollouts.stream().filter(id -> gateway.get("/api/planning/rollouts/" + id).status() != 200))
                .as("acknowledged rollouts that are gone").isEmpty();
        assertThat(writers.stakeholders.stream().filter(id -> gateway.get("/api/stakeholders/" + id).status() != 200))
                .as("acknowledged stakeholders that are gone").isEmpty();
        Map<String, Integer> progressLost = new HashMap<>();
        writers.taskPercent.forEach((taskId, percent) -> {
            int stored = gateway.get("/api/planning/rollouts/" + writers.site().rolloutId() + "/plan/tasks/" + taskId)
                    .json().get("percentComplete").asInt();
            if (stored < percent) {
                progressLost.put(taskId, stored);
            }
        });
        assertThat(progressLost).as("tasks whose acknowledged progress went back (task: percent now)").isEmpty();
        // The same transaction again is answered 200, "recorded before"; a 201 would mean it had been lost.
        assertThat(writers.actuals.stream().filter(transaction -> finance.post("/api/budgets/budgets/"
                        + writers.site().budgetId() + "/actuals", writers.actual(transaction)).status() != 200))
                .as("acknowledged actuals that were gone").isEmpty();
    }

    private static void everyEventDescribesAStoredChangeAndNoSequenceCarriesTwoEvents(StackProcess stack,
                                                                                      StoredAggregates stored) {
        List<PublishedEvents.Event> events = PublishedEvents.read(stack.kafkaBootstrapServers(),
                List.of(Topics.PLANNING, Topics.STAKEHOLDER, Topics.BUDGET));
        assertThat(events).as("events published").isNotEmpty();

        Map<String, Set<String>> idsBySequence = events.stream().collect(Collectors.groupingBy(
                e -> e.source() + " #" + e.sequence(), Collectors.mapping(PublishedEvents.Event::id, Collectors.toSet())));
        assertThat(idsBySequence.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey))
                .as("(source, sequence) pairs carrying different events").isEmpty();

        Map<String, Long> reached = new HashMap<>();
        List<String> withoutTheirChange = new ArrayList<>();
        for (PublishedEvents.Event event : events) {
            long sequence = reached.computeIfAbsent(event.source(), s -> stored.eventSequence(s).orElse(0L));
            if (event.sequence() > sequence) {
                withoutTheirChange.add(event.type() + " " + event.source() + " #" + event.sequence()
                        + " (stored: #" + sequence + ")");
            }
        }
        assertThat(withoutTheirChange).as("events whose change the database does not have").isEmpty();
    }

    /**
     * A kill during a go-live move of a 2,000-task plan leaves every task where the stored go-live puts it (the move
     * is one write), and the last go-live event published for the plan moved it to that date, with every task.
     */
    private static void theGoLiveMovesWereWholeAndTheLastEventSaysWhereThePlanIs(StackProcess stack,
                                                                                 HttpJson gateway, GoLiveMover mover) {
        LocalDate stored = mover.assertWholeMove(gateway);
        PublishedEvents.Event last = PublishedEvents.read(stack.kafkaBootstrapServers(), List.of(Topics.PLANNING))
                .stream().filter(e -> e.source().equals("/planning/rollouts/" + mover.rolloutId())
                        && e.type().endsWith(".go-live.rescheduled.v1"))
                .max(java.util.Comparator.comparingLong(PublishedEvents.Event::sequence)).orElseThrow();
        JsonNode data = tools.jackson.databind.json.JsonMapper.builder().build().readTree(last.data());
        assertThat(data.get("goLiveDate").asString()).as("the last go-live event's date").isEqualTo(stored.toString());
        assertThat(data.get("tasksMoved").size()).as("tasks the last go-live event moved").isEqualTo(GoLiveMover.TASKS);
        assertThat(mover.unexpected).as("go-live moves answered other than 200").isEmpty();
    }

    private static void theReadModelsAgreeWithTheWriteSide(HttpJson gateway, CrashWriters writers) {
        String programId = writers.site().programId();
        await("the portfolio and the budgets cover every rollout").atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            Set<String> planned = ids(gateway.get("/api/planning/programs/" + programId + "/rollouts").json(), "id");
            assertThat(planned).containsAll(writers.rollouts);
            JsonNode portfolio = gateway.get("/api/tracking/portfolio?programId=" + programId).json();
            assertThat(ids(portfolio.get("rollouts"), "rolloutId")).isEqualTo(planned);
            assertThat(planned.stream().filter(id -> gateway.get("/api/budgets/rollouts/" + id).status() != 200))
                    .as("rollouts without a budget").isEmpty();
        });
    }

    private static Set<String> ids(JsonNode list, String field) {
        return StreamSupport.stream(list.spliterator(), false).map(node -> node.get(field).asString())
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** One program, wave and hospital with the standard plan and its go-live budget, for the writers to work on. */
    private static CrashWriters.Site prepareSite(HttpJson gateway) {
        String programId = created(gateway.post("/api/planning/programs", Map.of("name", "Crash program")));
        String waveId = created(gateway.post("/api/planning/programs/" + programId + "/waves", Map.of("name", "Wave 1")));
        String templateId = created(gateway.post("/api/planning/templates", standardTemplate()));
        LocalDate goLive = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).plusWeeks(30);
        String rolloutId = created(gateway.post("/api/planning/programs/" + programId + "/rollouts", Map.of(
                "siteName", "Crash General Hospital", "siteType", "HOSPITAL", "goLiveDate", goLive.toString(),
                "waveId", waveId, "beds", 200, "users", 1500)));
        HttpJson.Reply plan = gateway.post("/api/planning/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        List<String> taskIds = StreamSupport.stream(plan.json().get("tasks").spliterator(), false)
                .filter(task -> !task.get("milestone").asBoolean()).map(task -> task.get("id").asString()).toList();
        String budgetId = await("the site's budget").atMost(Duration.ofMinutes(1))
                .until(() -> gateway.get("/api/budgets/rollouts/" + rolloutId), r -> r.status() == 200)
                .json().get("goLiveBudgetId").asString();
        return new CrashWriters.Site(programId, waveId, rolloutId, budgetId, goLive, taskIds);
    }

    private static String created(HttpJson.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    /** The gateway as the golive-cli script client (PMO_ADMIN), with a token from this life of the stack. */
    private static HttpJson gateway(StackProcess stack) {
        String basic = Base64.getEncoder().encodeToString("golive-cli:golive-cli-secret".getBytes(StandardCharsets.UTF_8));
        HttpJson.Reply token = new HttpJson(stack.identityUrl()).send(HttpRequest.newBuilder(
                        URI.create(stack.identityUrl() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        return new HttpJson(stack.gatewayUrl()).withToken(token.json().get("access_token").asString());
    }

    /** The gateway as the demo user finance, signed in through the web client as a browser does. */
    private static HttpJson finance(StackProcess stack) {
        return new HttpJson(stack.gatewayUrl()).withToken(new BrowserSignIn(stack.identityUrl())
                .accessToken("golive-web", stack.gatewayUrl() + "/login/oauth2/code/golive", "finance", "golive"));
    }

    private static String standardTemplate() {
        try (InputStream in = CrashRecoverySystemIT.class.getResourceAsStream(STANDARD_TEMPLATE)) {
            assertThat(in).as(STANDARD_TEMPLATE + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static String seconds(List<Duration> durations) {
        return durations.stream().map(CrashRecoverySystemIT::seconds).collect(Collectors.joining(", ", "[", "]"));
    }
}
