package org.golive.gateway;

import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A caller past its budget gets 429 with Retry-After, others are unaffected, and it recovers once refilled. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "golive.gateway.rate-limit.capacity=3",
        "golive.gateway.rate-limit.refill-period=30s",
        "spring.autoconfigure.exclude="
                + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
                + "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration,"
                + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
class GatewayRateLimitTest {

    private static final GatewayRoutingTest.EchoService PLANNING = GatewayRoutingTest.EchoService.start("planning");
    private static final String NOISY = TestTokens.forRoles("noisy-script", "VIEWER");
    private static final String QUIET = TestTokens.forRoles("quiet-user", "VIEWER");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("PLANNING_URL", PLANNING::url);
    }

    @AfterAll
    static void stopService() {
        PLANNING.stop();
    }

    @TestConfiguration
    static class Tokens {
        @Bean
        ReactiveJwtDecoder jwtDecoder() {
            return TestTokens.reactiveDecoder();
        }
    }

    @Test
    void aCallerPastItsLimitGets429WithRetryAfterWhileOthersGoOnAndThenRecovers() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(call(NOISY).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> limited = call(NOISY);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 10L));
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(limited.headers().firstValue("X-Echo-Service")).as("never forwarded").isEmpty();

        assertThat(call(QUIET).statusCode()).as("another caller is not affected").isEqualTo(200);

        await().atMost(Duration.ofSeconds(25)).pollInterval(Duration.ofMillis(500))
                .until(() -> call(NOISY).statusCode() == 200);
    }

    private HttpResponse<String> call(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/planning/programs"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
