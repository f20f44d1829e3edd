package org.golive.planning;

import org.golive.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.golive.platform.security.Role.EVERYONE;
import static org.golive.platform.security.Role.PMO_ADMIN;

/** Who may call which planning endpoint. An endpoint missing here is refused to everyone. */
@Configuration(proxyBeanMethods = false)
class AccessRules {

    @Bean
    EndpointRules planningRules() {
        return EndpointRules.builder()
                .get("/programs", EVERYONE)
                .get("/programs/*", EVERYONE)
                .get("/programs/*/rollouts", EVERYONE)
                .get("/rollouts/*", EVERYONE)
                .post("/programs", PMO_ADMIN)
                .post("/programs/*/waves", PMO_ADMIN)
                .post("/programs/*/rollouts", PMO_ADMIN)
                .build();
    }
}
