package org.golive.gateway;

import com.sun.net.httpserver.HttpServer;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's browser side against a stand-in provider that publishes only its discovery document: where a sign-in
 * starts, what a cookie without a session may do, and the two content security policies. The whole flow with the
 * real provider is BrowserSessionSystemIT's.
 */
@Import(GatewayInFrontOfPlanning.TestIdentityProvider.class)
class GatewaySignInTest extends GatewayInFrontOfPlanning {

    private static final AtomicBoolean PROVIDER_UP = new AtomicBoolean(false);
    private static final HttpServer PROVIDER = discoveryOnly();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("golive.gateway.sign-in.issuer-uri", GatewaySignInTest::issuer);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop(0);
    }

    @Test
    void aSignInStartsAtTheProviderWithPkceOnceItCanBeReached() throws Exception {
        HttpResponse<String> away = get("/oauth2/authorization/golive", null);
        assertThat(away.statusCode()).as("provider away").isEqualTo(503);
        assertThat(away.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        PROVIDER_UP.set(true);
        HttpResponse<String> start = get("/oauth2/authorization/golive", null);

        assertThat(start.statusCode()).isEqualTo(302);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(issuer() + authorize.getPath()).isEqualTo(issuer() + "/oauth2/authorize");
        Map<String, String> query = query(authorize);
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "golive-web")
                .containsEntry("code_challenge_method", "S256").containsEntry("scope", "openid profile")
                .containsEntry("redirect_uri", "http://localhost:" + port + "/login/oauth2/code/golive")
                .containsKeys("code_challenge", "state", "nonce");
        String session = start.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(session).containsIgnoringCase("HttpOnly").contains("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void aChangeWithASessionCookieNeedsTheXsrfHeaderOneWithABearerTokenDoesNot() throws Exception {
        HttpRequest.Builder cookieOnly = request(port, "/api/planning/programs", null)
                .header("Cookie", "SESSION=a-session-id")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        HttpResponse<String> refused = send(cookieOnly);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("X-XSRF-TOKEN", "\"status\":403");

        HttpResponse<String> withHeader = send(request(port, "/api/planning/programs", null)
                .header("Cookie", "SESSION=a-session-id; XSRF-TOKEN=t-1").header("X-XSRF-TOKEN", "t-1")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(withHeader.statusCode()).as("past CSRF; no such session").isEqualTo(401);

        String admin = TestTokens.forRoles("admin", "PMO_ADMIN");
        HttpResponse<String> bearer = send(request(port, "/api/planning/programs", admin)
                .header("Cookie", "SESSION=a-session-id").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(bearer.statusCode()).isEqualTo(200);
        assertThat(bearer.headers().firstValue("X-Echo-Authorization")).as("relayed untouched")
                .hasValue("Bearer " + admin);

        HttpResponse<String> noCookie = send(request(port, "/api/planning/programs", null)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(noCookie.statusCode()).as("no credential at all: as before").isEqualTo(401);
    }

    @Test
    void meAnswersWhoTheBearerIs() throws Exception {
        HttpResponse<String> me = get("/api/me", TestTokens.forRoles("pm.north", "PROJECT_MANAGER"));

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"pm.north\"", "\"roles\":[\"PROJECT_MANAGER\"]");
        HttpResponse<String> nobody = send(request(port, "/api/me", null).header("Accept", "text/html").GET());
        assertThat(nobody.statusCode()).as("never a redirect to a login page").isEqualTo(401);
        assertThat(nobody.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theWebUiGetsAPolicyForItsOwnScriptsTheApiKeepsItsOwn() throws Exception {
        for (String path : new String[] {"/", "/index.html", "/assets/app-1a2b3c.js", "/favicon.svg",
                "/rollouts/r-1/plan"}) {
            HttpResponse<String> page = get(path, null);
            assertThat(page.statusCode()).as(path).isNotIn(401, 403);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self';", "script-src 'self';", "connect-src 'self';",
                            "form-action 'self' " + issuer() + ";", "frame-ancestors 'none'"));
        }
        assertThat(get("/api/me", TestTokens.forRoles("viewer", "VIEWER")).headers()
                .firstValue("Content-Security-Policy")).hasValue(ContentSecurityPolicies.API);
    }

    private static String issuer() {
        return "http://127.0.0.1:" + PROVIDER.getAddress().getPort();
    }

    /** Answers its discovery document once it is "up", 503 before. */
    private static HttpServer discoveryOnly() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/.well-known/openid-configuration", exchange -> {
                String issuer = "http://127.0.0.1:" + server.getAddress().getPort();
                byte[] body = ("{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer
                        + "/oauth2/authorize\",\"token_endpoint\":\"" + issuer + "/oauth2/token\",\"jwks_uri\":\""
                        + issuer + "/oauth2/jwks\",\"end_session_endpoint\":\"" + issuer + "/connect/logout\","
                        + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(PROVIDER_UP.get() ? 200 : 503, PROVIDER_UP.get() ? body.length : -1);
                if (PROVIDER_UP.get()) {
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
    }
}
