package org.golive.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The client Spring Cloud LoadBalancer's health check ({@code spring.cloud.loadbalancer.configurations=health-check})
 * asks each instance's {@code /actuator/health} with. It takes a {@link WebClient.Builder} from the context, which
 * Boot 4 declares only with its {@code spring-boot-webclient} module; without one every check failed silently and the
 * balancer had no instance left ("No servers available", 503 on every call through {@code lb://}).
 */
@Configuration(proxyBeanMethods = false)
class BalancerHealthChecks {

    /** A builder per caller, as Boot's own is: a builder is mutable. */
    @Bean
    @Scope("prototype")
    WebClient.Builder balancerHealthCheckClient() {
        return WebClient.builder();
    }
}
