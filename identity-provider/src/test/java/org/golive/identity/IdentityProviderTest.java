package org.golive.identity;

import org.golive.testsupport.oidc.BrowserSignIn;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider as Golive's clients meet it, over HTTP. The issuer is a fixed name the test never calls, which shows
 * that "iss" comes from configuration and not from the host name a caller happened to use.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ISSUER_URI=" + IdentityProviderTest.ISSUER)
class IdentityProviderTest {

    static final String ISSUER = "http://identity.golive.test:9000";
    private static final String WEB_CALLBACK = "http://localhost:8080/login/oauth2/code/golive";

    @LocalServerPort
    int port;

    private ProviderClient provider;

    @BeforeEach
    void newBrowser() {
        provider = new ProviderClient(port);
    }

    @Test
    void discoveryDocumentNamesTheIssuerAndTheKeySet() {
        JsonNode discovery = provider.getJson("/.well-known/openid-configuration");

        assertThat(discovery.get("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(discovery.get("authorization_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(provider.getJson("/oauth2/jwks").get("keys").get(0).get("alg").asString()).isEqualTo("RS256");
    }

    @Test
    void cliClientGetsATokenForGoliveActingAsPmoAdmin() throws Exception {
        JsonNode response = provider.clientCredentialsToken("golive-cli", "golive-cli-secret");

        JWTClaimsSet token = provider.verified(response.get("access_token").asString());
        assertThat(token.getIssuer()).isEqualTo(ISSUER);
        assertThat(token.getSubject()).isEqualTo("golive-cli");
        assertThat(token.getAudience()).contains("golive");
        assertThat(token.getStringListClaim("roles")).containsExactly("PMO_ADMIN");
        assertThat(token.getStringListClaim("scope")).containsExactly("golive.api");
        assertThat(token.getExpirationTime()).isInTheFuture();
    }

    @Test
    void biClientActsAsViewer() throws Exception {
        JsonNode response = provider.clientCredentialsToken("golive-bi", "golive-bi-secret");

        JWTClaimsSet token = provider.verified(response.get("access_token").asString());
        assertThat(token.getSubject()).isEqualTo("golive-bi");
        assertThat(token.getAudience()).contains("golive");
        assertThat(token.getStringListClaim("roles")).containsExactly("VIEWER");
    }

    @Test
    void wrongSecretIsRefused() {
        HttpResponse<String> response = provider.token("golive-cli:not-the-secret",
                Map.of("grant_type", "client_credentials"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(provider.readJson(response.body()).get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void unknownClientIsRefused() {
        HttpResponse<String> response = provider.token("golive-nobody:whatever",
                Map.of("grant_type", "client_credentials"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void projectManagerSignsInThroughTheWebClientWithPkce() throws Exception {
        BrowserSignIn.AuthorizationCode code = provider.signIn("golive-web", WEB_CALLBACK, "pm.north", "golive",
                "nonce-1");

        HttpResponse<String> exchange = provider.token(null, Map.of(
                "grant_type", "authorization_code",
                "client_id", "golive-web",
                "code", code.code(),
                "redirect_uri", code.redirectUri(),
                "code_verifier", code.verifier()));
        assertThat(exchange.statusCode()).as(exchange.body()).isEqualTo(200);
        JsonNode tokens = provider.readJson(exchange.body());

        JWTClaimsSet access = provider.verified(tokens.get("access_token").asString());
        assertThat(access.getIssuer()).isEqualTo(ISSUER);
        assertThat(access.getSubject()).isEqualTo("pm.north");
        assertThat(access.getAudience()).contains("golive");
        assertThat(access.getStringListClaim("roles")).containsExactly("PROJECT_MANAGER");
        assertThat(access.getStringListClaim("scope")).containsExactlyInAnyOrder("openid", "profile");
        assertThat(access.getStringClaim("name")).isEqualTo("Noor North");
        assertThat(access.getStringClaim("email")).isEqualTo("pm.north@golive.example");

        JWTClaimsSet id = provider.verified(tokens.get("id_token").asString());
        assertThat(id.getSubject()).isEqualTo("pm.north");
        assertThat(id.getAudience()).containsExactly("golive-web");
        assertThat(id.getStringClaim("nonce")).isEqualTo("nonce-1");
        assertThat(id.getStringListClaim("roles")).containsExactly("PROJECT_MANAGER");

        // OAuth 2.1: a public client gets no refresh token (Spring Authorization Server enforces it).
        assertThat(tokens.has("refresh_token")).isFalse();
    }

    @Test
    void codeIsWorthNothingWithoutItsVerifier() {
        BrowserSignIn.AuthorizationCode code = provider.signIn("golive-web", WEB_CALLBACK, "viewer", "golive",
                "nonce-2");

        HttpResponse<String> exchange = provider.token(null, Map.of(
                "grant_type", "authorization_code",
                "client_id", "golive-web",
                "code", code.code(),
                "redirect_uri", code.redirectUri(),
                "code_verifier", "a-verifier-that-does-not-match-the-challenge-at-all-0123456789"));

        assertThat(exchange.statusCode()).isEqualTo(400);
        assertThat(provider.readJson(exchange.body()).get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void healthProbesAnswerWithoutAToken() {
        assertThat(provider.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(provider.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(provider.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }
}
