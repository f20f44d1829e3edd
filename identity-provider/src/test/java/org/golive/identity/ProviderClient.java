package org.golive.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.golive.testsupport.oidc.Browser;
import org.golive.testsupport.oidc.BrowserSignIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks to the provider as a browser and as OAuth clients do: plain HTTP, cookies kept, redirects followed by hand so
 * that each step of a flow can be checked.
 */
final class ProviderClient {

    private final URI base;
    private final Browser browser = new Browser();
    private final JsonMapper json = JsonMapper.builder().build();

    ProviderClient(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    HttpResponse<String> get(String path) {
        return browser.send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    JsonNode getJson(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** POSTs a token request; {@code credentials} is "id:secret" for HTTP basic, or null for a public client. */
    HttpResponse<String> token(String credentials, Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (credentials != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return browser.send(request.build());
    }

    JsonNode clientCredentialsToken(String clientId, String secret) {
        HttpResponse<String> response = token(clientId + ":" + secret, Map.of("grant_type", "client_credentials"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    JsonNode readJson(String body) {
        return json.readTree(body);
    }

    /** Signs a user in as a browser does (the shared {@link BrowserSignIn}), checking the state comes back. */
    BrowserSignIn.AuthorizationCode signIn(String clientId, String redirectUri, String username, String password,
                                           String nonce) {
        BrowserSignIn.AuthorizationCode code = new BrowserSignIn(base.toString())
                .signIn(clientId, redirectUri, username, password, nonce);
        assertThat(code.state()).as("state round trip").isEqualTo("state-" + nonce);
        return code;
    }

    /** Verifies an RS256 signature against the provider's published JWKS and returns the claims. */
    JWTClaimsSet verified(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
            JWKSet keys = JWKSet.parse(get("/oauth2/jwks").body());
            JWK key = keys.getKeyByKeyId(jwt.getHeader().getKeyID());
            assertThat(key).as("the token's kid is published in the JWKS").isNotNull();
            assertThat(jwt.verify(new RSASSAVerifier(key.toRSAKey()))).as("signature").isTrue();
            return jwt.getJWTClaimsSet();
        } catch (Exception e) {
            throw new AssertionError("Not a valid JWT under the published keys: " + token, e);
        }
    }

    static String encode(Map<String, String> form) {
        return BrowserSignIn.encode(form);
    }

}
