package org.golive.gateway;

import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** With MANAGEMENT_SERVER_PORT, scrapers read metrics there without a token; the public port serves none. */
@Import(GatewayInFrontOfPlanning.TestIdentityProvider.class)
class GatewayManagementPortTest extends GatewayInFrontOfPlanning {

    private static final int MANAGEMENT_PORT = freePort();

    @DynamicPropertySource
    static void managementPort(DynamicPropertyRegistry registry) {
        registry.add("management.server.port", () -> MANAGEMENT_PORT);
    }

    @Test
    void metricsAreOnTheManagementPortWithoutATokenAndNotOnThePublicPort() throws Exception {
        HttpResponse<String> scraped = get(MANAGEMENT_PORT, "/actuator/prometheus", null);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("application=\"gateway\"");
        assertThat(get(MANAGEMENT_PORT, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);

        String admin = TestTokens.forRoles("admin", "PMO_ADMIN");
        assertThat(get("/actuator/prometheus", admin).statusCode()).isIn(403, 404);
        assertThat(get("/actuator/gateway/routes", admin).statusCode()).isIn(403, 404);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
