package org.golive.gateway;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Locale;

/**
 * The services' actuators (metrics, info) are never reachable through the gateway, whoever asks: a route such as
 * {@code /api/planning/**} would otherwise relay {@code /api/planning/actuator/prometheus} to the service. Matched on
 * the decoded path segments (no {@code %61ctuator}, {@code ;params} or {@code /./} detour), answered 404 like a path
 * no route claims. The platform reaches the services' actuators on their own ports.
 */
@Component
class ServiceActuatorsHidden implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (reachesAServiceActuator(exchange.getRequest().getPath().pathWithinApplication())) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such resource"));
        }
        return chain.filter(exchange);
    }

    static boolean reachesAServiceActuator(PathContainer path) {
        int index = 0;
        boolean underApi = false;
        for (PathContainer.Element element : path.elements()) {
            if (!(element instanceof PathContainer.PathSegment segment)) {
                continue;
            }
            String value = segment.valueToMatch().trim().toLowerCase(Locale.ROOT);
            if (value.isEmpty() || value.equals(".")) {
                continue;
            }
            if (index == 0) {
                underApi = value.equals("api");
            } else if (underApi && value.equals("actuator")) {
                return true;
            }
            index++;
        }
        return false;
    }

    /** Before the address limit and the token check: nothing about it depends on who asks. */
    @Override
    public int getOrder() {
        return AddressRateLimiting.ORDER - 10;
    }
}
