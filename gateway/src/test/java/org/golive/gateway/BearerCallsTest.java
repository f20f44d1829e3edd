package org.golive.gateway;

import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bearer call of the API is judged by its token alone: no web session is looked up or made, and no CSRF token is
 * made for it; a browser's call (a session cookie, no bearer) still goes through the session chain with CSRF.
 */
@Import({GatewayInFrontOfPlanning.TestIdentityProvider.class, BearerCallsTest.Spies.class})
class BearerCallsTest extends GatewayInFrontOfPlanning {

    @Autowired
    Spies spies;

    @BeforeEach
    void forget() {
        spies.sessionLookups.set(0);
        spies.csrfTokens.set(0);
    }

    @Test
    void aBearerCallTouchesNoSessionAndNoCsrfToken() throws Exception {
        String viewer = TestTokens.forRoles("viewer", "VIEWER");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> read = send(request(port, "/api/planning/programs", viewer)
                    .header("Cookie", "SESSION=a-session-id").GET());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.headers().allValues("Set-Cookie")).isEmpty();
        }
        HttpResponse<String> change = send(request(port, "/api/planning/programs", viewer)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(change.statusCode()).as("no CSRF header needed").isEqualTo(200);

        assertThat(spies.sessionLookups).hasValue(0);
        assertThat(spies.csrfTokens).hasValue(0);
    }

    @Test
    void aBearerCallStillMeetsEveryRule() throws Exception {
        assertThat(get("/api/planning/programs", TestTokens.expired("VIEWER")).statusCode()).isEqualTo(401);
        assertThat(get("/api/planning/programs", TestTokens.signedByAnotherKey("VIEWER")).statusCode())
                .isEqualTo(401);
        assertThat(get("/actuator/prometheus", TestTokens.forRoles("viewer", "VIEWER")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> read = get("/api/planning/programs", TestTokens.forRoles("viewer", "VIEWER"));
        assertThat(read.headers().firstValue("Content-Security-Policy")).hasValue(ContentSecurityPolicies.API);
        assertThat(read.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void aBrowsersCallStillGoesThroughTheSessionChain() throws Exception {
        HttpResponse<String> refused = send(request(port, "/api/planning/programs", null)
                .header("Cookie", "SESSION=a-session-id").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(refused.statusCode()).as("CSRF").isEqualTo(403);
        HttpResponse<String> page = send(request(port, "/", null).header("Cookie", "SESSION=a-session-id")
                .header("Accept", "text/html").GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(spies.csrfTokens.get()).as("the token is ready for the page's next change").isPositive();
    }

    /** Counts the web session lookups and the exchanges that reach the routes with a CSRF token made for them. */
    static class Spies {

        final AtomicInteger sessionLookups = new AtomicInteger();
        final AtomicInteger csrfTokens = new AtomicInteger();

        @Bean
        WebSessionManager webSessionManager() {
            DefaultWebSessionManager sessions = new DefaultWebSessionManager();
            return exchange -> Mono.defer(() -> {
                sessionLookups.incrementAndGet();
                return sessions.getSession(exchange);
            });
        }

        /** After the security chains (order -100). */
        @Bean
        @Order(0)
        WebFilter csrfTokenSeen() {
            return (exchange, chain) -> {
                if (exchange.getAttribute(CsrfToken.class.getName()) != null) {
                    csrfTokens.incrementAndGet();
                }
                return chain.filter(exchange);
            };
        }
    }
}
