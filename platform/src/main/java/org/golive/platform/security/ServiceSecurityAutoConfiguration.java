package org.golive.platform.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.time.Clock;
import java.util.List;

/**
 * Every service is an OAuth2 resource server: a call reaching it around the gateway still needs a valid token
 * (signature, issuer, audience {@code golive}, expiry) and a role its {@link EndpointRules} allow. Health (status
 * only) and the API documents stay open for the platform that runs the service. The rest of the actuator (metrics,
 * info) tells an attacker too much: on the API port it needs PMO_ADMIN; operations scrape it on the management port
 * ({@code MANAGEMENT_SERVER_PORT}), which a deployment keeps off the public network. The rules are the service's own
 * {@link EndpointRules} bean and those of the endpoints the platform adds (e.g. the parked consumer events).
 */
// After the consumer auto-configuration, which declares the rollout managers a service without rollouts learns.
@AutoConfiguration(afterName = "org.golive.platform.consumer.ConsumerAutoConfiguration",
        beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServiceSecurityAutoConfiguration {

    private static final String[] OPEN = {"/actuator/health", "/actuator/health/**", "/v3/api-docs",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain goliveResourceServer(HttpSecurity http, List<EndpointRules> rules, Environment environment)
            throws Exception {
        RequestMatcher onTheManagementPort = ManagementPort.matcher(environment);
        ProblemSecurityResponses problems = new ProblemSecurityResponses();
        http.csrf(AbstractHttpConfigurer::disable) // bearer tokens are never sent by a browser on its own
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers(OPEN).permitAll();
                    authorize.requestMatchers(onTheManagementPort).permitAll();
                    authorize.requestMatchers("/actuator", "/actuator/**").hasAuthority(Role.PMO_ADMIN.authority());
                    for (EndpointRules.Rule rule : rules.stream().flatMap(r -> r.rules().stream()).toList()) {
                        var endpoint = authorize.requestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(rule.method(), rule.pattern()));
                        if (rule.isPublic()) {
                            endpoint.permitAll();
                        } else {
                            endpoint.hasAnyAuthority(rule.roles().stream().map(Role::authority).toArray(String[]::new));
                        }
                    }
                    authorize.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromTheRolesClaim()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * Whichever decoder checks the bearer tokens (Boot's, from the issuer and JWK set, or a test's), it is asked once
     * per token, not once per request ({@link VerifiedTokens}).
     */
    @Bean
    static BeanPostProcessor verifiedTokensCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, Clock.systemUTC()) : bean;
            }
        };
    }

    /**
     * Object-level checks on rollouts, from who manages which (planning's own records, or learned from its events);
     * none in an application that knows no rollouts (the identity provider beside the services in the local stack).
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(RolloutManagerLookup.class)
    RolloutAccess rolloutAccess(RolloutManagerLookup managers) {
        return new RolloutAccess(managers);
    }

    static JwtAuthenticationConverter rolesFromTheRolesClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }
}
