package org.golive.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as the web UI's user has it: it follows redirects and keeps cookies, and signs in at the gateway through
 * the identity provider's login form. No token ever passes through its hands; only cookies.
 */
final class SignedInBrowser {

    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .cookieHandler(cookies)
            .build();
    private final String gateway;

    SignedInBrowser(String gateway) {
        this.gateway = gateway;
    }

    /** Opens a page as a navigation does (HTML first), following every redirect. */
    HttpResponse<String> open(String url) {
        return send(HttpRequest.newBuilder(URI.create(url.startsWith("/") ? gateway + url : url))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
    }

    /**
     * Starts the sign-in at the gateway and fills in the provider's login form; answers the page the browser lands on
     * at the end of the redirects.
     */
    HttpResponse<String> signIn(String username, String password, String returnTo) {
        return fillInLoginForm(startSignIn(returnTo), username, password);
    }

    /** Follows the gateway's sign-in link to the provider's login form. */
    HttpResponse<String> startSignIn(String returnTo) {
        return open("/oauth2/authorization/golive"
                + (returnTo == null ? "" : "?returnTo=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> fillInLoginForm(HttpResponse<String> form, String username, String password) {
        Matcher csrf = LOGIN_CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("No login form at " + form.uri() + ": " + form.statusCode());
        }
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        return send(HttpRequest.newBuilder(form.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A script's call on the gateway ({@code fetch}): JSON, the cookies, and the XSRF header when asked. */
    HttpResponse<String> xhr(String method, String path, String json, boolean withXsrfHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (withXsrfHeader) {
            request.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN").map(HttpCookie::getValue).orElseThrow(
                    () -> new IllegalStateException("No XSRF-TOKEN cookie")));
        }
        return send(request);
    }

    Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().get(URI.create(gateway)).stream()
                .filter(cookie -> cookie.getName().equals(name)).findFirst();
    }

    /** Every Set-Cookie header on the way to {@code response}, the redirects included, oldest first. */
    static List<String> setCookies(HttpResponse<?> response) {
        List<HttpResponse<?>> chain = new ArrayList<>();
        for (HttpResponse<?> step = response; step != null; step = step.previousResponse().orElse(null)) {
            chain.add(0, step);
        }
        List<String> all = new ArrayList<>();
        chain.forEach(step -> all.addAll(step.headers().allValues("Set-Cookie")));
        return all;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
