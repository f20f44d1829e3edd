package org.golive.gateway;

import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** With MANAGEMENT_SERVER_PORT, scrapers read metrics there without a token; the public port serves none. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
        + "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration,"
        + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
class GatewayManagementPortTest {

    private static final int MANAGEMENT_PORT = freePort();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void managementPort(DynamicPropertyRegistry registry) {
        registry.add("management.server.port", () -> MANAGEMENT_PORT);
    }

    @TestConfiguration
    static class Tokens {
        @Bean
        ReactiveJwtDecoder jwtDecoder() {
            return TestTokens.reactiveDecoder();
        }
    }

    @Test
    void metricsAreOnTheManagementPortWithoutATokenAndNotOnThePublicPort() throws Exception {
        HttpResponse<String> scraped = get(MANAGEMENT_PORT, "/actuator/prometheus", null);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("application=\"gateway\"");
        assertThat(get(MANAGEMENT_PORT, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);

        String admin = TestTokens.forRoles("admin", "PMO_ADMIN");
        assertThat(get(port, "/actuator/prometheus", admin).statusCode()).isIn(403, 404);
        assertThat(get(port, "/actuator/gateway/routes", admin).statusCode()).isIn(403, 404);
    }

    private HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
