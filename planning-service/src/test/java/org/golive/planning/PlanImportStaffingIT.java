package org.golive.planning;

import org.bson.Document;
import org.golive.planning.rollout.FileStaffingSteps;
import org.golive.planning.rollout.MspdiUploads;
import org.golive.planning.rollout.PlanStaffing;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

/**
 * An MS Project file with resources (MPXJ's sample1: First Resource and Second Resource, "Second Task" scheduled by
 * their work) imported into a site: by its project manager, who brings along only the people the program's pool
 * has; refused to anyone else; and the second step of the import (the assignments, after the plan) failing, then
 * taken again without anything lost or set twice.
 */
// A spy makes a context of its own: closed after the class, while the JVM's one broker still runs (closed at exit,
// after the broker, each such context's consumers wait out their timeouts and the fork overstays Surefire's 30 s).
@DirtiesContext
class PlanImportStaffingIT extends PlanningServiceHarness {

    private static final String SAMPLE1 = "/mspdi/mpxj-sample1.xml";

    /** The import's assignments: made to fail once, as a process killed between the plan and them. */
    @MockitoSpyBean
    PlanStaffing staffing;
    @Autowired
    FileStaffingSteps steps;
    @Autowired
    MongoTemplate mongo;

    @Test
    void theSitesProjectManagerImportsBringingOnlyThePoolsPeopleAndTheirTaskKeepsTheFilesSpan() {
        String manager = "pm-" + UUID.randomUUID();
        Site site = site(manager);
        var second = admin.post("/programs/" + site.programId() + "/resources", Map.of("kind", "PERSON",
                "name", "Second Resource", "role", "APPLICATION_ANALYST", "hoursPerWeek", 40));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        HttpJson pm = client(manager, "PROJECT_MANAGER");

        var imported = MspdiUploads.upload(pm, "POST", site.rolloutId(), "", MspdiUploads.sample(SAMPLE1));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode report = imported.json().get("resources");
        assertThat(texts(report.get("matched"))).containsExactly("Second Resource");
        assertThat(texts(report.get("added"))).as("a project manager adds nobody to the pool").isEmpty();
        assertThat(report.get("notes").toString()).contains("resource 'First Resource' is not in the program's pool"
                + " and only the PMO adds to it");
        assertThat(admin.get("/programs/" + site.programId() + "/resources").json()).hasSize(1);
        assertThat(assignments(site.rolloutId())).containsExactlyInAnyOrder("uid-2 Second Resource units 0.75",
                "uid-24 Second Resource units 1");
        // Second Task's other assignment stayed out, so its duration is not recomputed from a part of its work
        // (300 h at 0.75 alone would be 67 days): it keeps the file's 50 days, and the warnings say why.
        JsonNode secondTask = task(site.rolloutId(), "uid-2");
        assertThat(secondTask.get("effortDriven").asBoolean()).isFalse();
        assertThat(secondTask.get("durationDays").asInt()).isEqualTo(50);
        assertThat(imported.json().get("warnings").toString()).contains("task UID 2 'Second Task': its assignments"
                + " are not imported (resource 'First Resource' is not in the program's pool and only the PMO adds"
                + " to it), so it is read as the file schedules it, 50 working days");
        assertThat(stepLeft(site.rolloutId())).as("the step is struck off once taken").isNull();
    }

    @Test
    void nobodyButTheSitesProjectManagerAndThePmoImportsIntoTheSite() {
        Site site = site("pm-" + UUID.randomUUID());
        byte[] file = MspdiUploads.sample(SAMPLE1);
        List<HttpJson> refused = List.of(client("pm-" + UUID.randomUUID(), "PROJECT_MANAGER"),
                client("viewer", "VIEWER"), client("finance", "FINANCE"), client("contributor", "CONTRIBUTOR"));

        for (HttpJson caller : refused) {
            assertThat(MspdiUploads.upload(caller, "POST", site.rolloutId(), "", file).status()).isEqualTo(403);
            assertThat(MspdiUploads.upload(caller, "PUT", site.rolloutId(), "?version=0", file).status())
                    .isEqualTo(403);
        }

        assertThat(admin.get("/rollouts/" + site.rolloutId() + "/plan").status()).isEqualTo(404);
        assertThat(admin.get("/programs/" + site.programId() + "/resources").json()).isEmpty();
    }

