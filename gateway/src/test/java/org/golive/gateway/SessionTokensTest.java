package org.golive.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** When a browser's session still has a token to relay, and when it is over. */
class SessionTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final ClientRegistration GOLIVE = ClientRegistration.withRegistrationId("golive")
            .clientId("golive-web").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/golive").authorizationUri("https://idp/authorize")
            .tokenUri("https://idp/token").build();
    private static final OAuth2AuthenticationToken USER = new OAuth2AuthenticationToken(
            new DefaultOAuth2User(AuthorityUtils.NO_AUTHORITIES, Map.of("sub", "pm.north"), "sub"),
            AuthorityUtils.NO_AUTHORITIES, "golive");

    @Test
    void aLiveTokenIsRelayed() {
        assertThat(current(manager(token(NOW.plusSeconds(60))))).hasValueSatisfying(
                token -> assertThat(token.getTokenValue()).isEqualTo("access"));
    }

    @Test
    void anExpiredTokenTheProviderDidNotRefreshEndsTheSession() {
        assertThat(current(manager(token(NOW.minusSeconds(1))))).isEmpty();
    }

    @Test
    void aRefusedRefreshEndsTheSession() {
        assertThat(current(request -> Mono.error(new ClientAuthorizationException(
                new OAuth2Error("invalid_grant"), "golive")))).isEmpty();
    }

    @Test
    void noAuthorizedClientLeftEndsTheSession() {
        assertThat(current(request -> Mono.empty())).isEmpty();
    }

    private static Optional<OAuth2AccessToken> current(ReactiveOAuth2AuthorizedClientManager manager) {
        SessionTokens tokens = new SessionTokens(manager, Clock.fixed(NOW, ZoneOffset.UTC));
        return tokens.current(MockServerWebExchange.from(MockServerHttpRequest.get("/api/me")), USER).block();
    }

    private static ReactiveOAuth2AuthorizedClientManager manager(OAuth2AccessToken token) {
        return request -> Mono.just(new OAuth2AuthorizedClient(GOLIVE, "pm.north", token));
    }

    private static OAuth2AccessToken token(Instant expiresAt) {
        return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", expiresAt.minusSeconds(300),
                expiresAt);
    }
}
