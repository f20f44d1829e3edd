package org.golive.gateway;

import org.golive.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistrar;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The gateway as deployed on a random port, routing to one stand-in planning service that lives as long as the
 * gateway's context, and a client that calls it with or without a bearer token. A test that checks tokens as the
 * test identity provider signs them imports {@link TestIdentityProvider}.
 */
// test-support (for its tokens) brings MongoDB and Kafka clients onto the test classpath; the gateway uses neither.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
        + "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration,"
        + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@Import(GatewayInFrontOfPlanning.StandInPlanning.class)
abstract class GatewayInFrontOfPlanning {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    GatewayRoutingTest.EchoService planning;

    HttpResponse<String> get(String path, String token) throws Exception {
        return get(port, path, token);
    }

    HttpResponse<String> get(int port, String path, String token) throws Exception {
        return send(request(port, path, token).GET());
    }

    /** A request to the gateway (or its management port) carrying the token, if any, as a bearer token. */
    static HttpRequest.Builder request(int port, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    /** Sent at once, answered later: many requests in flight together. */
    CompletableFuture<HttpResponse<String>> getAsync(String path, String token) {
        return http.sendAsync(request(port, path, token).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // Imported, not nested configuration: a nested one would be picked up by every subclass's context.
    static class StandInPlanning {
        @Bean(destroyMethod = "stop")
        GatewayRoutingTest.EchoService planningService() {
            return GatewayRoutingTest.EchoService.start("planning");
        }

        @Bean
        DynamicPropertyRegistrar planningUrl(GatewayRoutingTest.EchoService planningService) {
            return registry -> registry.add("PLANNING_URL", planningService::url);
        }
    }

    /** Checks tokens as the test identity provider ({@link TestTokens}) signs them. */
    static class TestIdentityProvider {
        @Bean
        ReactiveJwtDecoder jwtDecoder() {
            return TestTokens.reactiveDecoder();
        }
    }
}
