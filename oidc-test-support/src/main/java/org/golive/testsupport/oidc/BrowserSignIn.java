package org.golive.testsupport.oidc;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
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

/**
 * Walks the authorization-code flow with PKCE at a Spring Authorization Server as a browser does: authorize, get
 * sent to the login form, sign in with the form's CSRF token, come back to authorize, get redirected to the client
 * with a code; then exchanges the code for tokens as a public client. Every unexpected step fails with what it saw.
 */
public final class BrowserSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final URI provider;
    private final Browser browser = new Browser();

    public BrowserSignIn(String providerUrl) {
        this.provider = URI.create(providerUrl);
    }

    /** What the client receives at its redirect URI, with the PKCE verifier it must present. */
    public record AuthorizationCode(String code, String state, String verifier, String redirectUri) {
    }

    /** A user's access token for a public client (e.g. the web UI), obtained as the UI would. */
    public String accessToken(String clientId, String redirectUri, String username, String password) {
        AuthorizationCode code = signIn(clientId, redirectUri, username, password, "nonce-" + username);
        HttpResponse<String> response = exchange(clientId, code);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token exchange for " + username + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("No access_token in " + response.body());
        }
        return token.group(1);
    }

    /** Exchanges a code for tokens as a public client; the answer is the provider's, unchecked. */
    public HttpResponse<String> exchange(String clientId, AuthorizationCode code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code.code());
        form.put("redirect_uri", code.redirectUri());
        form.put("client_id", clientId);
        form.put("code_verifier", code.verifier());
        return browser.send(HttpRequest.newBuilder(provider.resolve("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
    }

    public AuthorizationCode signIn(String clientId, String redirectUri, String username, String password,
                                    String nonce) {
        String verifier = BASE64URL.encodeToString(randomBytes());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid profile");
        query.put("state", "state-" + nonce);
        query.put("nonce", nonce);
        query.put("code_challenge", BASE64URL.encodeToString(sha256(verifier)));
        query.put("code_challenge_method", "S256");

        URI loginPage = redirect(browse(provider.resolve("/oauth2/authorize?" + encode(query))),
                "authorize before sign-in", "/login");
        HttpResponse<String> form = browse(loginPage);
        Matcher csrf = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("No login form with a CSRF token at " + loginPage + ": "
                    + form.statusCode());
        }
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(loginPage)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of(
                        "username", username, "password", password, "_csrf", csrf.group(1)))))
                .build());
        URI backToAuthorize = redirect(login, "sign-in of " + username, "/oauth2/authorize");
        URI callback = redirect(browse(backToAuthorize), "authorize after sign-in", null);
        if (!callback.toString().startsWith(redirectUri)) {
            throw new IllegalStateException("Redirected to " + callback + ", not to " + redirectUri);
        }
        Map<String, String> parameters = queryParameters(callback);
        if (!parameters.containsKey("code")) {
            throw new IllegalStateException("No code in the redirect " + callback);
        }
        return new AuthorizationCode(parameters.get("code"), parameters.get("state"), verifier, redirectUri);
    }

    private static URI redirect(HttpResponse<String> response, String step, String expectedPath) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (response.statusCode() != 302 || location == null) {
            throw new IllegalStateException(step + ": expected a redirect, got " + response.statusCode() + " "
                    + response.body());
        }
        URI target = response.uri().resolve(location);
        if (expectedPath != null && !expectedPath.equals(target.getPath())) {
            throw new IllegalStateException(step + ": redirected to " + target + ", not to " + expectedPath);
        }
        return target;
    }

    private HttpResponse<String> browse(URI uri) {
        return browser.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build());
    }

    private static Map<String, String> queryParameters(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            parameters.put(decode(nameAndValue[0]), nameAndValue.length > 1 ? decode(nameAndValue[1]) : "");
        }
        return parameters;
    }

    public static String encode(Map<String, String> form) {
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
