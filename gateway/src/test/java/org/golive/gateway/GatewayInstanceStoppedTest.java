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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * Two instances of planning behind {@code lb://planning}, as the local stack routes {@code --instances}; one stops.
 * Reads keep succeeding at once (a refused GET goes to the other instance), and once the balancer's health check has
 * seen the stopped instance down, writes, which are never retried, go only to the live one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.autoconfigure.exclude="
                + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
                + "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration,"
                + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "PLANNING_URL=lb://planning",
        "spring.cloud.discovery.enabled=true",
        // Long enough that the reads right after the stop meet the stopped instance still in the list.
        "LB_HEALTH_CHECK_INTERVAL=30s"})
class GatewayInstanceStoppedTest {

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
    void aStoppedInstanceCostsNoFailedCall() {
        Set<String> reached = new HashSet<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            reached.add(send("GET").headers().firstValue("X-Echo-Service").orElseThrow());
            return reached.size() == 2;
        });

        STOPPING.stop();

        // The health check has not run since: every other pick is the stopped instance, and the retry saves the read.
        List<Integer> reads = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> read = send("GET");
            reads.add(read.statusCode());
            assertThat(read.headers().firstValue("X-Echo-Service")).contains("planning-live");
        }
        assertThat(reads).containsOnly(200);
    }

    private HttpResponse<String> send(String method) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + gatewayPort
                            + "/api/planning/programs"))
                    .header("Authorization", "Bearer " + PMO_TOKEN).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10))
                    .method(method, method.equals("GET") ? BodyPublishers.noBody() : BodyPublishers.ofString("{}"))
                    .build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
