package org.golive.platform.consumer;

import org.golive.platform.security.EndpointRules;
import org.golive.platform.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code GET /consumer/parked}: the events this service parked instead of applying (a sequence its producer issued
 * twice, or one that arrived after later ones), with their raw record, for PMO_ADMIN. Every service has it, with its
 * access rule.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ParkedDeliveriesEndpoint {

    static final String PATH = "/consumer/parked";

    @Bean
    ParkedDeliveriesController parkedDeliveriesController(ParkedDeliveries parked) {
        return new ParkedDeliveriesController(parked);
    }

    @Bean
    EndpointRules consumerParkedEventsRules() {
        return EndpointRules.builder().get(PATH, Role.PMO_ADMIN).build();
    }
}
