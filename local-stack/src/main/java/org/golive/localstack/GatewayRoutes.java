package org.golive.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the gateway's route to a service points. One instance: its URL in {@code <SERVICE>_URL}, as in compose and
 * Kubernetes. Several: {@code lb://<service>}, Spring Cloud LoadBalancer over a static list of the instances (the
 * simple discovery client), round robin. There is no health check yet: an instance that stops keeps its share of the
 * calls (503) until it is back. (The balancer's {@code health-check} configuration left no instance at all in
 * {@code GatewayLoadBalancingTest}; not diagnosed.)
 */
final class GatewayRoutes {

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
        return settings;
    }
}
