package org.golive.identity;

import org.golive.testsupport.oidc.BrowserSignIn;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider as a shared deployment configures it: a signing key from a PEM file (so several instances issue
 * tokens that verify against each other's JWKS) and a confidential web client (a back end holding the secret),
 * which is what earns refresh tokens.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "golive.identity.clients.web.secret=web-secret")
class ConfiguredProviderTest {

    private static final KeyPair SHARED_KEY = rsaKeyPair();
    private static final String WEB_CALLBACK = "http://127.0.0.1:8080/login/oauth2/code/golive";

    @LocalServerPort
    int port;

    @Autowired
    RegisteredClientRepository registeredClients;

    private ProviderClient provider;

    @DynamicPropertySource
    static void sharedSigningKey(DynamicPropertyRegistry registry) {
        registry.add("golive.identity.signing-key-location", () -> "file:" + pemFile(SHARED_KEY));
    }

    @BeforeEach
    void newBrowser() {
        provider = new ProviderClient(port);
    }

    @Test
    void tokensAreSignedWithTheConfiguredKey() throws Exception {
        RSAPublicKey shared = (RSAPublicKey) SHARED_KEY.getPublic();
        String token = provider.clientCredentialsToken("golive-cli", "golive-cli-secret")
                .get("access_token").asString();

        assertThat(SignedJWT.parse(token).verify(new RSASSAVerifier(shared))).isTrue();
        RSAKey published = JWKSet.parse(provider.get("/oauth2/jwks").body()).getKeys().get(0).toRSAKey();
        assertThat(published.toRSAPublicKey().getModulus()).isEqualTo(shared.getModulus());
        assertThat(published.getKeyID()).isEqualTo(new RSAKey.Builder(shared).build().computeThumbprint().toString());
    }

    @Test
    void confidentialWebClientRefreshesTheSignedInUsersToken() throws Exception {
        BrowserSignIn.AuthorizationCode code = provider.signIn("golive-web", WEB_CALLBACK, "finance", "golive",
                "nonce-3");
        HttpResponse<String> exchange = provider.token("golive-web:web-secret", Map.of(
                "grant_type", "authorization_code",
                "code", code.code(),
                "redirect_uri", code.redirectUri(),
                "code_verifier", code.verifier()));
        assertThat(exchange.statusCode()).as(exchange.body()).isEqualTo(200);
        JsonNode tokens = provider.readJson(exchange.body());
        assertThat(tokens.has("refresh_token")).isTrue();

        HttpResponse<String> refresh = provider.token("golive-web:web-secret", Map.of(
                "grant_type", "refresh_token",
                "refresh_token", tokens.get("refresh_token").asString()));
        assertThat(refresh.statusCode()).as(refresh.body()).isEqualTo(200);

        JWTClaimsSet refreshed = provider.verified(provider.readJson(refresh.body()).get("access_token").asString());
        assertThat(refreshed.getSubject()).isEqualTo("finance");
        assertThat(refreshed.getAudience()).contains("golive");
        assertThat(refreshed.getStringListClaim("roles")).containsExactly("FINANCE");
        assertThat(refreshed.getStringClaim("email")).isEqualTo("finance@golive.example");
    }

    @Test
    void theSwaggerUiStillSignsInAsAPublicClientButGetsNoRefreshToken() {
        BrowserSignIn.AuthorizationCode code = provider.signIn("golive-web", WEB_CALLBACK, "viewer", "golive",
                "nonce-4");
        HttpResponse<String> exchange = new BrowserSignIn("http://localhost:" + port).exchange("golive-web", code);

        assertThat(exchange.statusCode()).as(exchange.body()).isEqualTo(200);
        assertThat(provider.readJson(exchange.body()).has("refresh_token")).isFalse();
    }

    @Test
    void theGatewaysFrontPageIsWhereTheProviderMaySendABrowserAfterLogout() {
        var web = registeredClients.findByClientId("golive-web");

        assertThat(web.getPostLogoutRedirectUris()).contains("http://localhost:8080/", "http://127.0.0.1:8080/");
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Written as openssl genpkey writes it: PKCS#8, PEM. */
    private static Path pemFile(KeyPair pair) {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        try {
            Path file = Files.createTempFile("golive-signing-key", ".pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
