package org.golive.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.cloud.gateway.support.RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway as deployed (routes from application.yml) in front of four stand-in services that echo what reached
 * them, plus two broken services that exist only in this test.
 */
// test-support (for its tokens) brings MongoDB and Kafka clients onto the test classpath; the gateway uses neither.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
        + "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration,"
        + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
class GatewayRoutingTest {

    private static final EchoService PLANNING = EchoService.start("planning");
    private static final EchoService STAKEHOLDER = EchoService.start("stakeholder");
    private static final EchoService BUDGET = EchoService.start("budget");
    private static final EchoService TRACKING = EchoService.start("tracking");
    private static final EchoService STUCK = EchoService.startStuck();
    private static final int NOBODY_LISTENING = freePort();

    /** Far above what a refused connection or the test route's 1 s response timeout need. */
    private static final Duration TOO_LONG = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TOO_LONG)
            .build();

    @LocalServerPort
    private int gatewayPort;

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        registry.add("PLANNING_URL", PLANNING::url);
        registry.add("STAKEHOLDER_URL", STAKEHOLDER::url);
        registry.add("BUDGET_URL", BUDGET::url);
        registry.add("TRACKING_URL", TRACKING::url);
    }

    @AfterAll
    static void stopServices() {
        for (EchoService service : new EchoService[] {PLANNING, STAKEHOLDER, BUDGET, TRACKING, STUCK}) {
            service.stop();
        }
    }

    /** Routes to broken services; they share the global http client settings and error handling with the real ones. */
    @TestConfiguration
    static class BrokenServiceRoutes {

        /** The gateway trusts the test identity provider's tokens, checked as in production. */
        @Bean
        ReactiveJwtDecoder jwtDecoder() {
            return TestTokens.reactiveDecoder();
        }

        @Bean
        RouteLocator brokenServices(RouteLocatorBuilder routes) {
            return routes.routes()
                    .route("down", r -> r.path("/api/down/**")
                            .filters(f -> f.stripPrefix(2))
                            .uri("http://127.0.0.1:" + NOBODY_LISTENING))
                    .route("stuck", r -> r.path("/api/stuck/**")
                            .filters(f -> f.stripPrefix(2))
                            .metadata(RESPONSE_TIMEOUT_ATTR, 1000)
                            .uri(STUCK.url()))
                    .build();
        }
    }

    @ParameterizedTest(name = "{0} reaches {1} as {2}")
    @CsvSource({
        "/api/planning/programs,             planning,    /programs",
        "/api/stakeholders/7/engagement,     stakeholder, /7/engagement",
        "/api/stakeholders,                  stakeholder, /",
        "/api/stakeholders/v3/api-docs,      stakeholder, /v3/api-docs",
        "/api/planning/outbox/parked,        planning,    /outbox/parked",
        "/api/stakeholders/outbox/parked/e1, stakeholder, /outbox/parked/e1",
        "/api/budgets/rollouts/42,           budget,      /rollouts/42",
        "/api/tracking/go-lives,             tracking,    /go-lives",
    })
    void eachRouteStripsTheApiPrefixFromThePath(String gatewayPath, String service, String servicePath)
            throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway(gatewayPath)).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Echo-Service")).hasValue(service);
        assertThat(response.headers().firstValue("X-Echo-Path")).hasValue(servicePath);
    }

    @ParameterizedTest(name = "{0} answers Location {1}")
    @CsvSource({
        "/api/planning/rollouts/r-1/plan/tasks/t-9, /api/planning/rollouts/r-1/plan/tasks/t-9",
        "/api/stakeholders/s-7,                     /api/stakeholders/s-7",
        "/api/stakeholders,                         /api/stakeholders/",
        "/api/budgets/budgets/b-2,                  /api/budgets/budgets/b-2",
        "/api/tracking/portfolio,                   /api/tracking/portfolio",
    })
    void aLocationInsideTheServiceIsAnsweredAsAPathThroughTheGateway(String gatewayPath, String location)
            throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway(gatewayPath)).GET());

        assertThat(response.headers().firstValue("Location")).hasValue(location);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST,  /api/planning/programs",
        "PUT,   /api/stakeholders/contacts/3",
        "PATCH, /api/budgets/rollouts/42",
        "DELETE,/api/tracking/issues/9",
    })
    void forwardsMethodBodyAndQueryUnchanged(String method, String gatewayPath) throws Exception {
        String body = "{\"name\":\"Wave 1 – Nord\"}";

        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway(gatewayPath + "?site=Kiel&page=2"))
                .header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Echo-Method")).hasValue(method);
        assertThat(response.headers().firstValue("X-Echo-Query")).hasValue("site=Kiel&page=2");
        assertThat(response.body()).isEqualTo(body);
    }

    @Test
    void aPathNoRouteClaimsIsNotFound() throws Exception {
        assertThat(send(HttpRequest.newBuilder(gateway("/api/unknown/things")).GET()).statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(gateway("/programs")).GET()).statusCode()).isEqualTo(404);
    }

    @Test
    void reportsItselfUpAndReadyToOrchestrators() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(gateway(path)).GET());

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void aServiceThatIsDownAnswers503AtOnce() throws Exception {
        Instant start = Instant.now();

        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/down/programs")).GET());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aServiceThatNeverAnswersGives504AfterTheResponseTimeout() throws Exception {
        Instant start = Instant.now();

        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/stuck/programs")).GET());

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedWith413() throws Exception {
        byte[] tooLarge = new byte[1024 * 1024 + 1];

        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/planning/programs"))
                .POST(BodyPublishers.ofByteArray(tooLarge)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":413");
    }

    /** A template of 10,000 tasks is about 2.5 MB of JSON: template and Microsoft Project paths take bulk bodies. */
    @ParameterizedTest(name = "{0} takes a 3 MB body")
    @CsvSource({
        "/api/planning/templates,                  /templates",
        "/api/planning/templates/import?name=Big,  /templates/import",
        "/api/planning/templates/t-1/versions,     /templates/t-1/versions",
        "/api/planning/rollouts/r-1/plan/import,   /rollouts/r-1/plan/import",
    })
    void aBulkPathTakesABodyOverOneMegabyte(String gatewayPath, String servicePath) throws Exception {
        byte[] bulk = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(bulk, (byte) 'x');

        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway(gatewayPath))
                .POST(BodyPublishers.ofByteArray(bulk)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Echo-Path")).hasValue(servicePath);
        assertThat(response.body()).hasSize(bulk.length);
    }

    @ParameterizedTest(name = "{0} refuses a body over 1 MB")
    @CsvSource({"/api/planning/templates/t-1", "/api/planning/rollouts/r-1/plan/tasks", "/api/budgets/templates"})
    void nextToABulkPathTheLimitIsOneMegabyte(String gatewayPath) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway(gatewayPath))
                .POST(BodyPublishers.ofByteArray(new byte[1024 * 1024 + 1])));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void anApiCallWithoutAValidTokenIsRefusedBeforeItReachesAService() throws Exception {
        for (String token : new String[] {null, TestTokens.expired("VIEWER"), TestTokens.signedByAnotherKey("VIEWER"),
                TestTokens.unsigned("VIEWER"), TestTokens.forAnotherAudience("VIEWER")}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway("/api/planning/programs")).GET()
                    .timeout(TOO_LONG);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> v.startsWith("Bearer"));
            assertThat(response.headers().firstValue("X-Echo-Service")).as("never forwarded").isEmpty();
        }
    }

    @Test
    void onlyAnAcknowledgementLinkReachesItsServiceWithoutAToken() throws Exception {
        for (String method : new String[] {"GET", "POST"}) {
            HttpResponse<String> link = http.send(HttpRequest.newBuilder(gateway("/api/stakeholders/acknowledgements/"
                    + "tok3n")).method(method, BodyPublishers.noBody()).timeout(TOO_LONG).build(), BodyHandlers.ofString());

            assertThat(link.statusCode()).as(method).isEqualTo(200);
            assertThat(link.headers().firstValue("X-Echo-Path")).hasValue("/acknowledgements/tok3n");
        }
        for (String path : new String[] {"/api/stakeholders/communications", "/api/stakeholders/acknowledgements",
                "/api/stakeholders/acknowledgements/tok3n/more", "/api/planning/acknowledgements/tok3n"}) {
            HttpResponse<String> other = http.send(HttpRequest.newBuilder(gateway(path)).GET().timeout(TOO_LONG)
                    .build(), BodyHandlers.ofString());

            assertThat(other.statusCode()).as(path).isEqualTo(401);
            assertThat(other.headers().firstValue("X-Echo-Service")).as("never forwarded").isEmpty();
        }
    }

    @Test
    void theCallersTokenIsRelayedToTheService() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/planning/programs")).GET());

        assertThat(response.headers().firstValue("X-Echo-Authorization")).hasValue("Bearer " + VIEWER_TOKEN);
    }

    @Test
    void everyRequestCarriesARequestIdToTheServiceAndBack() throws Exception {
        HttpResponse<String> fresh = send(HttpRequest.newBuilder(gateway("/api/planning/programs")).GET());
        assertThat(fresh.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(fresh.headers().firstValue("X-Echo-Request-Id")).isEqualTo(fresh.headers().firstValue("X-Request-Id"));

        HttpResponse<String> given = send(HttpRequest.newBuilder(gateway("/api/planning/programs")).GET()
                .header("X-Request-Id", "ticket-4711"));
        assertThat(given.headers().firstValue("X-Echo-Request-Id")).hasValue("ticket-4711");
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("ticket-4711");
    }

    @Test
    void oneSwaggerUiListsEveryServicesApiDocumentWithoutAToken() throws Exception {
        HttpResponse<String> config = http.send(HttpRequest.newBuilder(gateway("/v3/api-docs/swagger-config"))
                .GET().timeout(TOO_LONG).build(), BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/api/planning/v3/api-docs", "/api/stakeholders/v3/api-docs",
                "/api/budgets/v3/api-docs", "/api/tracking/v3/api-docs", "/swagger-ui/oauth2-redirect.html");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(gateway("/swagger-ui.html")).GET()
                .timeout(TOO_LONG).build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isIn(200, 302);
    }

    @Test
    void browsersMayCallFromTheUiOriginOnly() throws Exception {
        HttpResponse<String> allowed = http.send(HttpRequest.newBuilder(gateway("/api/planning/programs"))
                .method("OPTIONS", BodyPublishers.noBody()).header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Method", "POST").timeout(TOO_LONG).build(),
                BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8080");

        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(gateway("/api/planning/programs"))
                .method("OPTIONS", BodyPublishers.noBody()).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").timeout(TOO_LONG).build(),
                BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/planning/programs")).GET());

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    }

    private static final String VIEWER_TOKEN = TestTokens.forRoles("viewer", "VIEWER");

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // The request timeout turns a hanging gateway into a failed test instead of a stuck build.
        return http.send(request.header("Authorization", "Bearer " + VIEWER_TOKEN).timeout(TOO_LONG).build(),
                BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI gateway(String pathAndQuery) {
        return URI.create("http://localhost:" + gatewayPort + pathAndQuery);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stand-in service: answers 200 with what it received (method, path, query in headers; body as body). */
    static final class EchoService {

        private final HttpServer server;

        private EchoService(HttpServer server) {
            this.server = server;
        }

        static EchoService start(String name) {
            return start(exchange -> echo(name, exchange));
        }

        /** Accepts the request and never answers, like a service stuck on a lock or a full pool. */
        static EchoService startStuck() {
            return start(exchange -> { });
        }

        private static EchoService start(com.sun.net.httpserver.HttpHandler handler) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                server.createContext("/", handler);
                server.start();
                return new EchoService(server);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void echo(String name, HttpExchange exchange) throws IOException {
            byte[] body = exchange.getRequestBody().readAllBytes();
            URI uri = exchange.getRequestURI();
            exchange.getResponseHeaders().add("X-Echo-Service", name);
            exchange.getResponseHeaders().add("X-Echo-Method", exchange.getRequestMethod());
            exchange.getResponseHeaders().add("X-Echo-Path", uri.getRawPath());
            // As a service answers a create: the new resource's path inside the service.
            exchange.getResponseHeaders().add("Location", uri.getRawPath());
            String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
            if (requestId != null) {
                exchange.getResponseHeaders().add("X-Echo-Request-Id", requestId);
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                exchange.getResponseHeaders().add("X-Echo-Authorization", authorization);
            }
            if (uri.getRawQuery() != null) {
                exchange.getResponseHeaders().add("X-Echo-Query", uri.getRawQuery());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }
    }
}
