package org.golive.gateway;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Browser sign-in on the gateway's chain: {@code GET /oauth2/authorization/golive[?returnTo=/path]} starts it, the
 * provider comes back to {@code /login/oauth2/code/golive}, the browser lands on {@code returnTo} or {@code /}.
 * Unsafe requests that a session cookie authenticates need the {@code XSRF-TOKEN} cookie's value in
 * {@code X-XSRF-TOKEN}; bearer callers need none (a browser never adds a bearer header on its own).
 * {@code POST /logout} ends the session ({@link SpaLogout}).
 */
final class BrowserSessionSecurity {

    static final String SESSION_COOKIE = "SESSION";
    static final String SIGN_IN_PATH = "/oauth2/authorization/" + SignInRegistration.ID;
    private static final String RETURN_TO = BrowserSessionSecurity.class.getName() + ".returnTo";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private final ReactiveClientRegistrationRepository registrations;
    private final ServerOAuth2AuthorizedClientRepository authorizedClients;

    BrowserSessionSecurity(ReactiveClientRegistrationRepository registrations,
                           ServerOAuth2AuthorizedClientRepository authorizedClients) {
        this.registrations = registrations;
        this.authorizedClients = authorizedClients;
    }

    ServerHttpSecurity applyTo(ServerHttpSecurity http) {
        DefaultServerOAuth2AuthorizationRequestResolver requests =
                new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        return http
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        // The token as the cookie holds it (no per-response masking): what an SPA copies into
                        // the header.
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(BrowserSessionSecurity::sessionAuthenticatedAndUnsafe)
                        .accessDeniedHandler(csrfRefused()))
                .addFilterAfter(issueCsrfCookie(), SecurityWebFiltersOrder.CSRF)
                // Nothing to remember: an unauthenticated call gets 401, never a redirect the SPA could not follow.
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .oauth2Login(login -> login
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(authorizedClients)
                        .authorizationRequestResolver(new RememberingReturnTo(requests))
                        // No generated login page: the SPA has its own, which links to the sign-in path.
                        .loginPage(SIGN_IN_PATH)
                        .authenticationSuccessHandler(backToWhereTheUserWas())
                        .authenticationFailureHandler(
                                new RedirectServerAuthenticationFailureHandler("/?sign-in=failed")))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutHandler(handlers -> handlers.add((exchange, authentication) ->
                                exchange.getExchange().getSession().flatMap(WebSession::invalidate)))
                        .logoutSuccessHandler(new SpaLogout(registrations)));
    }

    /**
     * CSRF applies where a browser's cookie is the credential: an unsafe method, with the session cookie, without a
     * bearer token. An acknowledgement link's form acts on no session (its single-use token is in the path).
     */
    private static Mono<ServerWebExchangeMatcher.MatchResult> sessionAuthenticatedAndUnsafe(
            ServerWebExchange exchange) {
        var request = exchange.getRequest();
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        boolean applies = !SAFE.contains(request.getMethod()) && !bearer
                && request.getCookies().containsKey(SESSION_COOKIE)
                && !request.getPath().value().startsWith("/api/stakeholders/acknowledgements/");
        return applies ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    /** The token is made lazily; subscribing sets the {@code XSRF-TOKEN} cookie when the browser has none yet. */
    private static WebFilter issueCsrfCookie() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            if (token == null || exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
                return chain.filter(exchange);
            }
            return token.then(chain.filter(exchange));
        };
    }

    private static ServerAccessDeniedHandler csrfRefused() {
        return (exchange, denied) -> {
            var response = exchange.getResponse();
            response.setStatusCode(HttpStatus.FORBIDDEN);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            byte[] body = ("{\"type\":\"https://golive.org/problems/csrf\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"A request signed in by the session cookie needs the XSRF-TOKEN cookie's value in "
                    + "the X-XSRF-TOKEN header\"}").getBytes(StandardCharsets.UTF_8);
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
        };
    }

    /** Keeps a page of the UI ({@code returnTo}, a path on this host) for after the sign-in. */
    private record RememberingReturnTo(ServerOAuth2AuthorizationRequestResolver requests)
            implements ServerOAuth2AuthorizationRequestResolver {

        @Override
        public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange) {
            return remember(exchange).then(requests.resolve(exchange));
        }

        @Override
        public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String registrationId) {
            return remember(exchange).then(requests.resolve(exchange, registrationId));
        }

        private static Mono<Void> remember(ServerWebExchange exchange) {
            String returnTo = exchange.getRequest().getQueryParams().getFirst("returnTo");
            if (!exchange.getRequest().getPath().value().equals(SIGN_IN_PATH) || !localPath(returnTo)) {
                return Mono.empty();
            }
            return exchange.getSession().doOnNext(session -> session.getAttributes().put(RETURN_TO, returnTo))
                    .then();
        }
    }

    /** A path on this host only: never {@code //evil.example} or a scheme, which would make this an open redirect. */
    static boolean localPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
                && path.chars().noneMatch(c -> c < 0x20 || c == '\\');
    }

    private static ServerAuthenticationSuccessHandler backToWhereTheUserWas() {
        DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();
        return (webFilterExchange, authentication) -> webFilterExchange.getExchange().getSession()
                .flatMap(session -> {
                    Object returnTo = session.getAttributes().remove(RETURN_TO);
                    return redirect.sendRedirect(webFilterExchange.getExchange(), target(returnTo));
                });
    }

    private static URI target(Object returnTo) {
        if (returnTo instanceof String path && localPath(path)) {
            try {
                return URI.create(path);
            } catch (IllegalArgumentException notAUri) {
                return URI.create("/");
            }
        }
        return URI.create("/");
    }
}
