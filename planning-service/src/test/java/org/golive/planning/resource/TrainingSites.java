package org.golive.planning.resource;

import org.golive.testsupport.HttpJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sites for the resource ITs, set up through the API: a rollout on the standard plan with one training task that
 * the program's trainer works at the given units.
 */
final class TrainingSites {

    private TrainingSites() {
    }

    /** A rollout and its training task. */
    record Site(String rolloutId, String taskId) {
    }

    /** The standard template posted for the program's plans; its id. */
    static String template(HttpJson admin) {
        var template = admin.postRaw("/templates", standardTemplate());
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        return template.json().get("id").asString();
    }

    /**
     * @param waveId null for none
     * @param start  the training's start-no-earlier-than date, run for {@code days} working days
     */
    static Site site(HttpJson admin, String programId, String templateId, String name, String waveId,
                     LocalDate goLive, LocalDate start, int days, String trainerId, String units) {
        Map<String, Object> form = new HashMap<>(Map.of("siteName", name, "siteType", "HOSPITAL",
                "goLiveDate", goLive.toString()));
        if (waveId != null) {
            form.put("waveId", waveId);
        }
        var created = admin.post("/programs/" + programId + "/rollouts", form);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String rolloutId = created.json().get("id").asString();
        var plan = admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        var task = admin.post("/rollouts/" + rolloutId + "/plan/tasks", Map.of("title", "Trainer session",
                "startNoEarlierThan", start.toString(), "durationDays", days));
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        String taskId = task.json().get("task").get("id").asString();
        assertThat(task.json().get("task").get("freeFloat").asInt()).isGreaterThan(5);
        var assigned = admin.put("/rollouts/" + rolloutId + "/plan/tasks/" + taskId + "/resources",
                Map.of("revision", 0, "assignments", List.of(Map.of("resourceId", trainerId, "units", units))));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        return new Site(rolloutId, taskId);
    }

    private static String standardTemplate() {
        try (InputStream in = TrainingSites.class.getResourceAsStream(
                "/org/golive/planning/template/standard-ehr-rollout.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
