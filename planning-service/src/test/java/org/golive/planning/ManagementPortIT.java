package org.golive.planning;

import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a management port (MANAGEMENT_SERVER_PORT) operations scrape metrics there without a token, and the API port
 * serves no actuator at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GoliveTestInfrastructure.class)
class ManagementPortIT {

    private static final int MANAGEMENT_PORT = freePort();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void managementPort(DynamicPropertyRegistry registry) {
        registry.add("management.server.port", () -> MANAGEMENT_PORT);
    }

    @Test
    void prometheusScrapesTheManagementPortWithoutATokenWhileTheApiPortHasNoActuator() {
        HttpJson management = new HttpJson("http://localhost:" + MANAGEMENT_PORT);

        assertThat(management.get("/actuator/prometheus").body()).contains("golive_outbox_published");
        assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(new HttpJson("http://localhost:" + port).as("PMO_ADMIN").get("/actuator/prometheus").status())
                .isIn(403, 404);
        assertThat(new HttpJson("http://localhost:" + port).as("VIEWER").get("/programs").status()).isEqualTo(200);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
