package org.golive.budget;

import org.golive.contract.planning.RolloutCreated;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A site budget from lines to approval inside (or, by a recorded override, past) its program's envelope. */
class BudgetApprovalIT extends BudgetServiceHarness {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    HttpJson finance;
    HttpJson pm;

    @BeforeEach
    void clients() {
        HttpJson service = new HttpJson("http://localhost:" + port);
        finance = service.withToken(TestTokens.forRoles("finance", "FINANCE"));
        pm = service.withToken(TestTokens.forRoles("pm.lake", "PROJECT_MANAGER"));
    }

    /** A rollout going live 15 Aug 2027: its budget is FY2028 (July 2027 to June 2028). */
    private String budgetOfNewSite(String programId) {
        String rolloutId = UUID.randomUUID().toString();
        planning.send(rolloutId, TestEvents.event(new RolloutCreated(rolloutId, programId, "Program", null, null,
                "Site " + rolloutId.substring(0, 6), "HOSPITAL", LocalDate.of(2027, 8, 15), 120, 800, "pm.lake",
                List.of(), Instant.now()), "/planning/rollouts/" + rolloutId, 1, rolloutId));
        await().atMost(Duration.ofSeconds(30)).until(() -> finance.get("/rollouts/" + rolloutId).status() == 200);
        return finance.get("/rollouts/" + rolloutId).json().get("goLiveBudgetId").asString();
    }

    private static Map<String, Object> line(String category, String month, String amount) {
        return Map.of("category", category, "description", category.toLowerCase(),
                "months", List.of(Map.of("month", month, "amount", amount)));
    }

    private JsonNode planAndSubmit(String budgetId, List<Map<String, Object>> lines) {
        var planned = pm.put("/budgets/" + budgetId + "/lines", Map.of("lines", lines, "version", 0));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        var submitted = pm.post("/budgets/" + budgetId + "/submit", Map.of("version", 1));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return submitted.json();
    }

    @Test
    void financeApprovesInsideTheEnvelopeIsRefusedPastItAndMayOverrideWithAReason() {
        String programId = "p-" + UUID.randomUUID();
        String first = budgetOfNewSite(programId);
        String second = budgetOfNewSite(programId);
        var envelope = finance.put("/programs/" + programId + "/envelopes/2028", Map.of("amount", "500000.00"));
        assertThat(envelope.status()).as(envelope.body()).isEqualTo(200);

        JsonNode submitted = planAndSubmit(first, List.of(line("TRAINING", "2027-09", "120000.00"),
                line("INTERFACES", "2027-08", "200000.00")));
        assertThat(submitted.get("total").get("amount").asString()).isEqualTo("320000.00");
        assertThat(submitted.get("lines").get(1).get("kind").asString()).as("the category's usual kind")
                .isEqualTo("CAPEX");

        assertThat(pm.post("/budgets/" + first + "/approve", Map.of("version", 2)).status())
                .as("a project manager cannot approve").isEqualTo(403);
        var approved = finance.post("/budgets/" + first + "/approve", Map.of("version", 2));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(finance.get("/programs/" + programId + "/envelopes/2028").json().get("remaining").get("amount")
                .asString()).isEqualTo("180000.00");

        planAndSubmit(second, List.of(line("GO_LIVE_SUPPORT", "2027-08", "250000.00")));
        var refused = finance.post("/budgets/" + second + "/approve", Map.of("version", 2));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get("envelope").asString()).contains("by USD 70000.00");
        assertThat(finance.get("/budgets/" + second).json().get("status").asString()).isEqualTo("SUBMITTED");

        var overridden = finance.post("/budgets/" + second + "/approve", Map.of("version", 2,
                "overrideReason", "Board approved extra go-live support on 20 Nov"));
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(200);
        assertThat(overridden.json().get("approval").get("envelopeOverridden").asBoolean()).isTrue();
        assertThat(finance.get("/programs/" + programId + "/envelopes/2028").json().get("remaining").get("amount")
                .asString()).isEqualTo("-70000.00");

