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

/**
 * Two instances of planning behind {@code lb://planning}; one stops. Writes are never retried on another instance, so
 * they show the balancer's health check alone: once it has seen the instance down (every 2 s, as configured), every
 * write goes to the live one.
 */
class GatewayHealthCheckTest extends TwoPlanningInstances {

    private static final EchoService LIVE = EchoService.start("planning-live");
    private static final EchoService STOPPING = EchoService.start("planning-stopping");
    private static final String PMO_TOKEN = TestTokens.forRoles("pmo", "PMO_ADMIN");

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        register(registry, LIVE, STOPPING);
    }

    @AfterAll
    static void stop() {
        LIVE.stop();
    }

    @Test
    void writesGoOnlyToLiveInstancesOnceTheHealthCheckHasRun() {
        Set<String> reached = new HashSet<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpResponse<String> write = programs("POST", PMO_TOKEN);
            assertThat(write.statusCode()).isEqualTo(200);
            reached.add(write.headers().firstValue("X-Echo-Service").orElseThrow());
            return reached.size() == 2;
        });

        STOPPING.stop();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (int i = 0; i < 10; i++) {
                if (programs("POST", PMO_TOKEN).statusCode() != 200) {
                    return false;
                }
            }
            return true;
        });
    }
}
