package org.golive.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.golive.gateway.GatewayRoutingTest.EchoService;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Two instances of planning behind {@code lb://planning}; one stops. Reads keep succeeding at once (a refused GET goes
 * to the other instance), and once the balancer's health check has seen the stopped instance down, writes, which are
 * never retried, go only to the live one.
 */
// Long enough that the reads right after the stop meet the stopped instance still in the list.
@TestPropertySource(properties = "LB_HEALTH_CHECK_INTERVAL=30s")
class GatewayInstanceStoppedTest extends TwoPlanningInstances {

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
    void aStoppedInstanceCostsNoFailedCall() {
        Set<String> reached = new HashSet<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            reached.add(programs("GET", PMO_TOKEN).headers().firstValue("X-Echo-Service").orElseThrow());
            return reached.size() == 2;
        });

        STOPPING.stop();

        // The health check has not run since: every other pick is the stopped instance, and the retry saves the read.
        List<Integer> reads = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> read = programs("GET", PMO_TOKEN);
            reads.add(read.statusCode());
            assertThat(read.headers().firstValue("X-Echo-Service")).contains("planning-live");
        }
        assertThat(reads).containsOnly(200);
    }
}
