package org.golive.budget;

import io.cloudevents.CloudEvent;
import org.golive.contract.Topics;
import org.golive.contract.planning.RolloutCreated;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.DeadLetters;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A budget is finance's to edit from the moment it can be read: nothing the opening does (the other fiscal years'
 * drafts, a redelivered rollout event, the outbox relay taking the opened event out) may move its version under a
 * user who read version 0 and writes at once.
 */
class BudgetOpeningIT extends BudgetServiceHarness {

    /** Planning's events come a poll at a time: a record that is no event is named, dead-lettered, and passed. */
    @Test
    void aRecordThatIsNoEventIsDeadLetteredOnceAndTheRolloutAfterItGetsItsBudgets() {
        HttpJson finance = new HttpJson("http://localhost:" + port).withToken(TestTokens.forRoles("finance",
                "FINANCE"));
        String rolloutId = UUID.randomUUID().toString();
        // Every earlier record handled first: what lands on the dead-letter topic from here on is this test's.
        ConsumerLag.awaitCaughtUp("golive-budget", List.of(Topics.PLANNING));
        long deadLettersBefore = DeadLetters.on("golive.budget.dlt");

        planning.sendGarbage(Topics.PLANNING, rolloutId, "not an event".getBytes(StandardCharsets.UTF_8));
        planning.send(rolloutId, TestEvents.event(new RolloutCreated(rolloutId, "p-" + UUID.randomUUID(), "Program",
                null, null, "Past The Garbage Clinic", "HOSPITAL", LocalDate.of(2027, 8, 14), 150, 900, null,
                List.of(), Instant.now()), "/planning/rollouts/" + rolloutId, 1, rolloutId));

        ConsumerLag.awaitCaughtUp("golive-budget", List.of(Topics.PLANNING));
        assertThat(DeadLetters.on("golive.budget.dlt")).isEqualTo(deadLettersBefore + 1);
        assertThat(finance.get("/rollouts/" + rolloutId).status()).as("the event after it was applied")
                .isEqualTo(200);
    }

    @Test
    void theGoLiveBudgetReadAtVersionZeroTakesLinesAndASubmissionAtOnceWhileItsSiteIsStillBeingOpened() {
        HttpJson finance = new HttpJson("http://localhost:" + port).withToken(TestTokens.forRoles("finance",
                "FINANCE"));
        String programId = "p-" + UUID.randomUUID();
        for (int site = 0; site < 8; site++) {
            String rolloutId = UUID.randomUUID().toString();
            CloudEvent created = TestEvents.event(new RolloutCreated(rolloutId, programId, "Program", null, null,
                    "Site " + site, "HOSPITAL", LocalDate.of(2027, 8, 14), 150, 900, null, List.of(),
                    Instant.now()), "/planning/rollouts/" + rolloutId, 1, rolloutId);
            planning.send(rolloutId, created);
            planning.send(rolloutId, created);
            String budgetId = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                    .until(() -> finance.get("/rollouts/" + rolloutId), r -> r.status() == 200).json()
                    .get("goLiveBudgetId").asString();

            HttpJson.Reply planned = finance.put("/budgets/" + budgetId + "/lines", Map.of("version", 0, "lines",
                    List.of(Map.of("category", "INTERFACES", "months", List.of(Map.of("month", "2027-08",
                            "amount", "100000.00"))))));
            assertThat(planned.status()).as(planned.body()).isEqualTo(200);
            HttpJson.Reply submitted = finance.post("/budgets/" + budgetId + "/submit", Map.of("version", 1));
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> finance.get("/rollouts/" + rolloutId).json().get("budgets").size() == 2);
            var stored = finance.get("/budgets/" + budgetId).json();
            assertThat(stored.get("version").asLong()).as(stored.toString()).isEqualTo(2);
            assertThat(stored.get("status").asString()).isEqualTo("SUBMITTED");
            assertThat(stored.get("total").get("amount").asString()).isEqualTo("100000.00");
        }
    }
}
