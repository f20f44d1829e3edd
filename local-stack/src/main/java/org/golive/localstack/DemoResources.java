package org.golive.localstack;

import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo program's resource pool (trainers, analysts, super-users, vendor staff) and its assignments to the sites'
 * tasks, entered through the gateway. The pool is loaded before the sites' plans: the standard template's role demand
 * (trainers, analysts, super-users, command center staff) lands on the generic roles at once, sized so that the
 * program's waves fit them; the named people are then assigned over it. Everyone is within capacity but one application analyst: Priya Raman gives
 * her full days to Lakeside's at-the-elbow support after its go-live (wave 2) while half her days are still on
 * Maple Street's order build (wave 3), so the capacity view shows her over-allocated in the weeks the two overlap.
 * Lakeside's at-the-elbow support must start on its go-live day and the order build has no float, so levelling within
 * float cannot remove it: the preview asked beyond float moves wave 3's Maple Street go-live some weeks later.
 */
final class DemoResources {

    private final DemoProgram demo;

    DemoResources(DemoProgram demo) {
        this.demo = demo;
    }

    private record Member(String name, String kind, String role, int hoursPerWeek, String homeSite, String rate,
                          List<String> skills) {
    }

    private static final List<Member> POOL = List.of(
            new Member("Dana Whitfield", "PERSON", "CREDENTIALED_TRAINER", 40, "Lakeside Community Hospital",
                    "78.50", List.of("Inpatient orders", "ClinDoc")),
            new Member("Omar Haddad", "PERSON", "CREDENTIALED_TRAINER", 40, "Riverside Community Hospital",
                    "78.50", List.of("Ambulatory", "Scheduling")),
            new Member("Grace Liu", "PERSON", "TRAINER", 32, "Northwind General Hospital", "61.00",
                    List.of("Nursing documentation")),
            new Member("Priya Raman", "PERSON", "APPLICATION_ANALYST", 40, "Northwind General Hospital", "92.00",
                    List.of("Orders", "Order sets")),
            new Member("Tom Becker", "PERSON", "APPLICATION_ANALYST", 40, "Northwind General Hospital", "92.00",
                    List.of("Lab", "Interfaces")),
            new Member("Ines Moreau", "PERSON", "SUPER_USER", 20, "Lakeside Community Hospital", "55.00",
                    List.of("Med-surg nursing")),
            new Member("Vendor consultants", "ROLE", "VENDOR_CONSULTANT", 120, null, "185.00",
                    List.of("Build", "Cutover")),
            new Member("Command center staff", "ROLE", "COMMAND_CENTER_STAFF", 200, null, "70.00",
                    List.of("Triage", "Ticketing")),
            // The generic roles the standard template's demand is assigned to: the program's teams, not yet named.
            new Member("Application analysts", "ROLE", "APPLICATION_ANALYST", 800, null, "88.00",
                    List.of("Orders", "ClinDoc", "Testing")),
            new Member("Credentialed trainers", "ROLE", "CREDENTIALED_TRAINER", 480, null, "76.00",
                    List.of("End-user training")),
            new Member("Trainers", "ROLE", "TRAINER", 480, null, "60.00", List.of("Training materials")),
            new Member("Super-users", "ROLE", "SUPER_USER", 1600, null, "52.00", List.of("At-the-elbow")),
            new Member("Interface engineers", "ROLE", "INTERFACE_ENGINEER", 320, null, "95.00",
                    List.of("HL7", "ADT")));

    /** Calendars of their own: a super-user whose Friday is a morning (her 20 hours a week are given Monday to Friday). */
    private static final Map<String, Map<String, Object>> CALENDARS = Map.of("Ines Moreau",
            Map.of("weekdayWorkingTimes", Map.of("FRIDAY", "08:00-12:00")));

    private final Map<String, String> pool = new HashMap<>();

    void pool(String programId) {
        for (Member member : POOL) {
            Map<String, Object> form = new HashMap<>();
            form.put("kind", member.kind());
            form.put("name", member.name());
            form.put("role", member.role());
            form.put("hoursPerWeek", member.hoursPerWeek());
            form.put("homeSite", member.homeSite());
            form.put("skills", member.skills());
            form.put("costRates", List.of(Map.of("from", "2026-01-01", "hourlyRate", member.rate())));
            if (CALENDARS.containsKey(member.name())) {
                form.put("calendar", CALENDARS.get(member.name()));
            }
            pool.put(member.name(), demo.post("/api/planning/programs/" + programId + "/resources", form)
                    .get("id").asString());
        }
    }

