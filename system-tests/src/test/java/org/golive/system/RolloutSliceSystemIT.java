package org.golive.system;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The foundation's slice, as a user and a BI consumer see it: a program and a site rollout created through the
 * gateway appear in the portfolio with their days to go-live, budget-service has opened a draft budget, and the
 * planning events are on Kafka as schema-valid CloudEvents.
 */
class RolloutSliceSystemIT {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final HttpJson gateway = GoliveStack.gateway();

    @Test
    void aRolloutCreatedThroughTheGatewayReachesThePortfolioTheBudgetAndTheEventStream() {
        try (EventTap bi = EventTap.onTestInfrastructure(Topics.PLANNING, Topics.BUDGET)) {
            HttpJson.Reply program = gateway.post("/api/planning/programs",
                    Map.of("name", "Contoso Regional EHR", "sponsor", "Chief Nursing Officer"));
            assertThat(program.status()).isEqualTo(201);
            String programId = program.json().get("id").asString();
            String waveId = gateway.post("/api/planning/programs/" + programId + "/waves", Map.of("name", "Pilot"))
                    .json().get("id").asString();

            LocalDate goLive = LocalDate.now().plusDays(120);
            // The caller starts a trace of its own (W3C traceparent), as an instrumented client does.
            HttpJson.Reply rollout = gateway.send(HttpRequest.newBuilder(gateway.uri("/api/planning/programs/"
                            + programId + "/rollouts"))
                    .header("Content-Type", "application/json")
                    .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                    .POST(HttpRequest.BodyPublishers.ofString(HttpJson.json(Map.of("siteName",
                            "Contoso Valley Hospital", "siteType", "HOSPITAL", "goLiveDate", goLive.toString(),
                            "waveId", waveId, "beds", 240, "users", 1800)))));
            assertThat(rollout.status()).isEqualTo(201);
            String rolloutId = rollout.json().get("id").asString();

            JsonNode entry = await().atMost(Duration.ofSeconds(60))
                    .until(() -> gateway.get("/api/tracking/portfolio/rollouts/" + rolloutId),
                            r -> r.status() == 200 && !r.json().get("budget").isNull())
                    .json();
            assertThat(entry.get("siteName").asString()).isEqualTo("Contoso Valley Hospital");
            assertThat(entry.get("waveName").asString()).isEqualTo("Pilot");
            assertThat(entry.get("goLiveDate").asString()).isEqualTo(goLive.toString());
            assertThat(entry.get("daysToGoLive").asLong())
                    .isEqualTo(ChronoUnit.DAYS.between(LocalDate.now(java.time.ZoneOffset.UTC), goLive));

            JsonNode portfolio = gateway.get("/api/tracking/portfolio?programId=" + programId).json();
            assertThat(portfolio.get("rollouts").size()).isEqualTo(1);
            assertThat(portfolio.get("programs").get(0).get("rolloutCount").asInt()).isEqualTo(1);

            HttpJson.Reply budgets = gateway.get("/api/budgets/rollouts/" + rolloutId);
            assertThat(budgets.status()).isEqualTo(200);
            JsonNode draft = budgets.json().get("budgets").get(0);
            assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
            assertThat(draft.get("currency").asString()).isEqualTo("USD");

            EventTap.WireEvent created = bi.awaitEvent(e -> rolloutId.equals(e.key())
                    && e.type().equals("org.golive.planning.rollout.created.v1"));
            assertThat(created.topic()).isEqualTo("golive.planning.events");
            assertThat(created.attributes()).containsEntry("specversion", "1.0")
                    .containsEntry("source", "/planning/rollouts/" + rolloutId)
                    .containsEntry("datacontenttype", "application/json")
                    .containsKeys("id", "time", "dataschema", "sequence");
            bi.awaitEvent(e -> rolloutId.equals(e.key()) && e.type().equals("org.golive.budget.budget.opened.v1"));
            bi.awaitEvents(e -> programId.equals(e.key()), 2);
            assertThat(EventTap.schemaViolations(bi.seen())).isEmpty();

            // The PMO's audit trail names who did it and in which request, and what the services did in reaction.
            JsonNode trail = await().atMost(Duration.ofSeconds(60))
                    .until(() -> gateway.get("/api/tracking/audit?rolloutId=" + rolloutId).json(), t -> t.size() >= 2);
            assertThat(trail.findValuesAsString("actor")).containsOnly("golive-cli", "service:budget");
            assertThat(trail.findValuesAsString("requestId")).contains(rollout.header("X-Request-Id"));
            // One trace from the caller through the gateway, planning, Kafka, budget's consumer and its own event.
            assertThat(trail.findValuesAsString("traceId")).containsOnly(TRACE_ID);
        }
    }

    @Test
    void theStakeholderRegisterIsReachableThroughTheGateway() {
        HttpJson.Reply reply = gateway.get("/api/stakeholders/does-not-exist");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }
}
