package org.golive.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.golive.gateway.GatewayRoutingTest.EchoService;
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

/**
 * Two instances of planning behind {@code lb://planning}; one stops. Writes are never retried on another instance, so
 * they show the balancer's health check alone: once it has seen the instance down (every 2 s, as configured), every
 * write goes to the live one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.autoconfigure.exclude="
                + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
                + "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration,"
                + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "PLANNING_URL=lb://planning",
        "spring.cloud.discovery.enabled=true"})
class GatewayHealthCheckTest {

    private static final EchoService LIVE = EchoService.start("planning-live");
    private static final EchoService STOPPING = EchoService.start("planning-stopping");
    private static final String PMO_TOKEN = TestTokens.forRoles("pmo", "PMO_ADMIN");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    private int gatewayPort;

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.planning[0].uri", LIVE::url);
        registry.add("spring.cloud.discovery.client.simple.instances.planning[1].uri", STOPPING::url);
    }

    @TestConfiguration
    static class Tokens {
        @Bean
        ReactiveJwtDecoder jwtDecoder() {
            return TestTokens.reactiveDecoder();
        }
    }

    @AfterAll
    static void stop() {
        LIVE.stop();
    }

    @Test
    void writesGoOnlyToLiveInstancesOnceTheHealthCheckHasRun() {
        Set<String> reached = new HashSet<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpResponse<String> write = post();
            assertThat(write.statusCode()).isEqualTo(200);
            reached.add(write.headers().firstValue("X-Echo-Service").orElseThrow());
            return reached.size() == 2;
        });

        STOPPING.stop();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (int i = 0; i < 10; i++) {
                if (post().statusCode() != 200) {
                    return false;
                }
            }
            return true;
        });
    }

    private HttpResponse<String> post() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + gatewayPort
                            + "/api/planning/programs"))
                    .header("Authorization", "Bearer " + PMO_TOKEN).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10)).POST(BodyPublishers.ofString("{}")).build(),
                    BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
