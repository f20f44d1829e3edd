package org.golive.planning;

import org.golive.planning.msproject.ImportedPlan;
import org.golive.planning.msproject.ImportedTask;
import org.golive.planning.msproject.MspdiReader;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site plan imported from each sample, exported as MS Project XML and imported again into another site with the
 * same go-live is the same plan; and the export carries the plan's critical flags, slack, progress and baseline.
 */
class PlanFileRoundTripIT extends PlanningServiceHarness {

    /** A Saturday some ten months ahead: new rollouts go live between today and ten years ahead. */
    private static final String GO_LIVE = LocalDate.now(ZoneOffset.UTC).plusMonths(10)
            .with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).toString();

    /** Every sample with tasks; the fifth, MS Project 2016's recurring-exceptions file, holds only a calendar. */
    @ParameterizedTest
    @ValueSource(strings = {"mpxj-sample1.xml", "mpxj-task-links-project2019.xml",
            "mpxj-task-baselines-project2019.xml", "projectlibre-new-product.xml"})
    void importExportImportGivesTheSamePlan(String sample) {
        String first = rollout("First " + sample);
        var imported = upload("/rollouts/" + first + "/plan/import", resource("/mspdi/" + sample));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode before = admin.get("/rollouts/" + first + "/plan").json();

        byte[] exported = admin.get("/rollouts/" + first + "/plan/export.xml").body().getBytes(StandardCharsets.UTF_8);
        String second = rollout("Second " + sample);
        var again = upload("/rollouts/" + second + "/plan/import", exported);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        JsonNode after = admin.get("/rollouts/" + second + "/plan").json();

        assertSamePlan(before, after);
        assertThat(assignments(second, after)).as("the file's assignments, through the pool and back")
                .isEqualTo(assignments(first, before));
        if (!assignments(first, before).isEmpty()) {
            assertThat(again.json().get("resources").get("added")).as("a new program's pool gets the people")
                    .isNotEmpty();
        }
    }

    /**
     * A site's named calendar with a task on it, and its assignments from the pool (units and effort), exported and
     * imported into another site of the same program: the same calendar, the task on it, the same people matched in
     * the pool (none added) on the same tasks. Replacing the first site's plan with the file sets them again.
     */
    @Test
    void namedCalendarsAndPoolAssignmentsComeBack() {
        String programId = admin.post("/programs", Map.of("name", "Round trip pool")).json().get("id").asString();
        String first = rolloutOf(programId, "Pool first");
        var imported = upload("/rollouts/" + first + "/plan/import", resource("/mspdi/projectlibre-new-product.xml"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode report = imported.json().get("resources");
        assertThat(report.get("added")).isNotEmpty();
        assertThat(report.get("notes").toString()).contains("as MS Project computed it");
        Map<String, Object> nightShift = new HashMap<>();
        nightShift.put("workingTimes", "00:00-06:00,22:00-24:00");
        nightShift.put("version", admin.get("/rollouts/" + first).json().get("version").asLong());
        assertThat(admin.put("/rollouts/" + first + "/plan/calendars/Night%20shift", nightShift).status())
                .isEqualTo(200);
        JsonNode planned = admin.get("/rollouts/" + first + "/plan").json().get("tasks");
        // In the last task's phase: the export writes a phase's tasks together, so the plan's order stays.
        var night = admin.post("/rollouts/" + first + "/plan/tasks", Map.of("title", "Overnight data load",
                "wbs", "9.9", "duration", "4h", "calendar", "Night shift", "phase", planned.get(planned.size() - 1).get("phase")
                        .asString(), "startNoEarlierThan", LocalDate.parse(GO_LIVE).minusDays(3).toString()));
        assertThat(night.status()).as(night.body()).isEqualTo(201);
        String trainer = admin.get("/programs/" + programId + "/resources").json().get(0).get("id").asString();
        String nightTask = night.json().get("task").get("id").asString();
        assertThat(admin.put("/rollouts/" + first + "/plan/tasks/" + nightTask + "/resources", Map.of("revision", 0,
                "assignments", List.of(Map.of("resourceId", trainer, "effortHours", 3)))).status()).isEqualTo(200);
        JsonNode before = admin.get("/rollouts/" + first + "/plan").json();
        int poolSize = admin.get("/programs/" + programId + "/resources").json().size();
        byte[] exported = admin.get("/rollouts/" + first + "/plan/export.xml").body().getBytes(StandardCharsets.UTF_8);

        String second = rolloutOf(programId, "Pool second");
        var again = upload("/rollouts/" + second + "/plan/import", exported);

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("calendars").toString()).isEqualTo("[\"Night shift\"]");
        assertThat(again.json().get("resources").get("added")).as("everyone matched in the pool").isEmpty();
        assertThat(admin.get("/programs/" + programId + "/resources").json().size()).isEqualTo(poolSize);
        JsonNode after = admin.get("/rollouts/" + second + "/plan").json();
        assertSamePlan(before, after);
        assertThat(calendars(after)).isEqualTo(calendars(before)).contains("\"Night shift\"");
        assertThat(admin.get("/rollouts/" + second + "/plan/calendars/Night%20shift").json().get("workingTimes")
                .asString()).isEqualTo("00:00-06:00,22:00-24:00");
        List<String> assigned = assignments(first, before);
        assertThat(assigned).anyMatch(a -> a.contains("effort 3"));
        assertThat(assignments(second, after)).isEqualTo(assigned);

        long version = admin.get("/rollouts/" + first).json().get("version").asLong();
        var replaced = admin.send(HttpRequest.newBuilder(admin.uri("/rollouts/" + first + "/plan/import?version="
                + version)).header("Content-Type", "application/xml").PUT(HttpRequest.BodyPublishers.ofByteArray(
                exported)));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(assignments(first, admin.get("/rollouts/" + first + "/plan").json()))
                .as("the old plan's released, the file's set").isEqualTo(assigned);
    }

    @Test
    void theExportCarriesCriticalFlagsSlackConstraintsProgressBaselineAndRaci() {
        // Gone live a month ago (history), so the first tasks lie in the past and may have actual dates.
        String rolloutId = RolloutFixtures.newRollout(admin, "Round trip program", Map.of("siteName", "Flags",
                "siteType", "HOSPITAL", "goLiveDate", LocalDate.now(ZoneOffset.UTC).minusMonths(1).toString(),
                "history", true));
        assertThat(upload("/rollouts/" + rolloutId + "/plan/import", resource("/mspdi/projectlibre-new-product.xml"))
                .status()).isEqualTo(201);
        JsonNode firstTask = null;
        for (JsonNode task : admin.get("/rollouts/" + rolloutId + "/plan").json().get("tasks")) {
            if (firstTask == null && !task.get("milestone").asBoolean()) {
                firstTask = task; // a milestone is reached or not: no 40 %
            }
        }
        String taskId = firstTask.get("id").asString();
        assertThat(admin.post("/rollouts/" + rolloutId + "/plan/baselines", Map.of("name", "Approved")).status())
                .isEqualTo(201);
        var progressed = admin.post("/rollouts/" + rolloutId + "/plan/tasks/" + taskId + "/progress",
                Map.of("percentComplete", 40, "actualStart", firstTask.get("start").asString(),
                        "revision", firstTask.get("revision").asInt()));
        assertThat(progressed.status()).as(progressed.body()).isEqualTo(200);
        var assigned = admin.put("/rollouts/" + rolloutId + "/plan/tasks/" + taskId + "/raci", Map.of("raci", List.of(
                Map.of("party", "Dana Analyst", "role", "RESPONSIBLE"),
                Map.of("party", "Dr. Lee", "role", "ACCOUNTABLE")), "revision",
                progressed.json().get("task").get("revision").asInt()));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        JsonNode plan = admin.get("/rollouts/" + rolloutId + "/plan").json();

        String xml = admin.get("/rollouts/" + rolloutId + "/plan/export.xml").body();
        ImportedPlan reread = new MspdiReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<ImportedTask> leaves = reread.tasks().stream().filter(t -> !t.summary()).toList();
        List<Element> leafElements = leafTaskElements(xml);

        int critical = 0;
        for (int i = 0; i < leaves.size(); i++) {
            JsonNode task = plan.get("tasks").get(i);
            ImportedTask read = leaves.get(i);
            Element element = leafElements.get(i);
            String name = task.get("title").asString();
            assertThat(read.name()).isEqualTo(name);
            assertThat(read.percentComplete()).as(name).isEqualTo(task.get("percentComplete").asInt());
            assertThat(read.actualStart()).as(name).isEqualTo(date(task, "actualStart"));
            assertThat(read.actualFinish()).as(name).isEqualTo(date(task, "actualFinish"));
            assertThat(read.baselineStart()).as(name).isEqualTo(date(task, "start"));
            assertThat(read.baselineFinish()).as(name).isEqualTo(date(task, "finish"));
            boolean isCritical = task.get("critical").asBoolean();
            critical += isCritical ? 1 : 0;
            assertThat(text(element, "Critical")).as(name).isEqualTo(isCritical ? "1" : "0");
            // MSPDI counts slack in tenths of a minute: a working day of 480 minutes is 4,800.
            assertThat(slack(element, "TotalSlack")).as(name).isEqualTo(task.get("totalFloat").asInt() * 4_800);
            assertThat(slack(element, "FreeSlack")).as(name).isEqualTo(task.get("freeFloat").asInt() * 4_800);
        }
        assertThat(critical).as("some tasks are critical, not all").isPositive().isLessThan(leaves.size());
        assertThat(leaves).filteredOn(t -> t.percentComplete() == 40 && t.actualStart() != null).hasSize(1);
        assertThat(plan.get("tasks").toString()).contains("\"totalFloat\":").doesNotContain("\"freeFloat\":null");
        assertThat(xml).contains("<Name>Dana Analyst</Name>", "<Name>Dr. Lee</Name>", "RACI: Accountable",
                "RACI: Responsible");
    }

    private static void assertSamePlan(JsonNode before, JsonNode after) {
        assertThat(after.get("tasks").size()).isEqualTo(before.get("tasks").size());
        assertThat(after.get("start").asString()).isEqualTo(before.get("start").asString());
        assertThat(after.get("finish").asString()).isEqualTo(before.get("finish").asString());
        Map<String, Integer> indexBefore = indexes(before);
        Map<String, Integer> indexAfter = indexes(after);
        Map<String, String> phaseBefore = phaseNames(before);
        Map<String, String> phaseAfter = phaseNames(after);
        for (int i = 0; i < before.get("tasks").size(); i++) {
            JsonNode a = before.get("tasks").get(i);
            JsonNode b = after.get("tasks").get(i);
            String name = a.get("title").asString();
            for (String field : List.of("title", "wbs", "start", "finish", "durationDays", "milestone",
                    "constraintType", "constraintDate", "startNoEarlierThan", "deadline", "percentComplete",
                    "actualStart", "actualFinish", "critical", "totalFloat", "freeFloat")) {
                assertThat(String.valueOf(b.get(field))).as(name + " " + field).isEqualTo(String.valueOf(a.get(field)));
            }
            assertThat(phaseAfter.get(String.valueOf(b.get("phase")))).as(name + " phase")
                    .isEqualTo(phaseBefore.get(String.valueOf(a.get("phase"))));
            assertThat(links(b, indexAfter)).as(name + " links").isEqualTo(links(a, indexBefore));
        }
    }

    /** Each assignment as "task index, resource name, units or effort", in task order. */
    private List<String> assignments(String rolloutId, JsonNode plan) {
        Map<String, Integer> index = indexes(plan);
        List<String> lines = new ArrayList<>();
        for (JsonNode task : admin.get("/rollouts/" + rolloutId + "/resources").json()) {
            for (JsonNode a : task.get("assignments")) {
                lines.add(index.get(task.get("taskId").asString()) + " " + a.get("name").asString()
                        + (a.get("units").isNull() ? " effort " + decimal(a.get("effortHours"))
                        : " units " + decimal(a.get("units"))));
            }
        }
        return lines.stream().sorted().toList();
    }

    private static String decimal(JsonNode value) {
        return new java.math.BigDecimal(value.asString()).stripTrailingZeros().toPlainString();
    }

    private static List<String> calendars(JsonNode plan) {
        List<String> names = new ArrayList<>();
        plan.get("tasks").forEach(t -> names.add(String.valueOf(t.get("calendar"))));
        return names;
    }

    private static Map<String, Integer> indexes(JsonNode plan) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < plan.get("tasks").size(); i++) {
            index.put(plan.get("tasks").get(i).get("id").asString(), i);
        }
        return index;
    }

    private static Map<String, String> phaseNames(JsonNode plan) {
        Map<String, String> names = new HashMap<>();
        plan.get("phases").forEach(p -> names.put(String.valueOf(p.get("key")), p.get("name").asString()));
        return names;
    }

    private static List<String> links(JsonNode task, Map<String, Integer> index) {
        List<String> links = new ArrayList<>();
        task.get("dependencies").forEach(d -> links.add(index.get(d.get("taskId").asString()) + " "
                + d.get("type").asString() + " " + d.get("lagDays").asInt()));
        return links;
    }

    private static List<Element> leafTaskElements(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList tasks = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                    xml.getBytes(StandardCharsets.UTF_8))).getElementsByTagNameNS("*", "Task");
            List<Element> leaves = new ArrayList<>();
            for (int i = 0; i < tasks.getLength(); i++) {
                Element task = (Element) tasks.item(i);
                if (!"0".equals(text(task, "UID")) && "0".equals(text(task, "Summary"))) {
                    leaves.add(task);
                }
            }
            return leaves;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(JsonNode task, String field) {
        JsonNode value = task.get(field);
        return value == null || value.isNull() ? null : LocalDate.parse(value.asString());
    }

    /** MPXJ leaves a zero slack out, MSPDI's default. */
    private static int slack(Element task, String child) {
        String value = text(task, child);
        return value == null ? 0 : Integer.parseInt(value);
    }

    private static String text(Element task, String child) {
        NodeList found = task.getElementsByTagNameNS("*", child);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    private String rollout(String site) {
        return RolloutFixtures.newRollout(admin, "Round trip program", Map.of("siteName", site,
                "siteType", "HOSPITAL", "goLiveDate", GO_LIVE));
    }

    private String rolloutOf(String programId, String site) {
        return admin.post("/programs/" + programId + "/rollouts", Map.of("siteName", site, "siteType", "HOSPITAL",
                "goLiveDate", GO_LIVE)).json().get("id").asString();
    }

    private HttpJson.Reply upload(String path, byte[] file) {
        return admin.send(HttpRequest.newBuilder(admin.uri(path)).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    private static byte[] resource(String path) {
        try (InputStream in = PlanFileRoundTripIT.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