    /** @param sites every demo site's rollout id by site name */
    void assign(Map<String, String> sites) {
        // Wave 2: the credentialed trainers run end-user training.
        assign(sites.get("Lakeside Community Hospital"), "end-user-training", pool.get("Dana Whitfield"), "1", null);
        assign(sites.get("Riverside Community Hospital"), "end-user-training", pool.get("Omar Haddad"), "1", null);
        // Trainers prepare wave 3's materials after wave 2's training is over.
        assign(sites.get("Maple Street Primary Care"), "training-materials", pool.get("Grace Liu"), null, "80");
        // Vendor consultants build the interfaces, half a person per site; the command center staffs every go-live.
        for (String site : List.of("Lakeside Community Hospital", "Riverside Community Hospital",
                "Harbor Point Urgent Care", "Maple Street Primary Care", "Eastgate Cardiology Clinic")) {
            assign(sites.get(site), "interfaces-build", pool.get("Vendor consultants"), "0.5", null);
            assign(sites.get(site), "command-center", pool.get("Command center staff"), "1", null);
        }
        assign(sites.get("Eastgate Cardiology Clinic"), "build-orders", pool.get("Tom Becker"), "0.5", null);
        // The one over-allocation: Priya at Lakeside's go-live (wave 2) while on Maple Street's order build (wave 3).
        assign(sites.get("Maple Street Primary Care"), "build-orders", pool.get("Priya Raman"), "0.5", null);
        assignPriyaAtTheElbow(sites.get("Lakeside Community Hospital"));
        startAtTheElbowOnGoLiveDay(sites.get("Lakeside Community Hospital"));
    }

    /**
     * A what-if the PMO keeps beside the plans: wave 3 four weeks earlier, which takes Maple Street's order build out
     * of Lakeside's go-live weeks, so Priya's over-allocation disappears in the scenario (the plans stay as they are
     * until someone promotes it).
     */
    void whatIf(String programId) {
        for (var wave : demo.get("/api/planning/programs/" + programId).get("waves")) {
            if (wave.get("name").asString().startsWith("Wave 3")) {
                demo.post("/api/planning/programs/" + programId + "/scenarios", Map.of(
                        "name", "Wave 3 four weeks earlier",
                        "moves", List.of(Map.of("waveId", wave.get("id").asString(), "shiftDays", -28))));
            }
        }
    }

    /** Lakeside's at-the-elbow support: its super-user half-time, and Priya full-time. */
    private void assignPriyaAtTheElbow(String rolloutId) {
        String path = "/api/planning/rollouts/" + rolloutId + "/plan/tasks/at-the-elbow/resources";
        int revision = demo.get(path).get("revision").asInt();
        demo.send(path, "PUT", Map.of("revision", revision, "assignments", List.of(
                Map.of("resourceId", pool.get("Ines Moreau"), "units", "0.5"),
                Map.of("resourceId", pool.get("Priya Raman"), "units", "1"))), 200);
    }

    /**
     * At-the-elbow support starts when the site goes live, not later: a must-start-on constraint (the date moves with
     * the go-live), so levelling delays none of it within float.
     */
    private void startAtTheElbowOnGoLiveDay(String rolloutId) {
        String path = "/api/planning/rollouts/" + rolloutId + "/plan/tasks/at-the-elbow";
        JsonNode task = demo.get(path);
        Map<String, Object> form = new HashMap<>();
        for (String field : List.of("wbs", "phase", "title", "deadline", "durationDays", "dependencies",
                "effortHours", "readinessCriterion", "raci", "revision", "duration", "calendar", "effortDriven")) {
            if (task.has(field) && !task.get(field).isNull()) {
                form.put(field, task.get(field));
            }
        }
        form.put("constraintType", "MSO");
        form.put("constraintDate", task.get("start").asString());
        demo.send(path, "PUT", form, 200);
    }

    private void assign(String rolloutId, String taskId, String resourceId, String units, String effortHours) {
        String path = "/api/planning/rollouts/" + rolloutId + "/plan/tasks/" + taskId + "/resources";
        int revision = demo.get(path).get("revision").asInt();
        Map<String, Object> assignment = new HashMap<>();
        assignment.put("resourceId", resourceId);
        assignment.put(units != null ? "units" : "effortHours", units != null ? units : effortHours);
        demo.send(path, "PUT", Map.of("revision", revision, "assignments", List.of(assignment)), 200);
    }
}
