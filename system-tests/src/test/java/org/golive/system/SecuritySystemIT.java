package org.golive.system;

import org.golive.localstack.Service;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aServiceReachedAroundTheGatewayStillRequiresAToken() {
        for (Service service : Service.values()) {
            HttpJson direct = GoliveStack.aroundTheGateway(service);
            assertThat(direct.get("/anything").status()).as(service.id()).isEqualTo(401);
            assertThat(direct.get("/actuator/health/readiness").status()).as(service.id() + " probe").isEqualTo(200);
        }
    }
}
