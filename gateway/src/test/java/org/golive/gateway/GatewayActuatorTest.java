package org.golive.gateway;

import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing internal goes out through the gateway: health is a bare status, the route listing (with the services'
 * addresses) and metrics are for an admin, and the services' own actuators are not reachable at all.
 */
@Import(GatewayInFrontOfPlanning.TestIdentityProvider.class)
class GatewayActuatorTest extends GatewayInFrontOfPlanning {

    private static final String ADMIN = TestTokens.forRoles("admin", "PMO_ADMIN");
    private static final String[] NOT_ADMINS = {TestTokens.forRoles("viewer", "VIEWER"),
            TestTokens.forRoles("pm.north", "PROJECT_MANAGER"), TestTokens.forRoles("finance", "FINANCE"),
            TestTokens.forRoles("contributor", "CONTRIBUTOR")};

    @Test
    void healthIsAStatusForAnyoneWithoutDetails() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = get(path, null);

            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components", "details");
        }
    }

    @Test
    void theRouteListingAndMetricsAreForAnAdminOnly() throws Exception {
        for (String path : new String[] {"/actuator/gateway/routes", "/actuator/gateway/routes/planning",
                "/actuator/prometheus", "/actuator/info", "/actuator"}) {
            assertThat(get(path, null).statusCode()).as("no token: " + path).isEqualTo(401);
            for (String token : NOT_ADMINS) {
                assertThat(get(path, token).statusCode()).as(path).isEqualTo(403);
            }
        }
        HttpResponse<String> routes = get("/actuator/gateway/routes", ADMIN);
        assertThat(routes.statusCode()).isEqualTo(200);
        assertThat(routes.body()).contains("planning", planning.url());

        get("/api/planning/programs", ADMIN);
        assertThat(get("/actuator/prometheus", ADMIN).body()).contains("spring_cloud_gateway_requests")
                .contains("application=\"gateway\"");
    }

    @Test
    void theRoutesCannotBeChangedOverHttpEvenByAnAdmin() throws Exception {
        HttpResponse<String> refresh = send(request(port, "/actuator/gateway/refresh", ADMIN)
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(refresh.statusCode()).isBetween(400, 499);
    }

    @Test
    void aServicesActuatorIsNotReachableThroughTheGatewayWhoeverAsks() throws Exception {
        for (String path : new String[] {"/api/planning/actuator/prometheus", "/api/planning/actuator",
                "/api/planning/ACTUATOR/info", "/api/planning/%61ctuator/prometheus",
                "/api/planning/actuator;x=1/prometheus", "/api/planning/./actuator/health",
                "/api/planning//actuator/prometheus"}) {
            for (String token : new String[] {null, ADMIN, NOT_ADMINS[0]}) {
                HttpResponse<String> response = get(path, token);

                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(response.headers().firstValue("X-Echo-Service")).as("never forwarded: " + path).isEmpty();
            }
        }
        assertThat(get("/api/planning/programs", NOT_ADMINS[0]).statusCode()).as("the API itself").isEqualTo(200);
    }
}
