package org.golive.tracking;

import org.golive.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.golive.platform.security.Role.EVERYONE;
import static org.golive.platform.security.Role.FINANCE;
import static org.golive.platform.security.Role.PMO_ADMIN;
import static org.golive.platform.security.Role.PROJECT_MANAGER;
import static org.golive.platform.security.Role.VIEWER;

/** Who may call which tracking endpoint. An endpoint missing here is refused to everyone. */
@Configuration(proxyBeanMethods = false)
class AccessRules {

    @Bean
    EndpointRules trackingRules() {
        return EndpointRules.builder()
                .get("/portfolio", EVERYONE)
                .get("/portfolio/rollouts/*", EVERYONE)
                .get("/audit", PMO_ADMIN)
                .get("/rollouts/*/status", EVERYONE)
                .get("/rollouts/*/earned-value", PMO_ADMIN, PROJECT_MANAGER, FINANCE, VIEWER)
                .get("/waves/*/earned-value", PMO_ADMIN, FINANCE, VIEWER)
                .get("/programs/*/earned-value", PMO_ADMIN, FINANCE, VIEWER)
                .get("/rollouts/*/health", EVERYONE)
                .get("/health-rules", EVERYONE)
                .put("/health-rules", PMO_ADMIN)
                .build();
    }
}