        JsonNode override = JSON.readTree(budgetEvents.awaitEvent(e -> e.type().endsWith(".budget.approved.v1")
                && e.data().contains(second)).data());
        assertThat(override.get("overrideReason").asString()).startsWith("Board approved");
        assertThat(override.get("envelopeRemaining").asString()).isEqualTo("-70000.00");
        assertThat(EventTap.schemaViolations(budgetEvents.seen())).isEmpty();
        assertThat(budgetEvents.seen()).extracting(EventTap.WireEvent::type)
                .contains("org.golive.budget.envelope.set.v1", "org.golive.budget.budget.submitted.v1");
    }

    @Test
    void badLinesAreRefusedWithTheFieldNamedAndAnApprovedBudgetNoLongerChanges() {
        String programId = "p-" + UUID.randomUUID();
        String budgetId = budgetOfNewSite(programId);
        String lines = "/budgets/" + budgetId + "/lines";

        var tooPrecise = pm.put(lines, Map.of("version", 0, "lines", List.of(line("TRAINING", "2027-09", "12.345"))));
        assertThat(tooPrecise.status()).isEqualTo(422);
        assertThat(tooPrecise.json().get("errors").has("lines[0].months[0].amount")).isTrue();
        var negative = pm.put(lines, Map.of("version", 0, "lines", List.of(line("TRAINING", "2027-09", "-5.00"))));
        assertThat(negative.status()).isEqualTo(422);
        var otherYear = pm.put(lines, Map.of("version", 0, "lines", List.of(line("TRAINING", "2026-09", "5.00"))));
        assertThat(otherYear.status()).isEqualTo(422);
        assertThat(otherYear.json().get("errors").get("lines[0].months[0].month").asString()).contains("FY2028",
                "outside");
        var unknownCategory = pm.put(lines, Map.of("version", 0, "lines", List.of(line("SNACKS", "2027-09", "5.00"))));
        assertThat(unknownCategory.status()).isEqualTo(400);
        var malformed = pm.put(lines, Map.of("version", 0, "lines", List.of(line("TRAINING", "2027-09", "abc"))));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(pm.put(lines, Map.of("version", 0, "lines", List.of())).status()).isEqualTo(200);
        assertThat(pm.post("/budgets/" + budgetId + "/submit", Map.of("version", 1)).status())
                .as("nothing to submit").isEqualTo(422);

        assertThat(pm.put(lines, Map.of("version", 1, "lines", List.of(line("TRAINING", "2027-09", "5.00"))))
                .status()).isEqualTo(200);
        assertThat(pm.put(lines, Map.of("version", 1, "lines", List.of(line("TRAINING", "2027-09", "6.00"))))
                .status()).as("a stale version").isEqualTo(409);
        finance.put("/programs/" + programId + "/envelopes/2028", Map.of("amount", "100.00"));
        pm.post("/budgets/" + budgetId + "/submit", Map.of("version", 2));
        assertThat(finance.post("/budgets/" + budgetId + "/approve", Map.of("version", 3)).status()).isEqualTo(200);
        var afterApproval = pm.put(lines, Map.of("version", 4, "lines", List.of(line("TRAINING", "2027-09", "9.00"))));
        assertThat(afterApproval.status()).isEqualTo(409);
        assertThat(afterApproval.json().get("detail").asString()).contains("change requests");

        HttpJson otherPm = as("pm.north", "PROJECT_MANAGER");
        assertThat(otherPm.put(lines, Map.of("version", 4, "lines", List.of())).status()).isEqualTo(403);
    }

    @Test
    void anApprovedBudgetChangesByRequestsThatFinanceDecidesInsideTheEnvelopeAndTheHistoryIsKept() {
        String programId = "p-" + UUID.randomUUID();
        String budgetId = budgetOfNewSite(programId);
        finance.put("/programs/" + programId + "/envelopes/2028", Map.of("amount", "400000.00"));
        JsonNode submitted = planAndSubmit(budgetId, List.of(line("TRAINING", "2027-09", "320000.00")));
        String trainingLine = submitted.get("lines").get(0).get("lineId").asString();
        finance.post("/budgets/" + budgetId + "/approve", Map.of("version", 2));
        String requests = "/budgets/" + budgetId + "/change-requests";

        var more = pm.post(requests, Map.of("lineId", trainingLine, "month", "2027-09", "amount", "50000.00",
                "justification", "Night-shift sessions were not planned", "version", 3));
        assertThat(more.status()).as(more.body()).isEqualTo(201);
        assertThat(pm.post(requests + "/cr-1/decision", Map.of("approve", true, "version", 4)).status())
                .as("only finance decides").isEqualTo(403);
        var approved = finance.post(requests + "/cr-1/decision", Map.of("approve", true, "note", "From contingency",
                "version", 4));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("total").get("amount").asString()).isEqualTo("370000.00");

        pm.post(requests, Map.of("category", "GO_LIVE_SUPPORT", "month", "2027-08", "amount", "60000.00",
                "justification", "At-the-elbow support for two more units", "version", 5));
        var pastEnvelope = finance.post(requests + "/cr-2/decision", Map.of("approve", true, "version", 6));
        assertThat(pastEnvelope.status()).isEqualTo(422);
        assertThat(pastEnvelope.json().get("errors").get("envelope").asString()).contains("by USD 30000.00");
        assertThat(finance.get("/budgets/" + budgetId).json().get("total").get("amount").asString())
                .as("nothing half-applied").isEqualTo("370000.00");
        var overridden = finance.post(requests + "/cr-2/decision", Map.of("approve", true, "version", 6,
                "overrideReason", "Steering committee, 3 March"));
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(200);
        assertThat(overridden.json().get("lines")).hasSize(2);
        assertThat(finance.get("/programs/" + programId + "/envelopes/2028").json().get("remaining").get("amount")
                .asString()).isEqualTo("-30000.00");

        pm.post(requests, Map.of("lineId", trainingLine, "month", "2027-09", "amount", "-10000.00",
                "justification", "Fewer trainees", "version", 7));
        assertThat(finance.post(requests + "/cr-3/decision", Map.of("approve", false, "note", "Keep the buffer",
                "version", 8)).status()).isEqualTo(200);
        assertThat(finance.post(requests + "/cr-3/decision", Map.of("approve", true, "version", 9)).status())
                .as("decided once").isEqualTo(409);

        JsonNode history = finance.get(requests).json();
        assertThat(history.findValuesAsString("decision")).containsExactly("APPROVED", "APPROVED", "REJECTED");
        var decided = budgetEvents.awaitEvents(e -> e.type().endsWith(".change.decided.v1")
                && e.data().contains(budgetId), 3);
        assertThat(EventTap.schemaViolations(decided)).isEmpty();
    }
}
