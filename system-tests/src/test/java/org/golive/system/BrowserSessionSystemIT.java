package org.golive.system;

import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway as the web UI's back end, walked as a browser does: sign in through the identity provider's login form,
 * call the API with nothing but cookies, send the XSRF header on a change, sign out.
 */
class BrowserSessionSystemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aSignedInBrowserCallsTheApiWithItsSessionCookieOnly() {
        SignedInBrowser browser = new SignedInBrowser(GoliveStack.gatewayUrl());

        HttpResponse<String> landed = browser.signIn("pm.north", "golive", "/rollouts?wave=1");

        assertThat(landed.uri().toString()).as("back where the user was")
                .isEqualTo(GoliveStack.gatewayUrl() + "/rollouts?wave=1");
        HttpResponse<String> me = browser.xhr("GET", "/api/me", null, false);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonNode user = JSON.readTree(me.body());
        assertThat(user.get("username").asString()).isEqualTo("pm.north");
        assertThat(user.get("name").asString()).isEqualTo("Noor North");
        assertThat(user.get("email").asString()).isEqualTo("pm.north@golive.example");
        assertThat(user.get("roles").values()).extracting(JsonNode::asString).containsExactly("PROJECT_MANAGER");

        HttpResponse<String> portfolio = browser.xhr("GET", "/api/tracking/portfolio", null, false);
        assertThat(portfolio.statusCode()).as("the service got the session's token").isEqualTo(200);
        assertThat(portfolio.body()).contains("\"rollouts\"");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndChangesAtSignIn() {
        SignedInBrowser browser = new SignedInBrowser(GoliveStack.gatewayUrl());
        HttpResponse<String> form = browser.startSignIn(null);
        String before = browser.cookie("SESSION").orElseThrow().getValue();

        HttpResponse<String> landed = browser.fillInLoginForm(form, "viewer", "golive");

        assertThat(landed.uri().getPath()).isEqualTo("/");
        List<String> sessions = SignedInBrowser.setCookies(landed).stream()
                .filter(cookie -> cookie.startsWith("SESSION=")).toList();
        assertThat(sessions).hasSize(1);
        assertThat(value(sessions.get(0))).as("a new session id once signed in (no fixation)").isNotEqualTo(before);
        assertThat(sessions.get(0)).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .as("plain http here: Secure only over https").doesNotContainIgnoringCase("Secure");
        List<String> xsrf = SignedInBrowser.setCookies(form).stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).toList();
        assertThat(xsrf).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).as("the SPA reads it")
                .doesNotContainIgnoringCase("HttpOnly"));
        assertThat(browser.xhr("GET", "/api/me", null, false).statusCode()).isEqualTo(200);
    }

    @Test
    void aChangeFromTheBrowserNeedsTheXsrfHeaderABearerCallerDoesNot() {
        SignedInBrowser browser = new SignedInBrowser(GoliveStack.gatewayUrl());
        browser.signIn("admin", "golive", null);
        browser.xhr("GET", "/api/me", null, false);

        HttpResponse<String> forged = browser.xhr("POST", "/api/planning/programs",
                "{\"name\":\"Posted without the XSRF header\"}", false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(forged.body()).contains("X-XSRF-TOKEN");

        HttpResponse<String> accepted = browser.xhr("POST", "/api/planning/programs",
                "{\"name\":\"Posted by a signed-in browser\"}", true);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);

        HttpJson.Reply script = GoliveStack.gateway().post("/api/planning/programs",
                java.util.Map.of("name", "Posted by a script"));
        assertThat(script.status()).as("a bearer caller needs no XSRF token").isEqualTo(201);
    }

    @Test
    void logoutEndsTheSessionAndTheProvidersSoTheNextSignInAsksAgain() {
        SignedInBrowser browser = new SignedInBrowser(GoliveStack.gatewayUrl());
        browser.signIn("finance", "golive", null);
        assertThat(browser.xhr("GET", "/api/me", null, false).statusCode()).isEqualTo(200);

        assertThat(browser.xhr("POST", "/logout", null, false).statusCode()).as("logout needs the XSRF header too")
                .isEqualTo(403);
        HttpResponse<String> logout = browser.xhr("POST", "/logout", null, true);

        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(200);
        URI endSession = URI.create(JSON.readTree(logout.body()).get("redirect").asString());
        assertThat(endSession.getPath()).isEqualTo("/connect/logout");
        assertThat(endSession.getQuery()).contains("id_token_hint=", "post_logout_redirect_uri="
                + GoliveStack.gatewayUrl() + "/");
        HttpResponse<String> me = browser.xhr("GET", "/api/me", null, false);
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> back = browser.open(endSession.toString());
        assertThat(back.uri().toString()).as("the provider sends the browser home")
                .isEqualTo(GoliveStack.gatewayUrl() + "/");
        HttpResponse<String> again = browser.open("/oauth2/authorization/golive");
        assertThat(again.uri().getPath()).as("signed out at the provider too").isEqualTo("/login");
    }

    @Test
    void aScriptThatIsNotSignedInGets401NeverARedirect() {
        SignedInBrowser browser = new SignedInBrowser(GoliveStack.gatewayUrl());

        for (String path : new String[] {"/api/me", "/api/tracking/portfolio"}) {
            HttpResponse<String> page = browser.open(path);
            assertThat(page.statusCode()).as(path).isEqualTo(401);
            assertThat(page.uri().getPath()).as(path).isEqualTo(path);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void theWebUisPathsArePublicWithAPolicyForItsScriptsTheApiKeepsItsOwn() {
        SignedInBrowser browser = new SignedInBrowser(GoliveStack.gatewayUrl());

        for (String path : new String[] {"/", "/index.html", "/assets/index-abc123.js", "/favicon.ico",
                "/rollouts/r-1/plan"}) {
            HttpResponse<String> page = browser.open(path);
            assertThat(page.statusCode()).as(path).isNotIn(401, 403);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self';", "connect-src 'self';", "frame-ancestors 'none'")
                            .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'"));
        }
        assertThat(browser.xhr("GET", "/api/me", null, false).headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
    }

    private static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }
}
