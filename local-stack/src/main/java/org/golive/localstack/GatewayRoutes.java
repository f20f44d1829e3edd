package org.golive.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the gateway's route to a service points. One instance: its URL in {@code <SERVICE>_URL}, as in compose and
 * Kubernetes. Several: {@code lb://<service>}, Spring Cloud LoadBalancer over a static list of the instances (the
 * simple discovery client), round robin among those whose {@code /actuator/health} answered UP at the last check, so
 * an instance that stops is left out within about a second.
 */
final class GatewayRoutes {

    static final String HEALTH_CHECK_INTERVAL = "1s";

    private GatewayRoutes() {
    }

    /** The gateway settings that route to {@code urls}, the service's instances. */
    static Map<String, Object> to(Service service, List<String> urls) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException(service.id() + " has no instance");
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        if (urls.size() == 1) {
            settings.put(service.gatewayUrlVariable(), urls.get(0));
            return settings;
        }
        settings.put(service.gatewayUrlVariable(), "lb://" + service.id());
        settings.put("spring.cloud.discovery.enabled", true);
        for (int i = 0; i < urls.size(); i++) {
            settings.put("spring.cloud.discovery.client.simple.instances." + service.id() + "[" + i + "].uri",
                    urls.get(i));
        }
        settings.put("spring.cloud.loadbalancer.configurations", "health-check");
        settings.put("spring.cloud.loadbalancer.health-check.interval", HEALTH_CHECK_INTERVAL);
        return settings;
    }
}
