package org.golive.stakeholder;

import org.golive.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.golive.platform.security.Role.EVERYONE;
import static org.golive.platform.security.Role.PMO_ADMIN;
import static org.golive.platform.security.Role.PROJECT_MANAGER;

/** Who may call which stakeholder endpoint. An endpoint missing here is refused to everyone. */
@Configuration(proxyBeanMethods = false)
class AccessRules {

    @Bean
    EndpointRules stakeholderRules() {
        return EndpointRules.builder()
                .get("/", EVERYONE)
                .get("/*", EVERYONE)
                .post("/", PMO_ADMIN, PROJECT_MANAGER)
                .put("/*", PMO_ADMIN, PROJECT_MANAGER)
                .get("/conflicts", EVERYONE)
                .get("/conflicts/*", EVERYONE)
                .post("/conflicts", PMO_ADMIN, PROJECT_MANAGER)
                .post("/conflicts/*/mediation", PMO_ADMIN, PROJECT_MANAGER)
                .post("/conflicts/*/resolution", PMO_ADMIN, PROJECT_MANAGER)
                .build();
    }
}
