package org.golive.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.golive.gateway.GatewayRoutingTest.EchoService;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Two instances of planning behind one route ({@code lb://planning} over a static list): calls go to both. */
class GatewayLoadBalancingTest extends TwoPlanningInstances {

    private static final EchoService FIRST = EchoService.start("planning-1");
    private static final EchoService SECOND = EchoService.start("planning-2");
    private static final String VIEWER_TOKEN = TestTokens.forRoles("viewer", "VIEWER");

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        register(registry, FIRST, SECOND);
    }

    @AfterAll
    static void stop() {
        FIRST.stop();
        SECOND.stop();
    }

    @Test
    void callsReachBothInstances() {
        Set<String> reached = new HashSet<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpResponse<String> response = programs("GET", VIEWER_TOKEN);
            assertThat(response.statusCode()).isEqualTo(200);
            reached.add(response.headers().firstValue("X-Echo-Service").orElseThrow());
            return reached.size() == 2;
        });
        assertThat(reached).containsExactlyInAnyOrder("planning-1", "planning-2");
    }
}
