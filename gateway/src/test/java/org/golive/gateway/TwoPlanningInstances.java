package org.golive.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.golive.gateway.GatewayRoutingTest.EchoService;
import org.golive.testsupport.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The gateway routing {@code lb://planning} over a static list of two stand-in planning instances, as the local
 * stack routes {@code --instances}. Each test class starts its own two instances (it may stop one) and names them in
 * its {@code @DynamicPropertySource} through {@link #register}, so no two classes share a context.
 */
// test-support (for its tokens) brings MongoDB and Kafka clients onto the test classpath; the gateway uses neither.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.autoconfigure.exclude="
                + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
                + "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration,"
                + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "PLANNING_URL=lb://planning",
        "spring.cloud.discovery.enabled=true"})
@Import(TwoPlanningInstances.TestTokenDecoder.class)
abstract class TwoPlanningInstances {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    private int gatewayPort;

    static void register(DynamicPropertyRegistry registry, EchoService first, EchoService second) {
        registry.add("spring.cloud.discovery.client.simple.instances.planning[0].uri", first::url);
        registry.add("spring.cloud.discovery.client.simple.instances.planning[1].uri", second::url);
    }

    /** {@code GET} or {@code POST} (with an empty program) of planning's programs through the gateway. */
    HttpResponse<String> programs(String method, String token) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + gatewayPort
                            + "/api/planning/programs"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
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

    // Imported, not nested configuration: a nested one would be picked up by every subclass's context.
    static class TestTokenDecoder {
        @Bean
        ReactiveJwtDecoder jwtDecoder() {
            return TestTokens.reactiveDecoder();
        }
    }
}