    @Test
    void theAssignmentsOfAnImportThatDiedAfterItsPlanAreSetWhenTheStepIsTakenAgain() {
        Site site = site(null);
        doThrow(new IllegalStateException("killed between the plan and its assignments")).doCallRealMethod()
                .when(staffing).imported(any(), any(), any(), anyBoolean());

        var imported = MspdiUploads.upload(admin, "POST", site.rolloutId(), "", MspdiUploads.sample(SAMPLE1));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("resources").get("notes").toString()).contains("could not be stored yet");
        assertThat(assignments(site.rolloutId())).as("none yet").isEmpty();
        assertThat(stepLeft(site.rolloutId())).as("recorded with the plan").isNotNull();
        // Second Task is scheduled from its file's work and units already: the plan does not wait for the pool.
        assertThat(new java.math.BigDecimal(task(site.rolloutId(), "uid-2").get("units").asString()))
                .isEqualByComparingTo("1.25");

        assertThat(steps.resumeRecordedBefore(Instant.now().plusSeconds(60))).isEqualTo(1);

        assertThat(assignments(site.rolloutId())).containsExactlyInAnyOrderElementsOf(SAMPLE1_ASSIGNED);
        assertThat(admin.get("/programs/" + site.programId() + "/resources").json()).hasSize(2);
        assertThat(stepLeft(site.rolloutId())).isNull();
        assertThat(steps.resumeRecordedBefore(Instant.now().plusSeconds(60))).as("nothing left to take").isZero();
    }

    @Test
    void aStepTakenButNotStruckOffIsTakenAgainWithoutAnythingTwice() {
        Site site = site(null);
        doAnswer(call -> {
            call.callRealMethod();
            throw new IllegalStateException("killed after the assignments, before the step was struck off");
        }).doCallRealMethod().when(staffing).imported(any(), any(), any(), anyBoolean());

        var imported = MspdiUploads.upload(admin, "POST", site.rolloutId(), "", MspdiUploads.sample(SAMPLE1));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(stepLeft(site.rolloutId())).isNotNull();

        assertThat(steps.resumeRecordedBefore(Instant.now().plusSeconds(60))).isEqualTo(1);

        assertThat(assignments(site.rolloutId())).containsExactlyInAnyOrderElementsOf(SAMPLE1_ASSIGNED);
        assertThat(admin.get("/programs/" + site.programId() + "/resources").json()).extracting(r -> r.get("name")
                .asString()).as("each person added once").containsExactlyInAnyOrder("First Resource",
                "Second Resource");
        assertThat(stepLeft(site.rolloutId())).isNull();
    }

    /** Every assignment of sample1 on its leaf tasks, as a PMO's import sets them. */
    private static final List<String> SAMPLE1_ASSIGNED = List.of("uid-2 First Resource units 0.5",
            "uid-2 Second Resource units 0.75", "uid-23 First Resource units 1", "uid-24 Second Resource units 1");

    private record Site(String programId, String rolloutId) {
    }

    private Site site(String projectManager) {
        String programId = admin.post("/programs", Map.of("name", "Staffed files " + UUID.randomUUID())).json()
                .get("id").asString();
        Map<String, Object> form = new java.util.HashMap<>(Map.of("siteName", "File Clinic", "siteType", "AMBULATORY_CLINIC",
                "goLiveDate", GoLiveDates.mondayWeeksAhead(40).toString()));
        if (projectManager != null) {
            form.put("projectManager", projectManager);
        }
        var rollout = admin.post("/programs/" + programId + "/rollouts", form);
        assertThat(rollout.status()).as(rollout.body()).isEqualTo(201);
        return new Site(programId, rollout.json().get("id").asString());
    }

    private HttpJson client(String user, String role) {
        return new HttpJson("http://localhost:" + port).withToken(TestTokens.forRoles(user, role));
    }

    private List<String> assignments(String rolloutId) {
        List<String> lines = new ArrayList<>();
        for (JsonNode task : admin.get("/rollouts/" + rolloutId + "/resources").json()) {
            for (JsonNode a : task.get("assignments")) {
                lines.add(task.get("taskId").asString() + " " + a.get("name").asString() + " units "
                        + new java.math.BigDecimal(a.get("units").asString()).stripTrailingZeros().toPlainString());
            }
        }
        return lines;
    }

    private JsonNode task(String rolloutId, String taskId) {
        var task = admin.get("/rollouts/" + rolloutId + "/plan/tasks/" + taskId);
        assertThat(task.status()).as(task.body()).isEqualTo(200);
        return task.json();
    }

    private Document stepLeft(String rolloutId) {
        Document rollout = mongo.getCollection("rollouts").find(new Document("_id", rolloutId)).first();
        return rollout == null ? null : rollout.get("fileStaffingStep", Document.class);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
