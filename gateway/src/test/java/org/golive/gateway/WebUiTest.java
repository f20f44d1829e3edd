package org.golive.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built web UI (the web-ui module's jar on the classpath) at {@code /}: index.html revalidated every time, hashed
 * assets cached for a year, the single-page app's routes answered with index.html, and nothing of the API, the
 * actuator or the sign-in taken over by it.
 */
@Import(GatewayInFrontOfPlanning.TestIdentityProvider.class)
class WebUiTest extends GatewayInFrontOfPlanning {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    @Test
    void theFrontDoorIsTheUiAndItIsAlwaysRevalidated() throws Exception {
        HttpResponse<String> index = page("/");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(index.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(index.body()).contains("<div id=\"root\"></div>").containsPattern("/assets/index-[^\"]+\\.js");
        assertThat(index.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-eval"));
    }

    @Test
    void hashedAssetsAreCachedForAYear() throws Exception {
        Matcher script = Pattern.compile("/assets/index-[^\"]+\\.js").matcher(page("/").body());
        assertThat(script.find()).isTrue();

        HttpResponse<String> asset = send(request(port, script.group(), null).GET());

        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("javascript"));
        assertThat(asset.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(get("/assets/index-missing.js", null).statusCode()).isEqualTo(404);
        for (String escape : new String[] {"/assets/%2e%2e/%2e%2e/org/golive/gateway/WebUi.class",
                "/assets/..%2f..%2forg/golive/gateway/WebUi.class", "/assets/../../org/golive/gateway/WebUi.class"}) {
            // Never a file outside the UI's assets (the class file holds the name of its field NOT_PAGES).
            assertThat(get(escape, null).body()).as(escape).doesNotContain("NOT_PAGES");
        }
    }

    @Test
    void aRouteOfTheAppIsAnsweredWithTheUiWhenABrowserAsksForAPage() throws Exception {
        for (String route : new String[] {"/portfolio", "/waves", "/rollouts/r-1/plan"}) {
            HttpResponse<String> page = page(route);

            assertThat(page.statusCode()).as(route).isEqualTo(200);
            assertThat(page.body()).as(route).contains("<div id=\"root\"></div>");
            assertThat(page.headers().firstValue("Cache-Control")).as(route).hasValue("no-cache");
        }
        HttpResponse<String> json = send(request(port, "/portfolio", null).header("Accept", "application/json").GET());
        assertThat(json.statusCode()).as("not a page: a JSON client").isEqualTo(404);
        assertThat(send(request(port, "/portfolio", null).header("Accept", "*/*").GET()).statusCode())
                .as("not a page: a script that takes anything").isEqualTo(404);
        assertThat(get("/portfolio", null).statusCode()).as("not a page: no Accept").isEqualTo(404);
        assertThat(send(request(port, "/portfolio", null).header("Accept", "*/*;q=nonsense").GET()).statusCode())
                .as("not a page, and no 500: a malformed Accept").isEqualTo(404);
        assertThat(send(request(port, "/api/planning/programs", null).header("Accept", "*/*;q=nonsense").GET())
                .statusCode()).as("an API call's Accept is not the UI's to parse").isEqualTo(401);
    }

    @Test
    void theApiTheActuatorAndTheSignInAreNeverTheUi() throws Exception {
        HttpResponse<String> api = page("/api/planning/programs");
        assertThat(api.statusCode()).as("the API still wants a token").isEqualTo(401);
        assertThat(api.body()).doesNotContain("id=\"root\"");
        assertThat(page("/actuator/health").body()).contains("UP").doesNotContain("id=\"root\"");
        assertThat(page("/api/nowhere/at-all").body()).doesNotContain("id=\"root\"");
        assertThat(page("/swagger-ui.html").body()).doesNotContain("id=\"root\"");
    }

    private HttpResponse<String> page(String path) throws Exception {
        return send(request(port, path, null).header("Accept", BROWSER_ACCEPT).GET());
    }
}
