package org.golive.gateway;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The gateway as the web UI's back end: people sign in with the identity provider (authorization code with PKCE),
 * their tokens stay in the server-side WebSession (the browser holds only an HTTP-only session cookie) and each routed
 * request carries the session's access token to the service. {@link BrowserSessionSecurity} wires it into the chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
class BrowserSessions {

    @Bean
    ReactiveClientRegistrationRepository signInRegistration(SignInProperties signIn) {
        return new SignInRegistration(signIn);
    }

    /** Tokens in the WebSession: they die with it and are never shared between users or instances. */
    @Bean
    ServerOAuth2AuthorizedClientRepository sessionAuthorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    ReactiveOAuth2AuthorizedClientManager sessionAuthorizedClientManager(
            ReactiveClientRegistrationRepository registrations, ServerOAuth2AuthorizedClientRepository clients) {
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    @Bean
    SessionTokens sessionTokens(ReactiveOAuth2AuthorizedClientManager manager) {
        return new SessionTokens(manager, Clock.systemUTC());
    }

    @Bean
    SessionTokenRelay sessionTokenRelay(SessionTokens tokens) {
        return new SessionTokenRelay(tokens);
    }

    @Bean
    BrowserSessionSecurity browserSessionSecurity(ReactiveClientRegistrationRepository registrations,
                                                  ServerOAuth2AuthorizedClientRepository clients) {
        return new BrowserSessionSecurity(registrations, clients);
    }

    /**
     * A signed-in person's roles as the gateway's own rules read them (the actuator is PMO_ADMIN's): the ID token's
     * {@code roles} claim, as for a bearer token.
     */
    @Bean
    GrantedAuthoritiesMapper rolesFromTheIdToken() {
        return authorities -> {
            List<GrantedAuthority> mapped = new ArrayList<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc
                        && oidc.getIdToken().getClaim("roles") instanceof Collection<?> roles) {
                    roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                }
            }
            return mapped;
        };
    }
}
