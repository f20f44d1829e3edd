package org.golive.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A caller past its budget gets 429 with Retry-After, others are unaffected, and it recovers once refilled. */
@TestPropertySource(properties = {
        "golive.gateway.rate-limit.capacity=3",
        "golive.gateway.rate-limit.refill-period=30s"})
@Import(GatewayInFrontOfPlanning.TestIdentityProvider.class)
class GatewayRateLimitTest extends GatewayInFrontOfPlanning {

    private static final String NOISY = TestTokens.forRoles("noisy-script", "VIEWER");
    private static final String QUIET = TestTokens.forRoles("quiet-user", "VIEWER");

    @Autowired
    MeterRegistry meters;

    @Test
    void aCallerPastItsLimitGets429WithRetryAfterWhileOthersGoOnAndThenRecovers() throws Exception {
        double refusedBefore = refused();
        for (int i = 0; i < 3; i++) {
            assertThat(call(NOISY).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> limited = call(NOISY);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 10L));
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(limited.headers().firstValue("X-Echo-Service")).as("never forwarded").isEmpty();
        assertThat(refused()).as("golive_gateway_rate_limited_total{limit=caller}").isEqualTo(refusedBefore + 1);

        assertThat(call(QUIET).statusCode()).as("another caller is not affected").isEqualTo(200);

        await().atMost(Duration.ofSeconds(25)).pollInterval(Duration.ofMillis(500))
                .until(() -> call(NOISY).statusCode() == 200);
    }

    private double refused() {
        return meters.get("golive.gateway.rate.limited").tag("limit", "caller").counter().count();
    }

    private HttpResponse<String> call(String token) throws Exception {
        return get("/api/planning/programs", token);
    }
}
