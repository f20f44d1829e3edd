package org.golive.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.util.StringUtils;

import java.util.List;

/** Registers Golive's clients in memory: the web client for people, the CLI and BI clients for machines. */
@Configuration(proxyBeanMethods = false)
class ClientRegistrations {

    /** Client setting holding a machine client's Golive roles, so that they travel with its registration. */
    static final String ROLES = "golive.roles";

    @Bean
    RegisteredClientRepository registeredClientRepository(ClientProperties clients, DemoUsers users,
                                                          PasswordEncoder passwordEncoder) {
        RequiredSecrets.check(clients, users);
        return new InMemoryRegisteredClientRepository(
                web(clients.getWeb(), passwordEncoder),
                machine(clients.getCli(), passwordEncoder),
                machine(clients.getBi(), passwordEncoder));
    }

    private static RegisteredClient web(ClientProperties.Web web, PasswordEncoder passwordEncoder) {
        RegisteredClient.Builder client = RegisteredClient.withId(web.getClientId())
                .clientId(web.getClientId())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(web.getRedirectUris()))
                // Where the provider may send the browser back after RP-initiated logout (the gateway's POST /logout).
                .postLogoutRedirectUris(uris -> uris.addAll(web.getPostLogoutRedirectUris()))
                .scopes(scopes -> scopes.addAll(web.getScopes()))
                // Golive's own front end needs no consent screen; PKCE even when a secret is configured.
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build());
        // Public (PKCE, no secret): the Swagger UI and scripts that sign a person in. The server never gives a public
        // client a refresh token, so such a token lives minutes.
        client.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        if (StringUtils.hasText(web.getSecret())) {
            // And confidential for the back end holding the secret (the gateway's browser sessions): a code it
            // exchanges with the secret earns a refresh token, so a session outlives one access token.
            client.clientSecret(passwordEncoder.encode(web.getSecret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        }
        return client.build();
    }

    private static RegisteredClient machine(ClientProperties.Machine machine, PasswordEncoder passwordEncoder) {
        return RegisteredClient.withId(machine.getClientId())
                .clientId(machine.getClientId())
                .clientSecret(passwordEncoder.encode(machine.getSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(machine.getScopes()))
                .clientSettings(ClientSettings.builder().setting(ROLES, List.copyOf(machine.getRoles())).build())
                .build();
    }
}
