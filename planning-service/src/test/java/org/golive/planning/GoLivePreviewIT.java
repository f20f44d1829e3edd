package org.golive.planning;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /rollouts/{id}/go-live/preview}: what a move would do, with nothing stored and no event published. */
class GoLivePreviewIT extends PlanningServiceHarness {

    @RegisterExtension
    static final EventTap tap = EventTap.onTestInfrastructure(Topics.PLANNING);

    /** A Monday some seven months ahead: the template's tasks from GL-180 lie ahead of today. */
    private final LocalDate goLive = LocalDate.now(ZoneOffset.UTC).plusDays(210)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    private final LocalDate later = goLive.plusWeeks(2);
    private String rolloutId;
    private String rollout;
    private HttpJson pm;

    @BeforeEach
    void plannedRollout() {
        pm = new HttpJson("http://localhost:" + port).withToken(TestTokens.forRoles("pm.preview", "PROJECT_MANAGER"));
        var template = admin.postRaw("/templates", SitePlanIT.standardTemplate());
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        rolloutId = RolloutFixtures.newRollout(admin, "Preview " + UUID.randomUUID(), Map.of("siteName",
                "Preview Hospital", "siteType", "HOSPITAL", "goLiveDate", goLive.toString(),
                "projectManager", "pm.preview"));
        rollout = "/rollouts/" + rolloutId;
        var plan = admin.post(rollout + "/plan", Map.of("templateId", template.json().get("id").asString()));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    }

    private long version() {
        return admin.get(rollout).json().get("version").asLong();
    }

    @Test
    void aPreviewListsWhatTheMoveWouldMoveAndTheMoveThenMovesExactlyThatWithNothingStoredInBetween() {
        long version = version();
        String planBefore = admin.get(rollout + "/plan").body();

        var preview = pm.post(rollout + "/go-live/preview", Map.of("goLiveDate", later.toString(),
                "version", version));

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonNode answer = preview.json();
        assertThat(answer.get("currentGoLiveDate").asString()).isEqualTo(goLive.toString());
        assertThat(answer.get("goLiveDate").asString()).isEqualTo(later.toString());
        assertThat(answer.get("version").asLong()).isEqualTo(version);
        JsonNode goLiveMove = move(answer, "go-live");
        assertThat(goLiveMove.get("previousStart").asString()).isEqualTo(goLive.toString());
        assertThat(goLiveMove.get("start").asString()).isEqualTo(later.toString());
        assertThat(answer.get("criticalPath").size()).isPositive();
        assertThat(answer.get("planFinish").asString()).isNotBlank();

        assertThat(version()).as("nothing stored: the version").isEqualTo(version);
        assertThat(admin.get(rollout).json().get("goLiveDate").asString()).isEqualTo(goLive.toString());
        assertThat(admin.get(rollout + "/plan").body()).as("nothing stored: the plan").isEqualTo(planBefore);

        var moved = pm.put(rollout + "/go-live", Map.of("goLiveDate", later.toString(), "reason", "Vendor slip",
                "version", answer.get("version").asLong()));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(ids(moved.json().get("moved"))).isEqualTo(ids(answer.get("moved")));
        assertThat(moved.json().get("criticalPath")).isEqualTo(answer.get("criticalPath"));
        assertThat(moved.json().get("planFinish")).isEqualTo(answer.get("planFinish"));

        // Events are keyed by rollout, so in order: had the preview published, its event would come before the move's.
        tap.awaitEvent(e -> rolloutId.equals(e.key()) && e.type().endsWith(".go-live.rescheduled.v1"));
        assertThat(tap.seen().stream().filter(e -> rolloutId.equals(e.key())).map(EventTap.WireEvent::type))
                .containsExactly("org.golive.planning.rollout.created.v1",
                        "org.golive.planning.plan.instantiated.v1",
                        "org.golive.planning.go-live.rescheduled.v1");
    }

    @Test
    void aStaleVersionADateOutsideTheWindowAContributorAndAnUnknownRolloutAreRefused() {
        long version = version();
        var stale = pm.post(rollout + "/go-live/preview", Map.of("goLiveDate", later.toString(),
                "version", version - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        var outside = pm.post(rollout + "/go-live/preview", Map.of("goLiveDate", "2101-01-01"));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().get("errors").has("goLiveDate")).isTrue();

        var missing = pm.post(rollout + "/go-live/preview", Map.of("version", version));
        assertThat(missing.status()).as("no date").isEqualTo(400);

        HttpJson contributor = new HttpJson("http://localhost:" + port)
                .withToken(TestTokens.forRoles("dana.nurse", "CONTRIBUTOR"));
        assertThat(contributor.post(rollout + "/go-live/preview", Map.of("goLiveDate", later.toString()))
                .status()).isEqualTo(403);
        HttpJson otherPm = new HttpJson("http://localhost:" + port)
                .withToken(TestTokens.forRoles("pm.other", "PROJECT_MANAGER"));
        assertThat(otherPm.post(rollout + "/go-live/preview", Map.of("goLiveDate", later.toString()))
                .status()).as("not this site's project manager").isEqualTo(403);
        assertThat(pm.post("/rollouts/" + UUID.randomUUID() + "/go-live/preview",
                Map.of("goLiveDate", later.toString())).status()).isEqualTo(404);
        assertThat(version()).isEqualTo(version);
    }

    private static JsonNode move(JsonNode answer, String taskId) {
        for (JsonNode move : answer.get("moved")) {
            if (move.get("taskId").asString().equals(taskId)) {
                return move;
            }
        }
        throw new AssertionError("no move of " + taskId + " in " + answer);
    }

    private static List<String> ids(JsonNode moves) {
        List<String> ids = new ArrayList<>();
        moves.forEach(move -> ids.add(move.get("taskId").asString()));
        return ids;
    }
}
