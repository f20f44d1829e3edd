package org.golive.planning;

import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's task list over the service's HTTP API: pages that add up to the plan, each task as the single-task read
 * shows it, the filters against what the plan itself says, strict parameters and the same access as the plan read.
 */
class TaskListIT extends PlanningServiceHarness {

    private static final LocalDate GO_LIVE = GoLiveDates.mondayWeeksAhead(38);

    private String rolloutId;
    private String tasks;
    private JsonNode plan;

    @BeforeEach
    void siteWithTheStandardPlan() {
        rolloutId = RolloutFixtures.newRollout(admin, "Tailspin EHR", Map.of("siteName", "Tailspin Hospital",
                "siteType", "HOSPITAL", "goLiveDate", GO_LIVE.toString(), "projectManager", "pm.north"));
        String templateId = admin.postRaw("/templates", SitePlanIT.standardTemplate()).json().get("id").asString();
        assertThat(admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId)).status())
                .isEqualTo(201);
        tasks = "/rollouts/" + rolloutId + "/plan/tasks";
        plan = admin.get("/rollouts/" + rolloutId + "/plan").json();
    }

    @Test
    void followingTheNextLinksReadsEveryTaskOnceAsTheSingleTaskReadShowsIt() {
        List<JsonNode> read = new ArrayList<>();
        String query = "?size=10&sort=finish,desc";
        int pages = 0;
        JsonNode page;
        do {
            HttpJson.Reply reply = admin.get(tasks + query);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            page = reply.json();
            page.get("tasks").forEach(read::add);
            pages++;
            JsonNode next = page.get("links").get("next");
            query = next.isNull() ? null : next.asString();
        } while (query != null && pages < 100);

        int total = plan.get("tasks").size();
        assertThat(page.get("total").asInt()).isEqualTo(total);
        assertThat(page.get("totalPages").asInt()).isEqualTo(pages).isEqualTo((total + 9) / 10);
        assertThat(page.get("links").get("self").asString()).isEqualTo(page.get("links").get("last").asString());
        assertThat(page.get("links").get("prev").asString())
                .isEqualTo("?sort=finish%2Cdesc&page=" + (pages - 2) + "&size=10");
        assertThat(read).extracting(t -> t.get("id").asString()).doesNotHaveDuplicates().hasSize(total);
        for (JsonNode task : read) {
            assertThat(task).isEqualTo(admin.get(tasks + "/" + task.get("id").asString()).json());
        }
        for (int i = 1; i < read.size(); i++) {
            assertThat(read.get(i - 1).get("finish").asString()).isGreaterThanOrEqualTo(read.get(i).get("finish")
                    .asString());
        }
    }

    @Test
    void eachFilterAnswersWhatThePlanSaysOfItsTasks() {
        Set<String> criticalPath = new HashSet<>();
        plan.get("criticalPath").forEach(id -> criticalPath.add(id.asString()));
        assertThat(ids("?critical=true")).containsExactlyInAnyOrderElementsOf(criticalPath);
        assertThat(ids("?critical=false")).doesNotContainAnyElementsOf(criticalPath)
                .hasSize(plan.get("tasks").size() - criticalPath.size());
        assertThat(ids("?phase=test")).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                planIds(t -> t.get("phase").asString().equals("test")));
        assertThat(ids("?assignee=Test%20Lead")).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                planIds(t -> responsibleOrAccountable(t, "Test Lead")));
        String day = GO_LIVE.minusWeeks(14).plusDays(1).toString();
        assertThat(ids("?dueBefore=" + day)).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                planIds(t -> LocalDate.parse(t.get("finish").asString()).isBefore(LocalDate.parse(day))));
        assertThat(ids("?status=IN_PROGRESS")).isEmpty();

        var started = admin.post(tasks + "/kickoff/progress", Map.of("status", "DONE", "revision", 0));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(ids("?status=DONE")).containsExactly("kickoff");
        // Done today, the kickoff left the critical path: it has nothing left to delay.
        assertThat(ids("?status=DONE&status=IN_PROGRESS&phase=assess&phase=plan&critical=false"
                + "&assignee=Site%20Project%20Manager")).containsExactly("kickoff");
        assertThat(ids("?status=NOT_STARTED,IN_PROGRESS")).hasSize(plan.get("tasks").size() - 1);
    }

    @Test
    void pagingEdgesAnswerPagesNotErrors() {
        JsonNode past = admin.get(tasks + "?page=99&size=500").json();
        assertThat(past.get("tasks").size()).isZero();
        assertThat(past.get("total").asInt()).isEqualTo(plan.get("tasks").size());
        assertThat(past.get("links").get("prev").asString()).as("back to the last page").endsWith("page=0&size=500");
        assertThat(past.get("links").get("next").isNull()).isTrue();

        JsonNode none = admin.get(tasks + "?assignee=nobody").json();
        assertThat(none.get("total").asInt()).isZero();
        assertThat(none.get("totalPages").asInt()).isZero();
        assertThat(none.get("links").get("last").asString()).isEqualTo("?assignee=nobody&sort=start&page=0&size=50");

        JsonNode defaults = admin.get(tasks).json();
        assertThat(defaults.get("page").asInt()).isZero();
        assertThat(defaults.get("size").asInt()).isEqualTo(50);
        assertThat(defaults.get("tasks").get(0).get("id").asString()).isEqualTo("kickoff");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "status=FINISHED|status|must be one of [NOT_STARTED, IN_PROGRESS, DONE]",
        "page=-1|page|",
        "page=x|page|",
        "size=0|size|",
        "size=501|size|",
        "size=99999999999|size|",
        "dueBefore=2027-02-30|dueBefore|must be a date as YYYY-MM-DD",
        "dueBefore=2200-01-01|dueBefore|must be between",
        "sort=wbs|sort|start, finish, float or name",
        "critical=maybe|critical|",
        "stauts=DONE|stauts|is not a parameter of the task list",
        "assignee=a&assignee=b|assignee|may be given once",
        "assignee=a%00b|assignee|control characters",
        "phase=design-build-and-a-phase-key-of-41-chars!|phase|must have 1 to 40 characters",
    })
    void aBadParameterIsA400NamingIt(String query, String parameter, String reason) {
        HttpJson.Reply reply = admin.get(tasks + "?" + query);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode errors = reply.json().get("errors");
        assertThat(errors.has(parameter)).as(reply.body()).isTrue();
        if (reason != null) {
            assertThat(errors.get(parameter).asString()).contains(reason);
        }
    }

    @Test
    void theListIsReadAsThePlanIs() {
        HttpJson north = new HttpJson("http://localhost:" + port)
                .withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"));
        HttpJson lake = new HttpJson("http://localhost:" + port)
                .withToken(TestTokens.forRoles("pm.lake", "PROJECT_MANAGER"));
        HttpJson viewer = new HttpJson("http://localhost:" + port).as("VIEWER");

        assertThat(north.get(tasks).status()).isEqualTo(200);
        assertThat(viewer.get(tasks).status()).isEqualTo(200);
        HttpJson.Reply notYours = lake.get(tasks);
        assertThat(notYours.status()).isEqualTo(403);
        assertThat(notYours.body()).contains("/problems/not-yours");
        assertThat(lake.get(tasks + "?status=FINISHED").status()).as("bad input says nothing of the rollout")
                .isEqualTo(400);
        assertThat(new HttpJson("http://localhost:" + port).get(tasks).status()).isEqualTo(401);
        assertThat(admin.get("/rollouts/no-such-rollout/plan/tasks").status()).isEqualTo(404);
        String noPlan = RolloutFixtures.newRollout(admin, "Tailspin EHR", Map.of("siteName", "Tailspin Clinic",
                "siteType", "AMBULATORY_CLINIC", "goLiveDate", GO_LIVE.toString()));
        assertThat(admin.get("/rollouts/" + noPlan + "/plan/tasks").json().get("detail").asString())
                .contains("Plan of rollout");
    }

    @Test
    void theOpenApiDocumentDescribesEveryParameter() {
        JsonNode operation = admin.get("/v3/api-docs").json().get("paths").get("/rollouts/{rolloutId}/plan/tasks")
                .get("get");
        Map<String, JsonNode> parameters = new java.util.HashMap<>();
        operation.get("parameters").forEach(p -> parameters.put(p.get("name").asString(), p));

        assertThat(parameters).containsOnlyKeys("rolloutId", "status", "phase", "critical", "assignee", "dueBefore",
                "page", "size", "sort");
        parameters.forEach((name, p) -> assertThat(p.path("description").asString()).as(name)
                .isNotEmpty().isNotEqualTo("null"));
        assertThat(parameters.get("status").get("schema").toString()).contains("NOT_STARTED", "IN_PROGRESS", "DONE");
        assertThat(parameters.get("size").get("schema").get("maximum").asInt()).isEqualTo(500);
        assertThat(parameters.get("dueBefore").get("schema").get("format").asString()).isEqualTo("date");
    }

    private List<String> ids(String query) {
        HttpJson.Reply reply = admin.get(tasks + query + (query.isEmpty() ? "?" : "&") + "size=500");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().get("tasks").forEach(t -> ids.add(t.get("id").asString()));
        assertThat(reply.json().get("total").asInt()).isEqualTo(ids.size());
        return ids;
    }

    private List<String> planIds(Predicate<JsonNode> which) {
        List<String> ids = new ArrayList<>();
        plan.get("tasks").forEach(t -> {
            if (which.test(t)) {
                ids.add(t.get("id").asString());
            }
        });
        return ids;
    }

    private static boolean responsibleOrAccountable(JsonNode task, String party) {
        for (JsonNode cell : task.get("raci")) {
            String role = cell.get("role").asString();
            if (cell.get("party").asString().equals(party) && (role.equals("RESPONSIBLE")
                    || role.equals("ACCOUNTABLE"))) {
                return true;
            }
        }
        return false;
    }
}
