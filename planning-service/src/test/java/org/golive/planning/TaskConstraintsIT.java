package org.golive.planning;

import org.golive.testsupport.GoLiveDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** MS Project's constraint types and free float through the task API, stored with the plan. */
class TaskConstraintsIT extends PlanningServiceHarness {

    private static final LocalDate GO_LIVE = GoLiveDates.mondayWeeksAhead(30);
    /** A Monday five weeks before the go-live, a Tuesday, and a later Friday. */
    private static final String MONDAY = GO_LIVE.minusWeeks(5).toString();
    private static final String TUESDAY = GO_LIVE.minusWeeks(5).plusDays(1).toString();
    private static final String LATER = GO_LIVE.minusWeeks(3).minusDays(3).toString();

    private String tasks;

    @BeforeEach
    void planWithATemplate() {
        var template = admin.postRaw("/templates", SitePlanIT.standardTemplate());
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        String rolloutId = RolloutFixtures.newRollout(admin, "Constraints " + UUID.randomUUID(),
                Map.of("siteName", "Harbor Hospital", "siteType", "HOSPITAL", "goLiveDate", GO_LIVE.toString()));
        assertThat(admin.post("/rollouts/" + rolloutId + "/plan",
                Map.of("templateId", template.json().get("id").asString())).status()).isEqualTo(201);
        tasks = "/rollouts/" + rolloutId + "/plan/tasks";
    }

    private static Map<String, Object> task(String title, int days, Object... more) {
        Map<String, Object> task = new HashMap<>(Map.of("title", title, "durationDays", days));
        for (int i = 0; i < more.length; i += 2) {
            task.put((String) more[i], more[i + 1]);
        }
        return task;
    }

    @Test
    void aMustStartOnConstraintWinsOverALinkAndIsReadBack() {
        // Freeze: Monday .. Wednesday; Cutover must start on the Tuesday whatever its link to Freeze says.
        var freeze = admin.post(tasks, task("Freeze", 3, "startNoEarlierThan", MONDAY));
        assertThat(freeze.status()).as(freeze.body()).isEqualTo(201);
        String freezeId = freeze.json().get("task").get("id").asString();
        var cutover = admin.post(tasks, task("Cutover", 2, "constraintType", "MSO", "constraintDate", TUESDAY,
                "dependencies", List.of(Map.of("taskId", freezeId, "type", "FS"))));
        assertThat(cutover.status()).as(cutover.body()).isEqualTo(201);

        JsonNode read = admin.get(tasks + "/" + cutover.json().get("task").get("id").asString()).json();
        assertThat(read.get("constraintType").asString()).isEqualTo("MSO");
        assertThat(read.get("constraintDate").asString()).isEqualTo(TUESDAY);
        assertThat(read.get("start").asString()).isEqualTo(TUESDAY);
        assertThat(read.get("freeFloat").isNumber()).isTrue();
        JsonNode freezeRead = admin.get(tasks + "/" + freezeId).json();
        assertThat(freezeRead.get("constraintType").asString()).isEqualTo("SNET");
        assertThat(freezeRead.get("totalFloat").asInt()).as("Freeze overruns the MSO by two days").isEqualTo(-2);
    }

    @Test
    void aTaskWithoutConstraintIsAsSoonAsPossible() {
        var added = admin.post(tasks, task("Anything", 1));

        assertThat(added.json().get("task").get("constraintType").asString()).isEqualTo("ASAP");
        assertThat(added.json().get("task").get("constraintDate").isNull()).isTrue();
    }

    @Test
    void invalidConstraintsAreRefusedWithTheFieldNamed() {
        var undated = admin.post(tasks, task("X", 1, "constraintType", "SNET"));
        assertThat(undated.status()).isEqualTo(422);
        assertThat(undated.json().get("errors").get("constraintDate").asString()).contains("SNET", "needs a date");

        var datedAlap = admin.post(tasks, task("X", 1, "constraintType", "ALAP", "constraintDate", TUESDAY));
        assertThat(datedAlap.status()).isEqualTo(422);
        assertThat(datedAlap.json().get("errors").has("constraintDate")).isTrue();

        var two = admin.post(tasks, task("X", 1, "startNoEarlierThan", MONDAY, "constraintType", "FNLT",
                "constraintDate", LATER));
        assertThat(two.status()).isEqualTo(422);
        assertThat(two.json().get("errors").get("constraintType").asString()).contains("one constraint");

        var typeWithoutDate = admin.post(tasks, task("X", 1, "constraintDate", LATER));
        assertThat(typeWithoutDate.status()).isEqualTo(422);
        assertThat(typeWithoutDate.json().get("errors").has("constraintType")).isTrue();

        assertThat(admin.post(tasks, task("X", 1, "constraintType", "SOON")).status()).isEqualTo(400);
    }
}
