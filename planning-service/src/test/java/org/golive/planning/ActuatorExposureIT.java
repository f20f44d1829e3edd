package org.golive.planning;

import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the API port the actuator shows health as a bare status to anyone, and metrics only to an admin: no disk path,
 * no database address, no metrics for a viewer (nor for a viewer through the gateway, which relays to this port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GoliveTestInfrastructure.class)
class ActuatorExposureIT {

    @LocalServerPort
    int port;

    private HttpJson as(String... roles) {
        return new HttpJson("http://localhost:" + port).as(roles);
    }

    @Test
    void healthIsAStatusWithoutDetailsForAnyone() {
        HttpJson anonymous = new HttpJson("http://localhost:" + port);
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            HttpJson.Reply health = anonymous.get(path);

            assertThat(health.status()).as(path).isEqualTo(200);
            assertThat(health.json().propertyNames()).as(path).contains("status").isSubsetOf("status", "groups");
        }
        assertThat(as("PMO_ADMIN").get("/actuator/health").body()).doesNotContain("diskSpace", "mongo", "path");
    }

    @Test
    void metricsAndInfoAreForAnAdminOnly() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/info", "/actuator"}) {
            assertThat(new HttpJson("http://localhost:" + port).get(path).status()).as(path).isEqualTo(401);
            for (String role : new String[] {"VIEWER", "CONTRIBUTOR", "PROJECT_MANAGER", "FINANCE"}) {
                assertThat(as(role).get(path).status()).as(role + " " + path).isEqualTo(403);
            }
        }
        assertThat(as("PMO_ADMIN").get("/actuator/prometheus").body()).contains("golive_outbox_published");
    }
}
