package org.golive.system;

import org.golive.localstack.Service;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Tokens from the stack's identity provider, checked at the gateway and again by every service. */
class SecuritySystemIT {

    @Test
    void withoutATokenTheApiAnswers401WithAProblem() {
        HttpJson.Reply reply = GoliveStack.anonymousGateway().get("/api/tracking/portfolio");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBiClientReadsThePortfolioButCannotCreateAProgram() {
        HttpJson bi = GoliveStack.anonymousGateway().withToken(GoliveStack.token("golive-bi", "golive-bi-secret"));

        assertThat(bi.get("/api/tracking/portfolio").status()).isEqualTo(200);
        HttpJson.Reply refused = bi.post("/api/planning/programs", Map.of("name", "Not allowed"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTokenTheIdentityProviderDidNotIssueIsRefused() {
        HttpJson forger = GoliveStack.anonymousGateway().withToken(TestTokens.forRoles("mallory", "PMO_ADMIN"));

        assertThat(forger.get("/api/planning/programs").status()).isEqualTo(401);
    }

    @Test
    void nothingInternalGoesOutThroughTheGateway() {
        HttpJson admin = GoliveStack.gateway();
        HttpJson viewer = GoliveStack.anonymousGateway().withToken(GoliveStack.token("golive-bi", "golive-bi-secret"));

        assertThat(GoliveStack.anonymousGateway().get("/actuator/gateway/routes").status()).isEqualTo(401);
        assertThat(viewer.get("/actuator/gateway/routes").status()).isEqualTo(403);
        assertThat(admin.get("/actuator/gateway/routes").status()).isEqualTo(200);
        for (String service : new String[] {"planning", "budgets", "tracking"}) {
            assertThat(admin.get("/api/" + service + "/actuator/prometheus").status()).as(service).isEqualTo(404);
        }
        HttpJson.Reply health = GoliveStack.anonymousGateway().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).doesNotContain("components", "details");
    }

    @Test
    void aContributorSeesThePortfolioWithoutTheBudgetsTheBudgetApiRefusesThem() {
        HttpJson contributor = GoliveStack.gatewayAs("contributor");
        JsonNode rollouts = contributor.get("/api/tracking/portfolio").json().get("rollouts");
        assertThat(rollouts.size()).as("the demo program").isPositive();
        String rolloutId = rollouts.get(0).get("rolloutId").asString();

        HttpJson viewer = GoliveStack.gatewayAs("viewer");
        await().atMost(Duration.ofSeconds(30)).until(() -> viewer.get("/api/tracking/portfolio/rollouts/" + rolloutId)
                .body().contains("\"fiscalYear\""));

        assertThat(contributor.get("/api/budgets/rollouts/" + rolloutId).status()).isEqualTo(403);
        assertThat(contributor.get("/api/tracking/portfolio/rollouts/" + rolloutId).body())
                .doesNotContain("\"fiscalYear\"", "\"total\"");
        JsonNode portfolio = contributor.get("/api/tracking/portfolio").json();
        assertThat(portfolio.toString()).doesNotContain("\"fiscalYear\"");
        for (JsonNode rollout : portfolio.get("rollouts")) {
            for (String money : new String[] {"budget", "budgets", "cpi", "budgetBurn"}) {
                assertThat(rollout.path(money).isMissingNode() || rollout.path(money).isNull())
                        .as(money + " of " + rollout.get("siteName")).isTrue();
            }
        }
    }

    @Test
    void aServiceReachedAroundTheGatewayStillRequiresAToken() {
        for (Service service : Service.values()) {
            HttpJson direct = GoliveStack.aroundTheGateway(service);
            assertThat(direct.get("/anything").status()).as(service.id()).isEqualTo(401);
            assertThat(direct.get("/actuator/health/readiness").status()).as(service.id() + " probe").isEqualTo(200);
        }
    }
}
