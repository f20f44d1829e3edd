package org.golive.localstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo program loaded through the gateway like a PMO would enter it: one program, three waves, ten sites of
 * different kinds, each with the standard EHR plan. Go-lives fall on Saturdays some months ahead of today, so the
 * demo always looks like a live program: the first wave's pilot site went live some four months ago, the wave's
 * other tasks are done or under way, the last wave's not started, one site's go-live already moved and one task
 * slipped past its baseline; finance has approved the budgets and booked what each site spent, so earned value and
 * health show every colour; the pilot's KPIs are measured before and after its go-live, the other sites' baselines.
 * Loaded once: if the planning service has any program, nothing is loaded.
 */
final class DemoProgram {

    private static final Logger log = LoggerFactory.getLogger(DemoProgram.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Site(String name, String type, Integer beds, int users, int weekOffset) {
    }

    /** Each wave's sites are managed by one of the demo project managers, so their scoped views differ. */
    private record WavePlan(String name, int weeksFromNow, String projectManager, List<Site> sites) {
    }

    private static final List<WavePlan> WAVES = List.of(
            new WavePlan("Wave 1 - Flagship hospitals", 14, "pm.north", List.of(
                    new Site("Northwind General Hospital", "HOSPITAL", 420, 3100, 0),
                    // The wave's pilot went live some four months ago: its plan is done, its KPIs show the benefits.
                    new Site("Northwind Children's Hospital", "HOSPITAL", 180, 1400, -31),
                    new Site("Northwind General Emergency Department", "EMERGENCY_DEPARTMENT", 60, 350, 0))),
            new WavePlan("Wave 2 - Community hospitals", 26, "pm.lake", List.of(
                    new Site("Lakeside Community Hospital", "HOSPITAL", 150, 900, 0),
                    new Site("Riverside Community Hospital", "HOSPITAL", 120, 800, 0),
                    new Site("Harbor Point Urgent Care", "URGENT_CARE", null, 60, 2))),
            new WavePlan("Wave 3 - Ambulatory network", 40, "pm.north", List.of(
                    new Site("Maple Street Primary Care", "AMBULATORY_CLINIC", null, 45, 0),
                    new Site("Eastgate Cardiology Clinic", "SPECIALTY_CLINIC", null, 30, 0),
                    new Site("Westfield Family Medicine", "AMBULATORY_CLINIC", null, 40, 2),
                    new Site("Northwind Reference Laboratory", "LABORATORY", null, 120, 2))));

    private final HttpClient http = HttpClient.newHttpClient();
    private final String gateway;
    private final String identityProvider;
    private String token;

    private final DemoPlans plans = new DemoPlans(this);
    private final DemoStakeholders stakeholders = new DemoStakeholders(this);
    private final DemoReadiness readiness = new DemoReadiness(this);
    private final DemoBudgets budgets = new DemoBudgets(this);
    private final DemoStatusReports statusReports = new DemoStatusReports(this);
    private final DemoBenefits benefits = new DemoBenefits(this);
    private final DemoResources resources = new DemoResources(this);

    DemoProgram(String gatewayUrl, String identityProviderUrl) {
        this.gateway = gatewayUrl;
        this.identityProvider = identityProviderUrl;
    }

    void loadOnce() {
        token = scriptToken();
        if (!get("/api/planning/programs").isEmpty()) {
            log.info("Demo program already loaded");
            return;
        }
        String programId = post("/api/planning/programs", Map.of(
                "name", "Northwind Health EHR Program",
                "sponsor", "Dr. Maria Alvarez, Chief Medical Information Officer",
                "vision", "One patient, one record, across every Northwind hospital, clinic and lab.",
                "goals", DemoBenefits.GOALS)).get("id").asString();
        String templateId = post("/api/planning/templates", DemoPlans.standardTemplate()).get("id").asString();
        // The pool first: each site plan made from the template gets its role demand at once.
        resources.pool(programId);
        LocalDate nextSaturday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        List<DemoStakeholders.SiteRollout> sites = new java.util.ArrayList<>();
        for (WavePlan wave : WAVES) {
            String waveId = post("/api/planning/programs/" + programId + "/waves", Map.of("name", wave.name()))
                    .get("id").asString();
            for (Site site : wave.sites()) {
                Map<String, Object> rollout = new LinkedHashMap<>();
                rollout.put("siteName", site.name());
                rollout.put("siteType", site.type());
                LocalDate goLiveDate = nextSaturday.plusWeeks(wave.weeksFromNow() + site.weekOffset());
                rollout.put("goLiveDate", goLiveDate.toString());
                if (wave.weeksFromNow() + site.weekOffset() < 0) {
                    rollout.put("history", true); // the pilot that already went live: planning refuses a past date else
                }
                rollout.put("waveId", waveId);
                rollout.put("beds", site.beds());
                rollout.put("users", site.users());
                rollout.put("projectManager", wave.projectManager());
                String rolloutId = post("/api/planning/programs/" + programId + "/rollouts", rollout).get("id")
                        .asString();
                plans.plan(rolloutId, site.name(), templateId);
                sites.add(new DemoStakeholders.SiteRollout(rolloutId, site.name(), wave.projectManager()));
                LocalDate goLive = LocalDate.parse(get("/api/planning/rollouts/" + rolloutId).get("goLiveDate")
                        .asString());
                readiness.add(rolloutId, site.name(), site.users(), goLive);
                benefits.add(rolloutId, site.name(), goLive);
            }
        }
        stakeholders.register(programId, sites);
        resources.assign(sites.stream().collect(java.util.stream.Collectors.toMap(
                DemoStakeholders.SiteRollout::siteName, DemoStakeholders.SiteRollout::rolloutId)));
        resources.whatIf(programId);
        budgets.approveAndSpend(programId, sites.stream().map(DemoStakeholders.SiteRollout::rolloutId).toList());
        readiness.load();
        statusReports.publish(sites);
        benefits.load(programId);
        log.info("Demo program loaded: {} waves, {} sites", WAVES.size(), sites.size());
    }

    /** The demo is entered like a script would: as the golive-cli client, which acts as PMO_ADMIN. */
    private String scriptToken() {
        String credentials = Base64.getEncoder().encodeToString("golive-cli:golive-cli-secret"
                .getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(identityProvider + "/oauth2/token"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), 200)
                .get("access_token").asString();
    }

    String gateway() {
        return gateway;
    }

    String identityProvider() {
        return identityProvider;
    }

    /** The answer to a GET with another user's token, or null when it is not 200 (not there yet). */
    JsonNode tryGet(String userToken, String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + path))
                    .header("Authorization", "Bearer " + userToken).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A call with another user's token (the demo's finance steps). */
    JsonNode sendAs(String userToken, String path, String method, Object body, int expected) {
        return send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + userToken)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), expected);
    }

    /** A POST with another user's token; null when it answers 409 (someone changed it since it was read). */
    JsonNode sendAsUnlessConflict(String userToken, String path, Object body, int expected) {
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + userToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        if (response.statusCode() == 409) {
            return null;
        }
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Loading the demo program failed: POST " + path + " answered "
                    + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + token)
                .GET().build(), 200);
    }

    /** The status a GET answers, for waiting until a service has learned something from the events. */
    int statusOf(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + token)
                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file (a CSV export) posted as the demo's script user. */
    JsonNode postFile(String path, String contentType, String body, int expected) {
        return send(HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                expected);
    }

    /** A file sent with {@code method} as the demo's script user (an MS Project plan put in a plan's place). */
    JsonNode sendFile(String path, String method, String contentType, String body, int expected) {
        return send(HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                expected);
    }

    /** A GET's body as text (a file download). */
    String text(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + path))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Loading the demo program failed: GET " + path + " answered "
                        + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode post(String path, Object body) {
        return send(path, "POST", body, 201);
    }

    JsonNode send(String path, String method, Object body, int expected) {
        String json = body instanceof String text ? text : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), expected);
    }

    private JsonNode send(HttpRequest request, int expected) {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Loading the demo program failed: " + request.method() + " "
                    + request.uri() + " answered " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
