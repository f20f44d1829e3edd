package org.golive.tracking;

import org.golive.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.golive.platform.security.Role.EVERYONE;
import static org.golive.platform.security.Role.PMO_ADMIN;

/** Who may call which tracking endpoint. An endpoint missing here is refused to everyone. */
@Configuration(proxyBeanMethods = false)
class AccessRules {

    @Bean
    EndpointRules trackingRules() {
        return EndpointRules.builder()
                .get("/portfolio", EVERYONE)
                .get("/portfolio/rollouts/*", EVERYONE)
                .get("/audit", PMO_ADMIN)
                .build();
    }
}
