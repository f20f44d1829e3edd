package org.golive.planning;

import org.golive.planning.msproject.ImportedPlan;
import org.golive.planning.msproject.MspdiReader;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Microsoft Project files in and out of a site plan, and vendor methodology plans in as templates. */
class PlanFilesIT extends PlanningServiceHarness {

    private static byte[] resource(String path) {
        try (InputStream in = PlanFilesIT.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpJson.Reply upload(String path, byte[] file) {
        return admin.send(HttpRequest.newBuilder(admin.uri(path)).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    private String rollout() {
        return RolloutFixtures.newRollout(admin, "File program", Map.of("siteName", "Contoso Labs",
                "siteType", "LABORATORY", "goLiveDate", GoLiveDates.mondayWeeksAhead(42).toString()));
    }

    @Test
    void aProjectLibrePlanImportsIntoASiteAndExportsBackToMsProjectXmlAndCsv() {
        String rolloutId = rollout();

        var imported = upload("/rollouts/" + rolloutId + "/plan/import?fileName=new-product.xml",
                resource("/mspdi/projectlibre-new-product.xml"));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode plan = imported.json().get("plan");
        assertThat(plan.get("tasks").size()).isEqualTo(36);
        assertThat(plan.get("source").get("fileName").asString()).isEqualTo("new-product.xml");
        assertThat(plan.get("criticalPath").size()).isPositive();
        assertThat(imported.json().get("warnings").size()).isPositive();

        var xml = admin.get("/rollouts/" + rolloutId + "/plan/export.xml");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.contentType()).startsWith("application/xml");
        assertThat(xml.header("Content-Disposition")).contains("attachment", "Contoso Labs.xml");
        ImportedPlan reread = new MspdiReader().read(new ByteArrayInputStream(xml.body()
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(reread.tasks().stream().filter(t -> !t.summary())).hasSize(36);

        var csv = admin.get("/rollouts/" + rolloutId + "/plan/export.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines()).hasSize(37).first().asString().startsWith("id,wbs,name");
    }

    @Test
    void aBadFileIsRefusedNamingTheProblemAndNothingIsImported() {
        String rolloutId = rollout();

        var truncated = upload("/rollouts/" + rolloutId + "/plan/import", resource("/mspdi-handwritten/truncated.xml"));
        var notMspdi = upload("/rollouts/" + rolloutId + "/plan/import", resource("/mspdi-handwritten/not-mspdi.xml"));
        var empty = upload("/rollouts/" + rolloutId + "/plan/import", new byte[0]);

        assertThat(truncated.status()).isEqualTo(422);
        assertThat(truncated.json().get("errors").get("file").asString()).isNotBlank();
        assertThat(notMspdi.status()).isEqualTo(422);
        assertThat(notMspdi.json().get("errors").get("file").asString()).containsIgnoringCase("project");
        assertThat(empty.status()).isIn(400, 422);
        assertThat(admin.get("/rollouts/" + rolloutId + "/plan").status()).isEqualTo(404);
    }

    @Test
    void anythingButMicrosoftProjectXmlIsRefusedAsAPlanAndAsATemplateNamingWhy() {
        String rolloutId = rollout();
        Map<String, byte[]> files = Map.of(
                "in no namespace", """
                        <Project><Tasks><Task><UID>1</UID><Name>A</Name><OutlineLevel>1</OutlineLevel>
                        <Start>2025-01-06T08:00:00</Start><Finish>2025-01-07T17:00:00</Finish></Task>
                        <Task><UID>2</UID><Name>B</Name><OutlineLevel>1</OutlineLevel>
                        <Start>2025-01-06T08:00:00</Start><Finish>2025-01-07T17:00:00</Finish></Task></Tasks></Project>"""
                        .getBytes(StandardCharsets.UTF_8),
                "DOCTYPE", """
                        <?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                        <Project xmlns="http://schemas.microsoft.com/project"><Title>&x;</Title></Project>"""
                        .getBytes(StandardCharsets.UTF_8),
                "not XML", "Task list: design, build".getBytes(StandardCharsets.UTF_8),
                "the project has no tasks", resource("/mspdi-handwritten/empty-project.xml"));

        files.forEach((why, file) -> {
            var asPlan = upload("/rollouts/" + rolloutId + "/plan/import", file);
            var asTemplate = upload("/templates/import?name=Refused", file);
            for (var refused : List.of(asPlan, asTemplate)) {
                assertThat(refused.status()).as(why).isEqualTo(422);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.json().get("errors").get("file").asString()).as(why).contains(why);
            }
        });
        assertThat(admin.get("/rollouts/" + rolloutId + "/plan").status()).isEqualTo(404);
        assertThat(admin.get("/templates").body()).doesNotContain("Refused");
    }

    @Test
    void aVendorMethodologyPlanBecomesADraftTemplateWithItsLinksAndLags() {
        var imported = upload("/templates/import?name=Vendor%20methodology",
                resource("/mspdi/mpxj-task-links-project2019.xml"));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode template = imported.json().get("template");
        assertThat(template.get("versions").get(0).get("state").asString()).isEqualTo("DRAFT");
        JsonNode version = admin.get("/templates/" + template.get("id").asString() + "/versions/1").json();
        assertThat(version.get("tasks").size()).isEqualTo(16);
        assertThat(version.toString()).contains("\"type\":\"SF\"", "\"type\":\"SS\"", "\"type\":\"FF\"");

        var noName = upload("/templates/import?name=%20", resource("/mspdi/mpxj-task-links-project2019.xml"));
        assertThat(noName.status()).isEqualTo(422);
    }

    @Test
    void aTemplatePlanExportsItsPhasesAsNamedSummaryTasks() {
        String templateId = admin.postRaw("/templates", SitePlanIT.standardTemplate()).json().get("id").asString();
        String rolloutId = rollout();
        assertThat(admin.post("/rollouts/" + rolloutId + "/plan", Map.of("templateId", templateId)).status())
                .isEqualTo(201);

        var xml = admin.get("/rollouts/" + rolloutId + "/plan/export.xml");
        ImportedPlan reread = new MspdiReader().read(new ByteArrayInputStream(xml.body()
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(reread.tasks().stream().filter(t -> t.summary()).map(t -> t.name()))
                .containsExactly("Assess", "Plan", "Design and build", "Test", "Train", "Go-live",
                        "Cutover (hour by hour)", "Stabilize");
        assertThat(reread.tasks().stream().filter(t -> !t.summary())).hasSize(53);
    }
}
