package org.golive.platform.security;

import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The actuator's own port ({@code management.server.port}, e.g. {@code MANAGEMENT_SERVER_PORT=9081}) when a deployment
 * gives it one: reachable by the platform's scrapers and probes only, so what arrives there needs no token.
 */
final class ManagementPort {

    private ManagementPort() {
    }

    /** Matches requests that arrived on a management port distinct from the API port; nothing when there is none. */
    static RequestMatcher matcher(Environment environment) {
        Integer management = environment.getProperty("management.server.port", Integer.class);
        Integer api = environment.getProperty("server.port", Integer.class, 8080);
        if (management == null || management <= 0 || management.equals(api)) {
            return request -> false;
        }
        return request -> request.getLocalPort() == management;
    }
}
