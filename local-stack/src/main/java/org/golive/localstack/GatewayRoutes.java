package org.golive.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the gateway's route to a service points. One instance: its URL in {@code <SERVICE>_URL}, as in compose and
 * Kubernetes. Several: {@code lb://<service>}, Spring Cloud LoadBalancer over a static list of the instances (the
 * simple discovery client), round robin, leaving out an instance whose {@code /actuator/health} did not answer at the
 * last check (every 2 s; the gateway's application.yml).
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
