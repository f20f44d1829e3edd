package org.golive.testsupport;

import org.junit.jupiter.api.DynamicTest;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a service's access rules against the service itself: every endpoint it maps has a rule, every role gets
 * through where its rule allows (no 401/403) and is refused (403) everywhere else, a call without a token is 401,
 * and forged, expired, unsigned or foreign tokens are 401 too. A path no endpoint serves is 404 with a token, not
 * 403: it does not exist.
 */
public final class AccessMatrix {

    public static final List<String> ROLES = List.of("PMO_ADMIN", "PROJECT_MANAGER", "FINANCE", "CONTRIBUTOR", "VIEWER");
    private static final String PROBE = "matrix-probe";
    private static final PathPatternParser PARSER = new PathPatternParser();

    /** A rule as the service declares it: method, path pattern, roles allowed. */
    public record Endpoint(String method, String pattern, Set<String> roles) {
    }

    private AccessMatrix() {
    }

    public static Stream<DynamicTest> verify(ApplicationContext service, HttpJson anonymous, List<Endpoint> endpoints) {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("every endpoint of the service has an access rule",
                () -> assertThat(endpointsWithoutRule(service, endpoints)).isEmpty()));
        for (Endpoint endpoint : endpoints) {
            String path = endpoint.pattern().replace("**", PROBE).replace("*", PROBE);
            String name = endpoint.method() + " " + endpoint.pattern();
            if (endpoint.roles().isEmpty()) {
                // A public endpoint (an acknowledgement link): nobody is refused for who they are.
                tests.add(DynamicTest.dynamicTest(name + " is public: without a token it is not 401",
                        () -> assertThat(call(anonymous, endpoint.method(), path).status()).isNotIn(401, 403)));
                for (String role : ROLES) {
                    tests.add(DynamicTest.dynamicTest(name + " is public: " + role + " gets through",
                            () -> assertThat(call(anonymous.as(role), endpoint.method(), path).status())
                                    .isNotIn(401, 403)));
                }
                continue;
            }
            tests.add(DynamicTest.dynamicTest(name + " without a token is 401",
                    () -> assertThat(call(anonymous, endpoint.method(), path).status()).isEqualTo(401)));
            for (String role : ROLES) {
                boolean allowed = endpoint.roles().contains(role);
                tests.add(DynamicTest.dynamicTest(name + " as " + role + (allowed ? " gets through" : " is 403"), () -> {
                    HttpJson.Reply reply = call(anonymous.as(role), endpoint.method(), path);
                    if (allowed) {
                        // Past the role check; an object-level refusal (problem type not-yours) is another matter.
                        assertThat(reply.status()).as("status").isNotEqualTo(401);
                        if (reply.status() == 403) {
                            assertThat(reply.body()).as("refused by role").contains("/problems/not-yours");
                        }
                    } else {
                        assertThat(reply.status()).as("status").isEqualTo(403);
                        assertThat(reply.body()).contains("/problems/forbidden");
                    }
                }));
            }
        }
        for (String role : ROLES) {
            tests.add(DynamicTest.dynamicTest("a path no endpoint serves is 404 as " + role, () -> {
                HttpJson.Reply reply = call(anonymous.as(role), "GET", "/" + PROBE + "/nothing-here");
                assertThat(reply.status()).as("status").isEqualTo(404);
                assertThat(reply.body()).contains("/problems/not-found");
            }));
        }
        Endpoint sample = endpoints.stream().filter(e -> e.method().equals("GET") && !e.roles().isEmpty()).findFirst().orElse(endpoints.get(0));
        String samplePath = sample.pattern().replace("**", PROBE).replace("*", PROBE);
        Map<String, String> badTokens = Map.of(
                "an expired token", TestTokens.expired(ROLES.toArray(String[]::new)),
                "a token signed by another key", TestTokens.signedByAnotherKey(ROLES.toArray(String[]::new)),
                "an unsigned token (alg none)", TestTokens.unsigned(ROLES.toArray(String[]::new)),
                "a token for another audience", TestTokens.forAnotherAudience(ROLES.toArray(String[]::new)),
                "a token from another issuer", TestTokens.fromAnotherIssuer(ROLES.toArray(String[]::new)),
                "a token that is no JWT", "not-a-jwt");
        badTokens.forEach((what, token) -> tests.add(DynamicTest.dynamicTest(what + " is 401",
                () -> assertThat(call(anonymous.withToken(token), sample.method(), samplePath).status())
                        .isEqualTo(401))));
        return tests.stream();
    }

    private static List<String> endpointsWithoutRule(ApplicationContext service, List<Endpoint> endpoints) {
        RequestMappingHandlerMapping mappings = service.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        List<String> missing = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/error") || pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger")) {
                    continue;
                }
                // A mapping without a path (on a controller without a prefix) serves the root.
                String path = pattern.isEmpty() ? "/" : pattern.replaceAll("\\{[^}]+}", PROBE);
                for (var method : info.getMethodsCondition().getMethods()) {
                    boolean covered = endpoints.stream().anyMatch(e -> e.method().equals(method.name())
                            && PARSER.parse(e.pattern()).matches(org.springframework.http.server.PathContainer.parsePath(path)));
                    if (!covered) {
                        missing.add(method + " " + pattern);
                    }
                }
            }
        }
        return missing;
    }

    private static HttpJson.Reply call(HttpJson http, String method, String path) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .method(method, method.equals("GET") || method.equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}")));
    }

}
