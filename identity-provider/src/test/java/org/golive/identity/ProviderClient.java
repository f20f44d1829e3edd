package org.golive.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks to the provider as a browser and as OAuth clients do: plain HTTP, cookies kept, redirects followed by hand so
 * that each step of a flow can be checked.
 */
final class ProviderClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();
    private final JsonMapper json = JsonMapper.builder().build();

    ProviderClient(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    record AuthorizationCode(String code, String verifier, String redirectUri) {
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
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
        return send(request.build());
    }

    JsonNode clientCredentialsToken(String clientId, String secret) {
        HttpResponse<String> response = token(clientId + ":" + secret, Map.of("grant_type", "client_credentials"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    JsonNode readJson(String body) {
        return json.readTree(body);
    }

    /**
     * Walks the authorization-code flow with PKCE as a browser would: authorize, get sent to the login form, sign in,
     * come back to authorize, get redirected to the client with a code.
     */
    AuthorizationCode signIn(String clientId, String redirectUri, String username, String password, String nonce) {
        String verifier = BASE64URL.encodeToString(randomBytes());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid profile");
        query.put("state", "state-1");
        query.put("nonce", nonce);
        query.put("code_challenge", BASE64URL.encodeToString(sha256(verifier)));
        query.put("code_challenge_method", "S256");

        HttpResponse<String> authorize = browse(base.resolve("/oauth2/authorize?" + encode(query)));
        assertThat(authorize.statusCode()).as("authorize before sign-in").isEqualTo(302);
        URI loginPage = location(authorize);
        assertThat(loginPage.getPath()).isEqualTo("/login");

        HttpResponse<String> form = browse(loginPage);
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();

        HttpResponse<String> login = send(HttpRequest.newBuilder(loginPage)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of(
                        "username", username, "password", password, "_csrf", csrf.group(1)))))
                .build());
        assertThat(login.statusCode()).as("sign-in").isEqualTo(302);
        URI backToAuthorize = location(login);
        assertThat(backToAuthorize.getPath()).isEqualTo("/oauth2/authorize");

        HttpResponse<String> authorized = browse(backToAuthorize);
        assertThat(authorized.statusCode()).as("authorize after sign-in (no consent screen)").isEqualTo(302);
        URI callback = location(authorized);
        assertThat(callback.toString()).startsWith(redirectUri);
        Map<String, String> parameters = queryParameters(callback);
        assertThat(parameters).containsEntry("state", "state-1").containsKey("code");
        return new AuthorizationCode(parameters.get("code"), verifier, redirectUri);
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

    private HttpResponse<String> browse(URI uri) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("No Location header in " + response));
        return response.uri().resolve(location);
    }

    private static Map<String, String> queryParameters(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            parameters.put(decode(nameAndValue[0]), nameAndValue.length > 1 ? decode(nameAndValue[1]) : "");
        }
        return parameters;
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
